package ke.haki.prosecution.domain;

/** An action the file's state or the law does not allow, with the reason to show the caller. */
public class ProsecutionRuleViolation extends RuntimeException {

    private final String code;

    public ProsecutionRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
