package ke.haki.e2e;

import java.util.Map;

/**
 * How the end-to-end run moves the monitor's time: through configuration, as an operator could,
 * by giving the "referred, no charging decision" limit in seconds instead of 14 days and sweeping
 * every second. The production defaults are in docs/monitoring.md.
 */
final class MonitoringClock {

    static final int QUIET_AFTER_REFERRAL_SECONDS = 25;

    private MonitoringClock() {}

    static Map<String, String> environment() {
        return Map.of(
                "HAKI_MONITORING_QUIET_REFERRED", "PT" + QUIET_AFTER_REFERRAL_SECONDS + "S",
                "HAKI_MONITORING_SWEEP_EVERY", "1s");
    }
}
