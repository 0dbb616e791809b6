package ke.haki.prosecution.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ke.haki.kit.paging.Filters;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.prosecution.api.FileFilter;

@ApplicationScoped
public class FileRepository implements PanacheRepositoryBase<ProsecutionFileEntity, String> {

    public Optional<ProsecutionFileEntity> findForUpdate(String caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The files of several cases in one query (a case without a file has none). */
    public List<ProsecutionFileEntity> ofCases(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", caseIds);
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
        return Filters.where().equal("countyCode", filter.countyCode()).equal("status", filter.status())
                .equal("courtStation", filter.courtStation()).equal("prosecutorRef", filter.prosecutorRef())
                .from("receivedAt", filter.receivedFrom()).before("receivedAt", filter.receivedTo())
                .page(this, Sort.descending("receivedAt").and("caseId"), pageRequest);
    }
}
