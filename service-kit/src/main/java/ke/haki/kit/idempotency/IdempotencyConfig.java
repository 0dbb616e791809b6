package ke.haki.kit.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an Idempotency-Key is remembered. */
@ConfigMapping(prefix = "haki.idempotency")
public interface IdempotencyConfig {

    /** A retry with the same key after this is a new request; the record is then deleted. */
    @WithDefault("PT24H")
    Duration retention();
}
