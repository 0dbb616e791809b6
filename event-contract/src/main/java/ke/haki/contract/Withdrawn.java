package ke.haki.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A payload field that is no longer published: free text (a name, a prosecutor's words) replaced
 * by a code in the contract version given (ADR 0005, no free text on any topic). It stays in the
 * schema, so the events published before stay valid and consumers built on them keep working, but
 * producers leave it null: the words stay in the producing service's database. The tests' privacy
 * scan fails on a published event that fills one ({@link Minimised#withdrawnFilled}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Withdrawn {

    /** The contract version from which producers leave the field null. */
    String value();
}
