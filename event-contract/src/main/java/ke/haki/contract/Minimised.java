package ke.haki.contract;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Checks that an event is minimised (ADR 0005): no {@link Withdrawn} field filled. */
public final class Minimised {

    private Minimised() {}

    /** The names of the withdrawn fields the payload fills (empty when it is minimised). */
    public static List<String> withdrawnFilled(EventPayload payload) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : payload.getClass().getRecordComponents()) {
            if (c.isAnnotationPresent(Withdrawn.class)) {
                try {
                    if (c.getAccessor().invoke(payload) != null) {
                        names.add(c.getName());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
