package ke.haki.kit.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The system clock in UTC; tests replace it with a clock they can move. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    public Clock clock() {
        return Clock.systemUTC();
    }
}
