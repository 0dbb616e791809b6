package ke.haki.kit.outbox;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "haki.outbox")
public interface OutboxConfig {

    /** Whether this instance runs the relay (only one instance relays at a time in any case). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for unpublished events when nothing wakes it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** The most events published in one transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker to acknowledge one batch. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** Published rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Where this service serves the event schemas, as others reach it; each record's
     * {@code ce_dataschema} is the type's schema under it. The Kubernetes overlays set it to the
     * service's public address.
     */
    @WithDefault("http://localhost:${quarkus.http.port}/asyncapi/schemas/")
    URI schemaBaseUrl();
}
