package ke.haki.kit.testapp;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.kit.outbox.Outbox;
import ke.haki.kit.problem.ProblemException;

/** The test application's only service: a note per case, each change with its events in the outbox. */
@ApplicationScoped
public class Notes {

    static final ActingUnit STATION = new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047");
    static final ActingUnit OFFICE = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** A new case with its note and one event. */
    @Transactional
    public String create(String text) {
        String caseId = "KIT-" + UUID.randomUUID();
        em.createNativeQuery("insert into kit_test_note (case_id, text) values (?1, ?2)")
                .setParameter(1, caseId).setParameter(2, text).executeUpdate();
        appendEvents(caseId, 1);
        return caseId;
    }

    /** {@code count} more police events of the case, in the caller's transaction or a new one. */
    @Transactional
    public void appendEvents(String caseId, int count) {
        for (int i = 0; i < count; i++) {
            outbox.append(caseId, STATION, new InvestigationUpdated(InvestigationStep.STATEMENT_RECORDED));
        }
    }

    /** An ODPP event on the case whose prosecutor reference is {@code ref} (a test makes it too large to send). */
    @Transactional
    public void appendOdpp(String caseId, String ref) {
        outbox.append(caseId, OFFICE, new ProsecutorAssigned("ODPP/NRB/1/2026", ref));
    }

    /** Writes a note, then refuses: the write must not survive the refusal. */
    @Transactional
    public void refuse(String caseId) {
        em.createNativeQuery("insert into kit_test_note (case_id, text) values (?1, 'refused')")
                .setParameter(1, caseId).executeUpdate();
        throw ProblemException.unprocessable("kit-test-refusal", "Refused by the test", "The test application refuses this");
    }

    @Transactional
    public NoteView find(String caseId) {
        @SuppressWarnings("unchecked")
        List<String> texts = em.createNativeQuery("select text from kit_test_note where case_id = ?1")
                .setParameter(1, caseId).getResultList();
        if (texts.isEmpty()) {
            throw ProblemException.notFound("case");
        }
        return new NoteView(caseId, texts.get(0));
    }

    public record NoteView(String caseId, String text) {}
}
