package ke.haki.kit.health;

/** The health group that reports degradation without affecting readiness or liveness. */
public final class DegradedChecks {

    /** Served at {@code /q/health/group/degraded}. */
    public static final String GROUP = "degraded";

    private DegradedChecks() {}
}
