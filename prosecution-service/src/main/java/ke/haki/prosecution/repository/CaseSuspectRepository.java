package ke.haki.prosecution.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseSuspectRepository implements PanacheRepository<CaseSuspectEntity> {

    public List<CaseSuspectEntity> ofCase(String caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }

    /** The suspects of several cases in one query, each case's in their order. */
    public List<CaseSuspectEntity> ofCases(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", Sort.by("id"), caseIds);
    }

    /**
     * Inserts new suspects in one statement, numbered in the order given (as one insert of each
     * would number them). The entities stay unmanaged: read them again to change them.
     */
    public void insertAll(List<CaseSuspectEntity> added) {
        if (added.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into case_suspect (case_id, suspect_ref, age_years, relationship,"
                + " arrested_at, arraigned_at, arraigned_in_time) values ");
        for (int i = 0; i < added.size(); i++) {
            int p = i * 7;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5).append(", ?").append(p + 6)
                    .append(", ?").append(p + 7).append(')');
        }
        NativeQuery<?> insert = getEntityManager().createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
        for (int i = 0; i < added.size(); i++) {
            CaseSuspectEntity s = added.get(i);
            int p = i * 7;
            String relationship = s.relationship == null ? null : s.relationship.name();
            insert.setParameter(p + 1, s.caseId, String.class).setParameter(p + 2, s.suspectRef, String.class)
                    .setParameter(p + 3, s.ageYears, Integer.class).setParameter(p + 4, relationship, String.class)
                    .setParameter(p + 5, s.arrestedAt, Instant.class).setParameter(p + 6, s.arraignedAt, Instant.class)
                    .setParameter(p + 7, s.arraignedInTime, Boolean.class);
        }
        insert.executeUpdate();
    }

    public Optional<CaseSuspectEntity> find(String caseId, String suspectRef) {
        return find("caseId = ?1 and suspectRef = ?2", caseId, suspectRef).firstResultOptional();
    }
}
