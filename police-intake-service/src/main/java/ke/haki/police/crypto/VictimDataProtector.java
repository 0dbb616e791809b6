package ke.haki.police.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import ke.haki.police.config.VictimDataConfig;

/**
 * Encrypts the child's identity at rest (AES-256-GCM, a fresh 96-bit IV per record, the case id
 * as associated data so a ciphertext cannot be moved to another case) and derives the stable
 * pseudonym other agencies see (HMAC-SHA256 of the case id). Ciphertexts carry their key id, so
 * keys can be rotated: see docs/security.md. Created at start-up, so a missing, short or reused key
 * stops the service before it serves a request.
 */
@Startup
@ApplicationScoped
public class VictimDataProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** 32 letters: each character carries 5 bits of the HMAC (256 is a multiple of 32, so no bias). */
    private static final char[] PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int PSEUDONYM_CHARS = 15;
    private static final int PSEUDONYM_GROUP = 5;
    static final int MIN_PSEUDONYM_KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final SecretKeySpec pseudonymKey;

    public VictimDataProtector(VictimDataConfig config) {
        this.currentKeyId = config.keyId();
        keys.put(currentKeyId, aesKey(config.key(), "haki.victim-data.key (VICTIM_DATA_KEY)"));
        config.previousKeys().forEach((id, key) -> keys.putIfAbsent(id, aesKey(key, "haki.victim-data.previous-keys." + id)));
        byte[] hmacKey = decode(config.pseudonymKey(), "haki.victim-data.pseudonym-key (PSEUDONYM_KEY)");
        if (hmacKey.length < MIN_PSEUDONYM_KEY_BYTES) {
            throw new IllegalStateException("haki.victim-data.pseudonym-key (PSEUDONYM_KEY) must be at least "
                    + MIN_PSEUDONYM_KEY_BYTES + " bytes (base64), got " + hmacKey.length + ": generate one with openssl rand -base64 32");
        }
        keys.forEach((id, key) -> {
            if (MessageDigest.isEqual(key.getEncoded(), hmacKey)) {
                throw new IllegalStateException("haki.victim-data.pseudonym-key (PSEUDONYM_KEY) must differ from the encryption key "
                        + id + ": a key used for two purposes weakens both; generate its own with openssl rand -base64 32");
            }
        });
        this.pseudonymKey = new SecretKeySpec(hmacKey, "HmacSHA256");
    }

    public String encrypt(String caseId, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt victim data", e);
        }
    }

    public String decrypt(String caseId, String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("victim data without key id");
        }
        SecretKeySpec key = keys.get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("victim data encrypted with unknown key id " + stored.substring(0, colon));
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt victim data", e);
        }
    }

    /** Whether a stored value was encrypted with an older key (and should be re-encrypted). */
    public boolean needsReencryption(String stored) {
        return !stored.startsWith(currentKeyId + ":");
    }

    /**
     * The child's pseudonym in this case, e.g. {@code V-7KQ2M-9XDHP-4RTWA}: stable, not reversible,
     * 15 characters of a 32-letter alphabet (75 bits), so collisions stay improbable far beyond a
     * million cases.
     */
    public String pseudonym(String caseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pseudonymKey);
            byte[] digest = mac.doFinal(("victim:" + caseId).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("V-");
            for (int i = 0; i < PSEUDONYM_CHARS; i++) {
                if (i > 0 && i % PSEUDONYM_GROUP == 0) {
                    sb.append('-');
                }
                sb.append(PSEUDONYM_ALPHABET[(digest[i] & 0xff) % PSEUDONYM_ALPHABET.length]);
            }
            return sb.toString().toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive pseudonym", e);
        }
    }

    private static SecretKeySpec aesKey(String base64, String name) {
        byte[] bytes = decode(base64, name);
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64), got " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] decode(String base64, String name) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
    }
}
