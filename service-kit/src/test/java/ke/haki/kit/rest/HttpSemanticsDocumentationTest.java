package ke.haki.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class HttpSemanticsDocumentationTest {

    private final HttpSemanticsDocumentation filter = new HttpSemanticsDocumentation();

    @Test
    void aPaginatedListDocumentsItsLinkHeader() {
        Operation list = operation().addParameter(query("page")).addParameter(query("size"));
        filter.filterOperation(list);
        assertThat(list.getResponses().getAPIResponse("200").getHeaders()).containsKey("Link");
        assertThat(list.getResponses().getAPIResponse("200").getHeaders().get("Link").getDescription())
                .contains("RFC 8288").contains("rel=\"next\"");
        assertThat(list.getParameters()).extracting(Parameter::getName).doesNotContain("Prefer");
    }

    @Test
    void anUpdateThatReadsIfMatchDocumentsStrictPreconditions() {
        Operation update = operation().addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));
        filter.filterOperation(update);
        assertThat(update.getParameters()).filteredOn(p -> "Prefer".equals(p.getName())).singleElement()
                .satisfies(p -> {
                    assertThat(p.getIn()).isEqualTo(Parameter.In.HEADER);
                    assertThat(p.getExample()).isEqualTo("handling=strict");
                });
        assertThat(update.getResponses().getAPIResponses()).containsKeys("412", "428");
        assertThat(update.getResponses().getAPIResponse("200").getHeaders()).isNullOrEmpty();

        filter.filterOperation(update);
        assertThat(update.getParameters()).filteredOn(p -> "Prefer".equals(p.getName())).as("documented once").hasSize(1);
    }

    @Test
    void anOperationWithNeitherIsLeftAsItIs() {
        Operation read = operation().addParameter(query("page"));
        filter.filterOperation(read);
        assertThat(read.getResponses().getAPIResponse("200").getHeaders()).isNullOrEmpty();
        assertThat(read.getParameters()).hasSize(1);
        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200");
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY);
    }
}
