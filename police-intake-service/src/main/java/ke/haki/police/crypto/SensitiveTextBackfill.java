package ke.haki.police.crypto;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Encrypts, at start-up, the sensitive text written before it was encrypted ({@link SensitiveText}):
 * in batches of {@value #BATCH}, each in its own transaction, until no plaintext is left. Two
 * instances starting together both encrypt the same plaintext they read: the result is encrypted
 * either way.
 */
@ApplicationScoped
public class SensitiveTextBackfill {

    private static final Logger LOG = Logger.getLogger(SensitiveTextBackfill.class);
    static final int BATCH = 500;

    /** A protected column: its table, its column and the converter of that column. */
    private record Protected(String table, String column, SensitiveText converter) {}

    private static final List<Protected> COLUMNS = List.of(
            new Protected("suspect", "full_name", new SensitiveText.SuspectName()),
            new Protected("police_case", "offence_place", new SensitiveText.OffencePlace()),
            new Protected("investigation_update", "note", new SensitiveText.InvestigationNote()),
            new Protected("case_note", "note", new SensitiveText.CaseNote()));

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        int done = encryptPlaintext();
        if (done > 0) {
            LOG.infof("encrypted %d value(s) of sensitive text written before encryption", done);
        }
    }

    /** Encrypts every plaintext value of the protected columns; returns how many. */
    public int encryptPlaintext() {
        int total = 0;
        for (Protected p : COLUMNS) {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> batch(p));
                total += n;
            } while (n == BATCH);
        }
        return total;
    }

    private int batch(Protected p) {
        // the key columns are fixed names of this class, never input
        String key = "police_case".equals(p.table()) ? "case_id" : "id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + key + ", " + p.column() + " from " + p.table()
                + " where " + p.column() + " is not null and " + p.column() + " not like '" + SensitiveText.PREFIX + "%'"
                + " order by " + key + " limit " + BATCH).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("update " + p.table() + " set " + p.column() + " = ?1 where " + key + " = ?2")
                    .setParameter(1, p.converter().encrypt((String) row[1]))
                    .setParameter(2, row[0])
                    .executeUpdate();
        }
        return rows.size();
    }
}
