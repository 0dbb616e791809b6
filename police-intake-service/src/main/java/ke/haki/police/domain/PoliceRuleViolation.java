package ke.haki.police.domain;

/** An action the case's state does not allow, with the reason to show the caller. */
public class PoliceRuleViolation extends RuntimeException {

    private final String code;

    public PoliceRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
