package ke.haki.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every type of the catalogue reaches exactly one handler method of its agency, with its own
 * payload, and no type of another agency reaches a handler: the check behind "no silent fallback".
 */
class EventDispatchTest {

    private final List<Method> called = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <H> H recording(Class<H> handler) {
        return (H) Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] { handler }, (proxy, method, args) -> {
            called.add(method);
            return method.getName();
        });
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypeReachesTheHandlerMethodForItsPayloadOrIsRefused(EventType type) {
        CaseEvent event = Samples.event(type);
        NpsEventHandler<Object> nps = recording(NpsEventHandler.class);
        OdppEventHandler<Object> odpp = recording(OdppEventHandler.class);
        switch (type.producer()) {
            case NPS -> {
                EventDispatch.nps(event, nps);
                assertThatThrownBy(() -> EventDispatch.odpp(event, odpp)).isInstanceOf(IllegalArgumentException.class);
            }
            case ODPP -> {
                EventDispatch.odpp(event, odpp);
                assertThatThrownBy(() -> EventDispatch.nps(event, nps)).isInstanceOf(IllegalArgumentException.class);
            }
            case NGEC -> {
                assertThatThrownBy(() -> EventDispatch.nps(event, nps)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> EventDispatch.odpp(event, odpp)).isInstanceOf(IllegalArgumentException.class);
            }
        }
        if (type.producer() != Agency.NGEC) {
            assertThat(called).hasSize(1);
            assertThat(called.get(0).getParameterTypes()[1]).isEqualTo(type.payloadClass());
        }
    }

    @Test
    void everyHandlerMethodServesExactlyOneType() {
        List<String> reached = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (type.producer() == Agency.NGEC) {
                continue;
            }
            called.clear();
            EventDispatch.any(Samples.event(type), recording(NpsEventHandler.class), recording(OdppEventHandler.class));
            reached.add(called.get(0).getDeclaringClass().getSimpleName() + "." + called.get(0).getName());
        }
        List<String> declared = new ArrayList<>();
        for (Class<?> handler : List.of(NpsEventHandler.class, OdppEventHandler.class)) {
            Arrays.stream(handler.getDeclaredMethods()).forEach(m -> declared.add(handler.getSimpleName() + "." + m.getName()));
        }
        assertThat(reached).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(declared);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasOneLineSummary(EventType type) {
        String summary = Samples.event(type).payload().summary();
        assertThat(summary).isNotBlank().doesNotContain("\n").doesNotContain("null");
        assertThat(summary.length()).isLessThan(300);
    }
}
