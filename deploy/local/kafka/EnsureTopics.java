// Creates the missing topics listed in deploy/local/topics.txt ("name partitions" per line), in one
// JVM: deploy/local/stack runs it as a single-file program with the Kafka jars on the class path
//   java -cp '.local/kafka/libs/*' deploy/local/kafka/EnsureTopics.java BOOTSTRAP TOPICS_FILE [WAIT_SECONDS]
// It waits up to WAIT_SECONDS (default 60) for the broker, and prints one line per topic it created.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

public class EnsureTopics {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EnsureTopics BOOTSTRAP TOPICS_FILE [WAIT_SECONDS]");
            System.exit(2);
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\\s+");
            wanted.put(f[0], Integer.parseInt(f[1]));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(args.length > 2 ? Long.parseLong(args[2]) : 60);

        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = null;
            while (existing == null) {
                try {
                    existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) throw e;
                    Thread.sleep(300);
                }
            }
            List<NewTopic> missing = new ArrayList<>();
            for (Map.Entry<String, Integer> w : wanted.entrySet()) {
                if (!existing.contains(w.getKey())) missing.add(new NewTopic(w.getKey(), w.getValue(), (short) 1));
            }
            var results = admin.createTopics(missing).values();
            for (NewTopic t : missing) {
                try {
                    results.get(t.name()).get(30, TimeUnit.SECONDS);
                    System.out.println("created topic " + t.name() + " (" + t.numPartitions() + " partitions)");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw e;
                }
            }
        }
    }
}
