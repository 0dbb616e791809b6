package ke.haki.kit.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The filters of a list as one Panache query: each condition is added only when its value is
 * given, with a named parameter, and the page is read with its total. Field names are the
 * entity's, fixed by the repository; values are always parameters, never text in the query.
 *
 * <pre>{@code
 * return Filters.where().equal("countyCode", filter.countyCode()).from("reportedAt", filter.reportedFrom())
 *         .page(this, Sort.descending("reportedAt").and("caseId"), pageRequest);
 * }</pre>
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private Filters() {}

    public static Filters where() {
        return new Filters();
    }

    /** {@code field = value}, when a value is given. */
    public Filters equal(String field, Object value) {
        return add(field, "=", value);
    }

    /** {@code field >= value}, when a value is given (the start of a period, included). */
    public Filters from(String field, Object value) {
        return add(field, ">=", value);
    }

    /** {@code field < value}, when a value is given (the end of a period, excluded). */
    public Filters before(String field, Object value) {
        return add(field, "<", value);
    }

    /** The condition, {@code 1 = 1} when no filter is given. */
    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** The requested page of what matches, in {@code sort} order, with the total count. */
    public <T> Page<T> page(PanacheRepositoryBase<T, ?> repository, Sort sort, PageRequest pageRequest) {
        PanacheQuery<T> query = repository.find(query(), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(pageRequest.page(), pageRequest.size()));
        return Page.of(query.list(), pageRequest, query.count());
    }

    private Filters add(String field, String operator, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            clauses.add(field + " " + operator + " :" + name);
            parameters.put(name, value);
        }
        return this;
    }
}
