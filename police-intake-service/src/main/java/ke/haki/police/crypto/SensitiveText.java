package ke.haki.police.crypto;

import jakarta.persistence.AttributeConverter;

import io.quarkus.arc.Arc;

/**
 * Free text that can identify the child (a suspect's name is often a family member's, the place of
 * the offence often the child's home, an investigation, closure or re-submission note anything) is stored encrypted like the
 * child's identity: AES-256-GCM with {@link VictimDataProtector}'s key, a fresh IV per value, and
 * the column as associated data, so a ciphertext cannot be moved into another column. A stored
 * value reads {@code enc1:<keyId>:<base64>}; a value without that prefix is a row written before
 * encryption (read as it is, and encrypted at start-up by {@link SensitiveTextBackfill}). The
 * entities name the converter of their column; nothing else sees ciphertext or handles keys.
 */
public abstract class SensitiveText implements AttributeConverter<String, String> {

    /** Marks an encrypted value (and the format's version). */
    public static final String PREFIX = "enc1:";

    private volatile VictimDataProtector protector;

    /** The column this converter protects: the associated data of its ciphertexts. */
    protected abstract String column();

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        return protector().decrypt(column(), stored.substring(PREFIX.length()));
    }

    /** The stored form of {@code plaintext} in this converter's column. */
    public String encrypt(String plaintext) {
        return PREFIX + protector().encrypt(column(), plaintext);
    }

    private VictimDataProtector protector() {
        VictimDataProtector p = protector;
        if (p == null) {
            p = Arc.container().instance(VictimDataProtector.class).get();
            protector = p;
        }
        return p;
    }

    /** {@code suspect.full_name}. */
    public static class SuspectName extends SensitiveText {
        @Override
        protected String column() {
            return "suspect.full_name";
        }
    }

    /** {@code police_case.offence_place}. */
    public static class OffencePlace extends SensitiveText {
        @Override
        protected String column() {
            return "police_case.offence_place";
        }
    }

    /** {@code investigation_update.note}. */
    public static class InvestigationNote extends SensitiveText {
        @Override
        protected String column() {
            return "investigation_update.note";
        }
    }

    /** {@code case_note.note}: the note of a closure or a re-submission. */
    public static class CaseNote extends SensitiveText {
        @Override
        protected String column() {
            return "case_note.note";
        }
    }
}
