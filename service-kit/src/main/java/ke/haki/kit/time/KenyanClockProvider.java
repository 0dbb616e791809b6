package ke.haki.kit.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;

import ke.haki.law.KenyanTime;

/**
 * The clock of Bean Validation's {@code @PastOrPresent}/{@code @Future} checks: the service's clock
 * (tests move it) in East Africa Time, so a date entered just after midnight in Kenya is "today",
 * not tomorrow in UTC.
 */
@ApplicationScoped
public class KenyanClockProvider implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return KenyanTime.kenyan(clock);
    }
}
