package ke.haki.kit.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import ke.haki.kit.paging.Page;

/**
 * RFC 8288 {@code Link} headers on every paginated list (any answer whose body is a {@link Page}):
 * {@code first}, {@code prev}, {@code next} and {@code last}, each the request's own path and query
 * with {@code page} and {@code size} replaced, as a reference relative to the request (so it holds
 * behind a proxy). The body keeps {@code page}, {@code size}, {@code totalItems} and {@code totalPages}.
 */
public class PageLinks {

    @ServerResponseFilter
    public void links(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Page<?> page) {
            for (String link : links(request.getUriInfo().getRequestUri(), page)) {
                response.getHeaders().add("Link", link);
            }
        }
    }

    /** The links of one page, in the order first, prev, next, last (those that exist). */
    static List<String> links(URI requestUri, Page<?> page) {
        List<String> links = new ArrayList<>(4);
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(requestUri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(requestUri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(requestUri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(requestUri, last, page.size(), "last"));
        return links;
    }

    private static String link(URI requestUri, int page, int size, String rel) {
        URI target = UriBuilder.fromUri(requestUri).replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
