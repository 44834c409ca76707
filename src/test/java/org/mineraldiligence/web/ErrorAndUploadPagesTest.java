package org.mineraldiligence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.RenderedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A web slice for the pages a person gets when something goes wrong: our error page (what the servlet
 * container's error dispatch to /error renders through {@link OurErrorPages}) and the page for a file over
 * the upload limit ({@link UploadTooLarge}). No engine, no database. The full-server ErrorPagesTest and
 * SupplierPortalTest check the same pages through real HTTP with the security filters.
 */
@WebMvcTest(controllers = ErrorAndUploadPagesTest.UploadEndpoints.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({OurErrorPages.class, ErrorAndUploadPagesTest.UploadEndpoints.class})
class ErrorAndUploadPagesTest {

    /**
     * Stands where Spring's multipart parser refuses a body over spring.servlet.multipart's limit: MockMvc
     * parses no bodies, so the refusal is thrown here, on a supplier's and on a colleague's upload address.
     */
    @RestController
    static class UploadEndpoints {
        @PostMapping({"/portal/{token}/upload", "/suppliers/import"})
        String upload() {
            throw new MaxUploadSizeExceededException(10L * 1024 * 1024);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aMissingPageSaysSoInOurLayoutWithAWayHome() throws Exception {
        RenderedPage page = errorPage(404, "/suppliers/SUP-404");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.headings()).containsExactly("Page not found");
        assertThat(page.text()).contains("HTTP status 404", "There is no page at this address")
                .contains("Report a concern about our mineral supply chain");
        assertThat(page.links()).contains("Back to the home page");
    }

    @Test
    void aRefusalNamesTheRoleProblemAndAFailureNeverShowsTheExceptionOrItsHostileMessage() throws Exception {
        assertThat(errorPage(403, "/outbox").headings()).containsExactly("Not for your role");
        assertThat(errorPage(400, "/grievance").headings()).containsExactly("Request refused");

        RenderedPage failed = RenderedPage.of(mvc.perform(errorDispatch(500, "/surveys/7")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                        new IllegalStateException("<script>alert('supplier')</script> at jdbc:h2:secret"))
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, "<script>alert('supplier')</script>"))
                .andReturn());

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.headings()).containsExactly("Something went wrong");
        assertThat(failed.text()).contains("Nothing you entered was changed by it")
                .doesNotContain("alert", "IllegalStateException", "jdbc", "secret");
    }

    @Test
    void theRestApiGetsJsonEvenWhenABrowserAsksForHtml() throws Exception {
        var answer = mvc.perform(errorDispatch(404, "/api/cmrt/nothing")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(answer.getContentAsString()).doesNotContain("Back to the home page");
    }

    @Test
    void aSupplierWithATooLargeFileGetsCmrtAdviceAndAColleagueGetsTheirs() throws Exception {
        RenderedPage supplier = RenderedPage.of(mvc.perform(post("/portal/some-token/upload")).andReturn());

        assertThat(supplier.status()).isEqualTo(413);
        assertThat(supplier.headings()).containsExactly("The file is larger than 10 MB");
        assertThat(supplier.text()).contains("Supplier portal", "A filled-in CMRT is normally under 3 MB")
                .doesNotContain("Split the file");

        RenderedPage colleague = RenderedPage.of(mvc.perform(post("/suppliers/import")).andReturn());

        assertThat(colleague.status()).isEqualTo(413);
        assertThat(colleague.text()).contains("Nothing was stored. Split the file").doesNotContain("CMRT", "Supplier portal");
    }

    private RenderedPage errorPage(int status, String path) throws Exception {
        return RenderedPage.of(mvc.perform(errorDispatch(status, path)).andReturn());
    }

    /** The request the servlet container forwards to /error when a page fails with this status. */
    private static MockHttpServletRequestBuilder errorDispatch(int status, String path) {
        return get("/error").accept(MediaType.TEXT_HTML, MediaType.ALL)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
    }
}
