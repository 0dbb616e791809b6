package ke.haki.police.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Keys that protect the child's identity. Values are base64 of 32 random bytes. */
@ConfigMapping(prefix = "haki.victim-data")
public interface VictimDataConfig {

    /** The AES-256 key that encrypts new identity records. */
    String key();

    /** The id written beside each ciphertext, so a rotated key can still decrypt old rows. */
    @WithDefault("k1")
    String keyId();

    /** Keys retired by rotation, by key id: still used to decrypt, never to encrypt. */
    Map<String, String> previousKeys();

    /** The HMAC key that derives the victim pseudonym from the case id. */
    String pseudonymKey();
}
