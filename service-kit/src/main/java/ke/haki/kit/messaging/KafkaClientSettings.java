package ke.haki.kit.messaging;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * The connection settings of the service's own Kafka clients (the outbox relay, the monitor's
 * rebuild): the same as the messaging channels use, i.e. Quarkus' {@code default-kafka-broker}
 * configuration ({@code kafka.*} properties and {@code KAFKA_*} environment variables), so TLS and
 * SASL set for a secured cluster apply to them too.
 */
@ApplicationScoped
public class KafkaClientSettings {

    /** Settings of the shared map that are not connection settings of a plain client. */
    private static final Set<String> NOT_CONNECTION = Set.of("key.serializer", "value.serializer",
            "key.deserializer", "value.deserializer", "group.id", "client.id", "enable.auto.commit",
            "auto.offset.reset", "acks", "enable.idempotence");

    @Inject
    @Identifier("default-kafka-broker")
    Instance<Map<String, Object>> defaults;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A fresh copy of the connection settings; callers add their client's own settings. */
    public Properties connection() {
        Properties props = new Properties();
        if (defaults.isResolvable()) {
            defaults.get().forEach((key, value) -> {
                if (value != null && !NOT_CONNECTION.contains(key) && key.contains(".")) {
                    props.put(key, value.toString());
                }
            });
        }
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
