package ke.haki.contract.law;

public enum Sex {
    FEMALE,
    MALE,
    INTERSEX
}
