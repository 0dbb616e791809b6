package ke.haki.police.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ke.haki.kit.problem.ProblemException;
import ke.haki.police.api.VictimRecordedView;
import ke.haki.police.api.VictimRequest;
import ke.haki.police.api.VictimView;
import ke.haki.police.crypto.VictimDataProtector;
import ke.haki.police.mapping.CaseViews;
import ke.haki.police.mapping.VictimIdentity;
import ke.haki.police.repository.PoliceCaseEntity;

/**
 * The child of a case: the particulars the other agencies see (pseudonym, age at the offence, age
 * band) go through the aggregate; the identity is encrypted at rest and never leaves this service.
 */
@ApplicationScoped
public class VictimService {

    @Inject
    CaseStore store;

    @Inject
    VictimDataProtector protector;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public VictimRecordedView recordVictim(String caseId, Long expectedVersion, VictimRequest request) {
        CaseStore.Loaded c = store.writable(caseId, expectedVersion);
        String pseudonym = protector.pseudonym(caseId);
        // written before the change is saved and published, so the row is updated once; a refusal rolls it back
        c.row().victimIdentityCiphertext = protector.encrypt(caseId, json(new VictimIdentity(request.fullName(),
                request.birthDate(), request.guardianName(), request.guardianPhone(), request.address())));
        store.change(c, policeCase -> policeCase.recordVictim(pseudonym, request.birthDate(),
                request.medicallyAssessedAge(), request.declaredAge(), request.sex(), request.hasDisability()));
        store.flush();
        return CaseViews.victimRecorded(c.policeCase().state().victim(), c.row().version);
    }

    @Transactional
    public VictimView victim(String caseId) {
        PoliceCaseEntity c = store.readable(caseId);
        if (!c.victimRecorded()) {
            throw ProblemException.notFound("The victim of case " + caseId);
        }
        return CaseViews.victim(c, identity(c));
    }

    private VictimIdentity identity(PoliceCaseEntity c) {
        try {
            return mapper.readValue(protector.decrypt(c.caseId, c.victimIdentityCiphertext), VictimIdentity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("victim identity of case " + c.caseId + " unreadable");
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
