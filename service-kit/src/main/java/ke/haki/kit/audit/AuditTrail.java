package ke.haki.kit.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.sql.SqlValues;

/** Reads the audit trail, newest first, filtered by account, case and time. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    public record Filter(String account, String caseId, Instant from, Instant to) {}

    @Transactional
    public Page<AuditEntry.Stored> search(Filter filter, PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.account() != null) {
            clauses.add("account = :account");
            params.put("account", filter.account());
        }
        if (filter.caseId() != null) {
            clauses.add("case_id = :caseId");
            params.put("caseId", filter.caseId());
        }
        if (filter.from() != null) {
            clauses.add("occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            clauses.add("occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        Query count = em.createNativeQuery("select count(*) from audit_event" + where);
        Query rows = em.createNativeQuery("""
                select id, occurred_at, account, agency, client_id, roles, method, path, case_id, outcome, http_status
                from audit_event""" + where + " order by id desc limit :limit offset :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setParameter("limit", page.size());
        rows.setParameter("offset", (long) page.page() * page.size());
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<AuditEntry.Stored> items = result.stream().map(AuditTrail::stored).toList();
        return Page.of(items, page, total);
    }

    private static AuditEntry.Stored stored(Object[] r) {
        Instant at = SqlValues.instant(r[1]);
        return new AuditEntry.Stored(((Number) r[0]).longValue(), at, (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], AuditOutcome.valueOf((String) r[9]),
                ((Number) r[10]).intValue());
    }
}
