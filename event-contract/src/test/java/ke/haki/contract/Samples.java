package ke.haki.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds a sample event of any type, with a value in every field, by reflection. */
final class Samples {

    private Samples() {}

    static CaseEvent event(EventType type) {
        ActingUnit unit = switch (type.producer()) {
            case NPS -> new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047");
            case ODPP -> new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");
            case NGEC -> new ActingUnit(Agency.NGEC, "NGEC-HQ", null);
        };
        return new CaseEvent(UUID.randomUUID(), type, UUID.randomUUID().toString(), 3,
                Instant.parse("2026-04-10T07:30:00Z"), unit, (EventPayload) value(type.payloadClass()));
    }

    private static Object value(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "sample";
        }
        if (raw == int.class || raw == Integer.class) {
            return 12;
        }
        if (raw == long.class || raw == Long.class) {
            return 12L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-04-10T07:30:00Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse("2026-04-10");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class) {
            return List.of(value(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = value(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            try {
                return raw.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
