package ke.haki.law;

public enum Sex {
    FEMALE,
    MALE,
    INTERSEX
}
