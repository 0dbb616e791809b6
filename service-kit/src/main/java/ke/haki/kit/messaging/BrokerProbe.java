package ke.haki.kit.messaging;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Asks the Kafka cluster whether it answers, for the degraded health check: the write path does
 * not need the broker (the outbox), so this is reported, never made a condition of readiness.
 */
@ApplicationScoped
public class BrokerProbe {

    @Inject
    KafkaClientSettings kafka;

    private volatile Admin admin;

    /** @return null when the cluster answered within the timeout, otherwise why not */
    public String unreachableReason(Duration timeout) {
        try {
            int millis = (int) timeout.toMillis();
            admin().describeCluster(new DescribeClusterOptions().timeoutMs(millis))
                    .nodes().get(millis + 500L, TimeUnit.MILLISECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = kafka.connection();
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-broker-probe");
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
                    admin = Admin.create(props);
                }
                a = admin;
            }
        }
        return a;
    }

    @PreDestroy
    void close() {
        Admin a = admin;
        if (a != null) {
            a.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
