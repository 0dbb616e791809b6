package ke.haki.monitoring.metrics;

import java.time.Duration;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.Timer;

import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.monitoring.domain.AlertDecision;

/**
 * What the monitor does, for operators: alerts raised by type and severity (counted when their
 * transaction commits), and each deadline sweep's duration and due cases. Labels are fixed words,
 * never a case id. Every type and severity pair exists from start-up at zero.
 */
@ApplicationScoped
@Startup
public class MonitoringMetrics {

    public static final String ALERTS_RAISED = "haki.monitoring.alerts.raised";
    public static final String SWEEP_DURATION = "haki.monitoring.sweep.duration";
    public static final String SWEEP_CASES_DUE = "haki.monitoring.sweep.cases.due";

    @Inject
    MeterRegistry meters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private Timer sweepDuration;
    private Counter sweepCasesDue;

    @PostConstruct
    void register() {
        for (AlertType type : AlertType.values()) {
            for (Severity severity : Severity.values()) {
                raisedCounter(type, severity);
            }
        }
        sweepDuration = Timer.builder(SWEEP_DURATION).description("time a deadline sweep took").register(meters);
        sweepCasesDue = Counter.builder(SWEEP_CASES_DUE).description("cases the deadline sweeps found due")
                .register(meters);
    }

    /** Counts the alert when the caller's transaction commits; a rolled-back raise counts nothing. */
    public void alertRaised(AlertDecision decision) {
        Counter counter = raisedCounter(decision.type(), decision.severity());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }

    public void swept(int casesDue, Duration took) {
        sweepDuration.record(took);
        sweepCasesDue.increment(casesDue);
    }

    private Counter raisedCounter(AlertType type, Severity severity) {
        return Counter.builder(ALERTS_RAISED).description("alerts raised")
                .tag("type", type.name().toLowerCase(Locale.ROOT))
                .tag("severity", severity.name().toLowerCase(Locale.ROOT))
                .register(meters);
    }
}
