package ke.haki.contract;

/** The agencies that share a case's story. */
public enum Agency {
    NPS,
    ODPP,
    NGEC
}
