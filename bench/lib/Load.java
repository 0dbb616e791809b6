import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the bench/ scripts, run with the JDK's source launcher (java bench/lib/Load.java):
 *
 *   intake POLICE_URL TOKEN SECONDS THREADS
 *       registers cases (POST /api/v1/cases) from THREADS threads for SECONDS seconds;
 *       prints "requests N errors E seconds S rate R/s"
 *   latency POLICE_URL MONITORING_URL OFFICER_TOKEN MONITOR_TOKEN COUNT
 *       COUNT times, one after the other: registers a case, then polls the monitoring API for it
 *       every millisecond; the time from sending the write to the first 200 is one sample;
 *       prints "samples N p50 X ms p99 Y ms max Z ms"
 *   one POLICE_URL TOKEN IDEMPOTENCY_KEY
 *       registers one case with the given key; prints its case id and OB number (tab between)
 */
public class Load {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"");
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    /** OB numbers are unique per station: entry 1-99999 on a date; each run starts far from the last. */
    private static final AtomicLong OB = new AtomicLong(System.currentTimeMillis() / 1000 % 3_000_000L * 1000);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "intake" -> intake(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "latency" -> latency(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]));
            case "one" -> {
                String ob = nextOb();
                System.out.println(register(args[1], args[2], ob, args[3]) + "\t" + ob);
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static String body(String obNumber) {
        return """
                {"obNumber":"%s","stationCode":"NRB-KILIMANI","countyCode":"047","offence":"DEFILEMENT",\
                "offenceDate":"2026-04-09","offencePlace":"Kilimani","reportedAt":"2026-04-10T07:30:00Z"}"""
                .formatted(obNumber);
    }

    /** Registers one case; returns its id, or null when the answer is not 201. */
    static String register(String police, String token, String obNumber, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(police + "/api/v1/cases"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body(obNumber))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            if (TOLD.compareAndSet(false, true)) {
                System.err.println("first failed registration: " + response.statusCode() + " " + response.body());
            }
            return null;
        }
        Matcher m = CASE_ID.matcher(response.body());
        return m.find() ? m.group(1) : null;
    }

    static String nextOb() {
        long n = OB.incrementAndGet();
        java.time.LocalDate date = java.time.LocalDate.of(1990, 1, 1).plusDays(n / 99_999);
        return "OB " + (1 + n % 99_999) + "/" + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    static void intake(String police, String token, int seconds, int threads) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (register(police, token, nextOb(), UUID.randomUUID().toString()) != null) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("requests %d errors %d seconds %.1f rate %.1f%n", ok.get(), errors.get(), elapsed,
                ok.get() / elapsed);
    }

    static void latency(String police, String monitoring, String officer, String monitor, int count) throws Exception {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            String caseId = register(police, officer, nextOb(), UUID.randomUUID().toString());
            if (caseId == null) {
                throw new IllegalStateException("registration failed");
            }
            HttpRequest poll = HttpRequest.newBuilder(URI.create(monitoring + "/api/v1/cases/" + caseId))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + monitor).GET().build();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
            while (HTTP.send(poll, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("case " + caseId + " not visible in monitoring after 30 s");
                }
                Thread.sleep(1);
            }
            samples.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(samples);
        System.out.printf("samples %d p50 %.1f ms p99 %.1f ms max %.1f ms%n", samples.size(),
                percentile(samples, 50), percentile(samples, 99), samples.get(samples.size() - 1));
    }

    static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
