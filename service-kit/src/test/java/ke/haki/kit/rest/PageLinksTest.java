package ke.haki.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import ke.haki.kit.paging.Page;

class PageLinksTest {

    private static final URI REQUEST = URI.create("http://police.internal:8081/api/v1/cases?status=REFERRED_TO_ODPP&page=2&size=10");

    @Test
    void aMiddlePageLinksEverywhereKeepingTheFilters() {
        List<String> links = PageLinks.links(REQUEST, new Page<>(List.of(), 2, 10, 45, 5));
        assertThat(links).hasSize(4);
        assertThat(links.get(0)).endsWith("; rel=\"first\"").contains("page=0").contains("size=10").contains("status=REFERRED_TO_ODPP");
        assertThat(links.get(1)).endsWith("; rel=\"prev\"").contains("page=1");
        assertThat(links.get(2)).endsWith("; rel=\"next\"").contains("page=3");
        assertThat(links.get(3)).endsWith("; rel=\"last\"").contains("page=4");
        assertThat(links).allSatisfy(l -> assertThat(l).startsWith("</api/v1/cases?").doesNotContain("police.internal"));
    }

    @Test
    void theFirstAndLastPagesHaveNoPrevAndNoNext() {
        assertThat(PageLinks.links(REQUEST, new Page<>(List.of(), 0, 10, 45, 5)))
                .noneMatch(l -> l.contains("rel=\"prev\"")).anyMatch(l -> l.contains("rel=\"next\""));
        assertThat(PageLinks.links(REQUEST, new Page<>(List.of(), 4, 10, 45, 5)))
                .noneMatch(l -> l.contains("rel=\"next\"")).anyMatch(l -> l.contains("rel=\"prev\""));
        assertThat(PageLinks.links(REQUEST, new Page<>(List.of(), 0, 10, 0, 0)))
                .containsExactly("</api/v1/cases?status=REFERRED_TO_ODPP&page=0&size=10>; rel=\"first\"",
                        "</api/v1/cases?status=REFERRED_TO_ODPP&page=0&size=10>; rel=\"last\"");
    }

    @Test
    void onlyHandlingStrictAsksForStrictPreconditions() {
        assertThat(StrictPreconditions.strict(List.of("handling=strict"))).isTrue();
        assertThat(StrictPreconditions.strict(List.of("respond-async, Handling=Strict; x=1"))).isTrue();
        assertThat(StrictPreconditions.strict(List.of("handling=lenient"))).isFalse();
        assertThat(StrictPreconditions.strict(null)).isFalse();
    }
}
