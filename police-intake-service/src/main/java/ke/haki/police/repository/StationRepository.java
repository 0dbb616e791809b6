package ke.haki.police.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import ke.haki.kit.paging.PageRequest;

@ApplicationScoped
public class StationRepository implements PanacheRepositoryBase<StationEntity, String> {

    /** Stations by code, of one county or of all when {@code countyCode} is null. */
    public ke.haki.kit.paging.Page<StationEntity> search(String countyCode, PageRequest page) {
        PanacheQuery<StationEntity> query = countyCode == null ? findAll(Sort.by("code"))
                : find("countyCode", Sort.by("code"), countyCode);
        long total = query.count();
        return ke.haki.kit.paging.Page.of(query.page(Page.of(page.page(), page.size())).list(), page, total);
    }
}
