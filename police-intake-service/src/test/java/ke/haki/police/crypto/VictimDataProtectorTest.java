package ke.haki.police.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.Startup;

import ke.haki.police.config.VictimDataConfig;

/** The keys are checked when the service starts, and pseudonyms are wide enough not to collide. */
class VictimDataProtectorTest {

    private static final String KEY = key(32, 1);
    private static final String OTHER_KEY = key(32, 2);

    @Test
    void distinctKeysOfFullLengthAreAccepted() {
        VictimDataProtector protector = new VictimDataProtector(config(KEY, OTHER_KEY, Map.of()));
        assertThat(protector.decrypt("case-1", protector.encrypt("case-1", "Amina"))).isEqualTo("Amina");
    }

    @Test
    void aPseudonymKeyEqualToTheEncryptionKeyIsRefusedWithoutPrintingIt() {
        assertThatThrownBy(() -> new VictimDataProtector(config(KEY, KEY, Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PSEUDONYM_KEY").hasMessageContaining("must differ from the encryption key")
                .message().doesNotContain(KEY);
    }

    @Test
    void aPseudonymKeyEqualToARetiredEncryptionKeyIsRefused() {
        assertThatThrownBy(() -> new VictimDataProtector(config(KEY, OTHER_KEY, Map.of("k0", OTHER_KEY))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must differ from the encryption key k0");
    }

    @Test
    void aShortPseudonymKeyIsRefused() {
        assertThatThrownBy(() -> new VictimDataProtector(config(KEY, key(16, 3), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PSEUDONYM_KEY").hasMessageContaining("at least 32 bytes");
    }

    @Test
    void aShortEncryptionKeyIsRefused() {
        assertThatThrownBy(() -> new VictimDataProtector(config(key(16, 4), OTHER_KEY, Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VICTIM_DATA_KEY").hasMessageContaining("must be 32 bytes");
    }

    @Test
    void theKeysAreCheckedAtStartUpNotAtTheFirstRequest() {
        assertThat(VictimDataProtector.class.isAnnotationPresent(Startup.class))
                .as("the protector is created eagerly, so a bad key stops the service from starting").isTrue();
    }

    @Test
    void pseudonymsCarryAtLeast64BitsAndAreStable() {
        VictimDataProtector protector = new VictimDataProtector(config(KEY, OTHER_KEY, Map.of()));
        String pseudonym = protector.pseudonym("case-1");
        assertThat(pseudonym).matches("V-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}").hasSizeLessThanOrEqualTo(20);
        int letters = pseudonym.replace("V-", "").replace("-", "").length();
        assertThat(letters * 5).as("bits: 32 letters carry 5 bits each").isGreaterThanOrEqualTo(64);
        assertThat(protector.pseudonym("case-1")).isEqualTo(pseudonym);
        assertThat(new VictimDataProtector(config(KEY, key(32, 9), Map.of())).pseudonym("case-1")).isNotEqualTo(pseudonym);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(protector.pseudonym(UUID.randomUUID().toString()));
        }
        assertThat(seen).hasSize(20_000);
    }

    private static String key(int bytes, int fill) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (fill * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    private static VictimDataConfig config(String key, String pseudonymKey, Map<String, String> previous) {
        return new VictimDataConfig() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String keyId() {
                return "k1";
            }

            @Override
            public Map<String, String> previousKeys() {
                return previous;
            }

            @Override
            public String pseudonymKey() {
                return pseudonymKey;
            }
        };
    }
}
