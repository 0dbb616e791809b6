package ke.haki.law;

/**
 * A step the law or the case's state does not allow, with a stable rule code, the reason to show
 * the caller and, for a legal rule, the statute. Every service answers it the same way (422
 * problem+json with {@code rule} and, when known, {@code statute}).
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String statute;

    public RuleViolation(String code, String message) {
        this(code, message, null);
    }

    public RuleViolation(String code, String message, String statute) {
        super(message);
        this.code = code;
        this.statute = statute;
    }

    public String code() {
        return code;
    }

    /** The statute or rule of law behind the refusal; null for a rule of the case's life. */
    public String statute() {
        return statute;
    }
}
