package ke.haki.contract.ngec;

public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
