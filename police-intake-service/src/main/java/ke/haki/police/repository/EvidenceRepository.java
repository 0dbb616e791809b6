package ke.haki.police.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepository<MedicalEvidenceEntity> {

    public long countOfCase(String caseId) {
        return count("caseId", caseId);
    }
}
