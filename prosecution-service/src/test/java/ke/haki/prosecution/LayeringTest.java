package ke.haki.prosecution;

import org.junit.jupiter.api.Test;

import ke.haki.testsupport.LayeringRules;

/** The project's one layering rule set (test-support's LayeringRules), applied to this service. */
class LayeringTest {

    @Test
    void theServiceKeepsItsLayers() {
        LayeringRules.of("ke.haki.prosecution").check();
    }
}
