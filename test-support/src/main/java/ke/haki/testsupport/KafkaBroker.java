package ke.haki.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

import ke.haki.contract.Topics;

/**
 * A real single-node KRaft Kafka broker inside the test JVM (Kafka's own test kit), with every
 * topic of the contract created. Clients reach it through a {@link TcpProxy} (the advertised
 * address), so a test can make the broker unreachable and bring it back.
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final TcpProxy proxy;

    private KafkaBroker(KafkaClusterTestKit cluster, TcpProxy proxy) {
        this.cluster = cluster;
        this.proxy = proxy;
    }

    public static KafkaBroker start() {
        try {
            int proxyPort = PostgresServer.freePort();
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            int nodeId = nodes.brokerNodes().firstKey();
            String listener = nodes.brokerListenerName().value();
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("advertised.listeners", listener + "://localhost:" + proxyPort)
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            TcpProxy proxy = new TcpProxy(proxyPort, 0);
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String real = cluster.bootstrapServers().split(",")[0];
            proxy.target(Integer.parseInt(real.substring(real.lastIndexOf(':') + 1)));
            KafkaBroker broker = new KafkaBroker(cluster, proxy);
            broker.createTopics();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Kafka broker", e);
        }
    }

    /** The address clients use (through the proxy). */
    public String bootstrapServers() {
        return "localhost:" + proxy.port();
    }

    /** Makes the broker unreachable for every client until {@link #reconnect()}. */
    public void disconnect() {
        proxy.cut();
    }

    public void reconnect() {
        proxy.restore();
    }

    private void createTopics() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = Topics.ALL.stream()
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1)
                            .configs(Map.of("min.insync.replicas", "1")))
                    .toList();
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        proxy.close();
        try {
            cluster.close();
        } catch (Exception e) {
            // shutting down
        }
    }
}
