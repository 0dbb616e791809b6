package ke.haki.prosecution.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.prosecution.api.FileFilter;

@ApplicationScoped
public class FileRepository implements PanacheRepositoryBase<ProsecutionFileEntity, String> {

    public Optional<ProsecutionFileEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next number of a county's files in a year, gap-free (the row lock serialises takers). */
    public long nextFileNumber(String countyCode, int year) {
        Number next = (Number) getEntityManager().createNativeQuery("""
                insert into odpp_file_counter (county_code, file_year, last_number) values (?1, ?2, 1)
                on conflict (county_code, file_year)
                do update set last_number = odpp_file_counter.last_number + 1
                returning last_number""")
                .setParameter(1, countyCode)
                .setParameter(2, year)
                .getSingleResult();
        return next.longValue();
    }

    public Page<ProsecutionFileEntity> search(FileFilter filter, PageRequest pageRequest) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.countyCode() != null) {
            clauses.add("countyCode = :county");
            params.put("county", filter.countyCode());
        }
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.courtStation() != null) {
            clauses.add("courtStation = :court");
            params.put("court", filter.courtStation());
        }
        if (filter.prosecutorRef() != null) {
            clauses.add("prosecutorRef = :prosecutor");
            params.put("prosecutor", filter.prosecutorRef());
        }
        if (filter.receivedFrom() != null) {
            clauses.add("receivedAt >= :from");
            params.put("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            clauses.add("receivedAt < :to");
            params.put("to", filter.receivedTo());
        }
        String query = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        var panacheQuery = find(query, Sort.descending("receivedAt").and("caseId"), params)
                .page(io.quarkus.panache.common.Page.of(pageRequest.page(), pageRequest.size()));
        return Page.of(panacheQuery.list(), pageRequest, panacheQuery.count());
    }
}
