import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two pictures for operators without a tracing server or a Grafana, drawn as HTML and photographed
 * by headless Chromium (Debian's chromium):
 * <pre>
 *   java deploy/local/views/Views.java trace [--trace ID] --out DIR  LOG...
 *       the spans the services logged (haki.tracing.log-spans=true) of one trace, as a waterfall;
 *       without --trace, the latest trace that crossed the most services
 *   java deploy/local/views/Views.java dashboard --out DIR  deploy/kubernetes/base/monitoring/haki-dashboard.json
 *       the shipped Grafana dashboard's panels laid out on Grafana's 24-column grid, with their
 *       queries: the layout and what each panel asks Prometheus, not data
 * </pre>
 * Each writes NAME.html and NAME.png (trace.png, grafana-dashboard.png) into DIR.
 */
public class Views {

    private static final Pattern SPAN = Pattern.compile("span trace=(\\w+) id=(\\w+) parent=([\\w-]+) kind=(\\w+) "
            + "start=(\\d+) durationUs=(\\d+) status=(\\w+) name=\\\\?\"(.*?)\\\\?\"((?: [\\w.]+=[^\\s\"\\\\]+)*)");

    record Span(String service, String trace, String id, String parent, String kind, long start, long duration,
            String status, String name, String attributes) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: Views.java trace|dashboard [--trace ID] --out DIR FILE...");
        }
        String trace = null;
        Path out = Path.of("target/views");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--trace" -> trace = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        Files.createDirectories(out);
        switch (args[0]) {
            case "trace" -> trace(trace, files, out);
            case "dashboard" -> dashboard(files.get(0), out);
            default -> throw new IllegalArgumentException("trace or dashboard, not " + args[0]);
        }
    }

    // ---------------------------------------------------------------- trace

    static void trace(String traceId, List<Path> logs, Path out) throws Exception {
        List<Span> spans = new ArrayList<>();
        for (Path log : logs) {
            String service = log.getFileName().toString().replaceFirst("\\.log$", "");
            for (String line : Files.readAllLines(log)) {
                Matcher m = SPAN.matcher(line);
                if (m.find()) {
                    spans.add(new Span(service, m.group(1), m.group(2), m.group(3), m.group(4), Long.parseLong(m.group(5)),
                            Long.parseLong(m.group(6)), m.group(7), m.group(8), m.group(9).strip()));
                }
            }
        }
        Map<String, List<Span>> byTrace = spans.stream().collect(Collectors.groupingBy(Span::trace, LinkedHashMap::new,
                Collectors.toList()));
        String chosen = traceId != null ? traceId : byTrace.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<Span>>>comparingLong(e -> e.getValue().stream().map(Span::service).distinct().count())
                        .thenComparingLong(e -> e.getValue().stream().mapToLong(Span::start).max().orElse(0)))
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException("no span lines in " + logs));
        List<Span> mine = byTrace.getOrDefault(chosen, List.of());
        if (mine.isEmpty()) {
            throw new IllegalStateException("no span of trace " + chosen + " in " + logs);
        }
        List<Span> ordered = treeOrder(mine);
        long t0 = ordered.stream().mapToLong(Span::start).min().orElse(0);
        long t1 = ordered.stream().mapToLong(s -> s.start() + s.duration()).max().orElse(t0 + 1);
        double scale = 100.0 / Math.max(1, t1 - t0);
        StringBuilder rows = new StringBuilder();
        for (Span s : ordered) {
            int depth = depth(s, mine);
            double left = (s.start() - t0) * scale;
            double width = Math.max(0.4, s.duration() * scale);
            rows.append("<tr><td class=svc><span class='dot ").append(s.service()).append("'></span>")
                    .append(esc(s.service())).append("</td><td class=name style='padding-left:").append(8 + depth * 16)
                    .append("px'><b>").append(esc(s.name())).append("</b> <span class=kind>").append(s.kind())
                    .append("</span><div class=attr>").append(esc(s.attributes())).append("</div></td>")
                    .append("<td class=bar><div class='b ").append(s.service()).append(s.status().equals("ERROR") ? " err" : "")
                    .append("' style='left:").append(fmt(left)).append("%;width:").append(fmt(width)).append("%'></div>")
                    .append("<span class=t style='left:").append(fmt(Math.min(left + width, 80))).append("%'>+")
                    .append(ms(s.start() - t0)).append(" · ").append(ms(s.duration())).append("</span></td></tr>\n");
        }
        long services = mine.stream().map(Span::service).distinct().count();
        String html = page("Trace " + chosen, """
                <h1>Trace <code>%s</code></h1>
                <p class=sub>%d spans in %d services over %s, read from the services' logs (haki.tracing.log-spans=true)
                by deploy/local/views/Views.java. One W3C trace id from the HTTP call through the outbox, Kafka and the
                consumers.</p>
                <table><tr><th>service</th><th>span</th><th>timeline</th></tr>%s</table>
                """.formatted(chosen, mine.size(), services, ms(t1 - t0), rows));
        write(out, "trace", html, 1280, 150 + 60 * ordered.size());
    }

    private static List<Span> treeOrder(List<Span> spans) {
        List<Span> ordered = new ArrayList<>();
        List<Span> roots = spans.stream().filter(s -> spans.stream().noneMatch(p -> p.id().equals(s.parent())))
                .sorted(Comparator.comparingLong(Span::start)).toList();
        for (Span root : roots) {
            visit(root, spans, ordered);
        }
        return ordered;
    }

    private static void visit(Span s, List<Span> all, List<Span> ordered) {
        ordered.add(s);
        all.stream().filter(c -> c.parent().equals(s.id())).sorted(Comparator.comparingLong(Span::start))
                .forEach(c -> visit(c, all, ordered));
    }

    private static int depth(Span s, List<Span> all) {
        int d = 0;
        String parent = s.parent();
        while (d < 20) {
            String p = parent;
            Span up = all.stream().filter(x -> x.id().equals(p)).findFirst().orElse(null);
            if (up == null) {
                return d;
            }
            d++;
            parent = up.parent();
        }
        return d;
    }

    private static String ms(long micros) {
        return micros >= 10_000 ? (micros / 1000) + " ms" : String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    // ---------------------------------------------------------------- dashboard

    static void dashboard(Path json, Path out) throws Exception {
        String text = Files.readString(json);
        Object parsed = new Json(text).value();
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) parsed;
        StringBuilder panels = new StringBuilder();
        int rows = 0;
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) d.get("panels");
        for (Map<String, Object> p : list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) p.get("gridPos");
            int x = num(g.get("x")), y = num(g.get("y")), w = num(g.get("w")), h = num(g.get("h"));
            rows = Math.max(rows, y + h);
            StringBuilder q = new StringBuilder();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> targets = (List<Map<String, Object>>) p.getOrDefault("targets", List.of());
            for (Map<String, Object> t : targets) {
                q.append("<div class=q><span class=ref>").append(esc(String.valueOf(t.get("refId")))).append("</span> ")
                        .append(esc(String.valueOf(t.get("expr")))).append("</div>");
                Object legend = t.get("legendFormat");
                if (legend != null) {
                    q.append("<div class=legend>legend ").append(esc(legend.toString())).append("</div>");
                }
            }
            String unit = unitOf(p);
            panels.append("<div class=panel style='grid-column:").append(x + 1).append(" / span ").append(w)
                    .append(";grid-row:").append(y + 1).append(" / span ").append(h).append("'><div class=ptitle>")
                    .append(esc(String.valueOf(p.get("title")))).append("<span class=ptype>").append(esc(String.valueOf(p.get("type"))))
                    .append(unit == null ? "" : " · " + esc(unit)).append("</span></div>")
                    .append("<div class=axes><div class=grid></div></div>").append(q).append("</div>\n");
        }
        String html = page("Grafana dashboard " + d.get("title"), """
                <h1>%s <span class=uid>uid %s · refresh %s · %s</span></h1>
                <p class=sub>Rendered from %s (the dashboard the Kubernetes overlays ship as ConfigMap haki-grafana-dashboard)
                by deploy/local/views/Views.java: each panel where Grafana places it on its 24-column grid, with the PromQL it
                runs. A layout of the shipped JSON, not Grafana and not data: no Prometheus runs on this machine.</p>
                <div class=dash style='grid-template-rows:repeat(%d, 26px)'>%s</div>
                """.formatted(esc(String.valueOf(d.get("title"))), d.get("uid"), d.get("refresh"),
                "variables " + variables(d), esc(json.toString()), rows, panels));
        write(out, "grafana-dashboard", html, 1400, 230 + rows * 32);
    }

    @SuppressWarnings("unchecked")
    private static String unitOf(Map<String, Object> p) {
        Object fc = p.get("fieldConfig");
        if (fc instanceof Map<?, ?> m && m.get("defaults") instanceof Map<?, ?> defaults && defaults.get("unit") != null) {
            return defaults.get("unit").toString();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String variables(Map<String, Object> d) {
        Object t = d.get("templating");
        if (t instanceof Map<?, ?> m && m.get("list") instanceof List<?> l) {
            return l.stream().map(v -> "$" + ((Map<String, Object>) v).get("name")).collect(Collectors.joining(", "));
        }
        return "none";
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    // ---------------------------------------------------------------- page

    private static String page(String title, String body) {
        return """
                <!doctype html><html lang=en><head><meta charset=utf-8><title>%s</title><style>
                body{font:13px/1.4 system-ui,sans-serif;margin:18px 22px;background:#111217;color:#d8d9da}
                h1{font-size:19px;margin:0 0 4px}.sub{color:#9fa7b3;margin:0 0 12px;max-width:1200px}
                code{font-size:15px;color:#8ab8ff}.uid{font-size:12px;color:#8e8e8e;font-weight:normal;margin-left:8px}
                table{border-collapse:collapse;width:100%%}th{text-align:left;color:#9fa7b3;font-weight:500;padding:4px 6px;border-bottom:1px solid #2c3235}
                td{padding:5px 6px;border-bottom:1px solid #22252b;vertical-align:top}.svc{width:170px;white-space:nowrap}
                .name{width:430px}.kind{font-size:11px;color:#9fa7b3;border:1px solid #3a3f46;border-radius:3px;padding:0 4px;margin-left:4px}
                .attr{font-size:11px;color:#8e8e8e}.bar{position:relative}.b{position:absolute;top:8px;height:14px;border-radius:2px}
                .t{position:absolute;top:24px;font-size:11px;color:#9fa7b3;margin-left:4px;white-space:nowrap}
                .dot{display:inline-block;width:9px;height:9px;border-radius:50%%;margin-right:6px}
                .police-intake-service{background:#5794f2}.prosecution-service{background:#ff9830}.monitoring-service{background:#73bf69}
                .err{outline:2px solid #f2495c}
                .dash{display:grid;grid-template-columns:repeat(24,1fr);gap:6px}
                .panel{background:#181b1f;border:1px solid #2c3235;border-radius:3px;padding:8px 10px;overflow:hidden;display:flex;flex-direction:column}
                .ptitle{font-weight:600;margin-bottom:6px}.ptype{float:right;font-weight:normal;font-size:11px;color:#8e8e8e}
                .axes{flex:1;min-height:60px;border-left:1px solid #3a3f46;border-bottom:1px solid #3a3f46;margin:2px 0 8px;position:relative}
                .grid{position:absolute;inset:0;background:repeating-linear-gradient(0deg,transparent 0 23px,#23262b 23px 24px)}
                .q{font:11px/1.35 ui-monospace,monospace;color:#c7d0d9;word-break:break-all}.ref{color:#8ab8ff}
                .legend{font-size:10px;color:#8e8e8e;margin-bottom:2px}
                </style></head><body>%s</body></html>
                """.formatted(esc(title), body);
    }

    private static void write(Path out, String name, String html, int width, int height) throws Exception {
        Path file = out.resolve(name + ".html");
        Files.writeString(file, html);
        Path png = out.resolve(name + ".png");
        String browser = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no chromium: apt-get install chromium"));
        Path profile = Files.createTempDirectory("haki-views");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), file.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0 || !Files.exists(png)) {
            throw new IllegalStateException("chromium did not write " + png);
        }
        System.out.println("wrote " + file + " and " + png);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Just enough JSON for a Grafana dashboard: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String lit = s.substring(start, i);
            return switch (lit) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.parseDouble(lit);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
