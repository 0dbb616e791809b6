package ke.haki.monitoring.domain;

import java.time.Duration;
import java.util.Optional;

/** How long a case may go without progress in each stage; empty where no limit applies. */
@FunctionalInterface
public interface QuietLimits {
    Optional<Duration> limitFor(Stage stage);
}
