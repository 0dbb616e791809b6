package ke.haki.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A payload field added to a released type after its first version: its schema does not require
 * it, so events published before it (on the topics, in replays) stay valid, and consumers read
 * its absence as null. The value is the contract version that added it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Since {
    String value();
}
