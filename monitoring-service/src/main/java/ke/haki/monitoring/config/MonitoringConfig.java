package ke.haki.monitoring.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import ke.haki.monitoring.domain.QuietLimits;

/** Rule settings of the NGEC monitor. The reasoning behind each default is in docs/monitoring.md. */
@ConfigMapping(prefix = "haki.monitoring")
public interface MonitoringConfig {

    Quiet quiet();

    Sweep sweep();

    TrialDelay trialDelay();

    Rebuild rebuild();

    /** The projection rebuild job (docs/monitoring.md, "Rebuild"). */
    interface Rebuild {
        /** Events applied to the shadow projection per transaction. */
        @WithDefault("2000")
        int chunkSize();

        /** How long the rebuild waits for the live consumers to reach where it began before it gives up. */
        @WithDefault("10m")
        Duration waitForLive();

        /** A running rebuild whose progress has not been written for this long is taken as dead (its replica stopped). */
        @WithDefault("15m")
        Duration abandonedAfter();
    }

    /** Art. 50(2)(e): when adjournments or the time to judgment raise TRIAL_DELAYED. */
    interface TrialDelay {
        /** Adjournments in a row for the same reason. */
        @WithDefault("3")
        int adjournmentsInARow();

        /** From the charge filed in court to the judgment. */
        @WithDefault("P360D")
        Duration chargeToJudgment();
    }

    /** How long a skipped sequence number may stay missing before EVENT_SEQUENCE_GAP is raised. */
    @WithDefault("10m")
    Duration sequenceGapGrace();

    /** Longest a case may go without progress, per stage (CASE_QUIET). */
    interface Quiet {
        /** Reported, waiting for investigation or referral: NPS should refer within two weeks. */
        @WithDefault("P14D")
        Duration reported();

        @WithDefault("P14D")
        Duration underInvestigation();

        /** Referred, waiting for the charging decision. */
        @WithDefault("P14D")
        Duration referred();

        /** Returned for further investigation, waiting for the re-submission. */
        @WithDefault("P30D")
        Duration returnedToPolice();

        /** Charged, waiting for plea. */
        @WithDefault("P30D")
        Duration charged();

        /** In court: some court event at least every 60 days. */
        @WithDefault("P60D")
        Duration inCourt();

        /** On appeal: some appellate event at least every 180 days. */
        @WithDefault("P180D")
        Duration appeal();

        /** A child accused diverted (Children Act 2022): some report on the diversion at least every 90 days. */
        @WithDefault("P90D")
        Duration diverted();

        default QuietLimits asLimits() {
            return stage -> switch (stage) {
                case REPORTED -> Optional.of(reported());
                case UNDER_INVESTIGATION -> Optional.of(underInvestigation());
                case REFERRED -> Optional.of(referred());
                case RETURNED_TO_POLICE -> Optional.of(returnedToPolice());
                case CHARGED -> Optional.of(charged());
                case IN_COURT -> Optional.of(inCourt());
                case APPEAL -> Optional.of(appeal());
                case DIVERTED -> Optional.of(diverted());
                case JUDGMENT, CLOSED, DIVERSION_COMPLETED -> Optional.<Duration>empty();
            };
        }
    }

    interface Sweep {
        /** How often the sweep looks for due cases (Quarkus scheduler syntax). */
        @WithDefault("60s")
        String every();

        /** Due cases handled per transaction. */
        @WithDefault("500")
        int batchSize();
    }

}
