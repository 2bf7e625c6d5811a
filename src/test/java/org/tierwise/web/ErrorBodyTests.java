package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLDataException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Spring's {@code /error}, which answers what no handler did, never shows an unexpected exception's
 * message (a database one quotes its SQL), in JSON or as a page, and gives a reference to the log.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ErrorBodyTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ErrorBodyTests {

    private static final String DRIVER_MESSAGE = "Value too long for column \"COST NUMERIC(12, 2)\"; SQL statement:\n"
            + "insert into deployment (area,candidate_id,cost) values (?,?,?) [22001-240]";

    @Autowired
    MockMvc mvc;

    @Test
    void anUnhandledDatabaseErrorIsAnsweredWithAReferenceAndNoSql() throws Exception {
        String json = mvc.perform(forwardedError(MediaType.APPLICATION_JSON))
                .andExpect(status().isInternalServerError())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String page = mvc.perform(forwardedError(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(json).contains("\"reference\":").contains("reference ");
        assertThat(page).contains("reference ");
        for (String body : new String[] {json, page}) {
            assertThat(body.toLowerCase(Locale.ROOT))
                    .doesNotContain("sql")
                    .doesNotContain("insert into")
                    .doesNotContain("statement")
                    .doesNotContain("numeric(");
        }
    }

    @Test
    void aClientErrorKeepsTheMessageTheServiceGaveIt() throws Exception {
        String json = mvc.perform(get("/error")
                        .accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "year must be an academic year such as 2018-19")
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/tiering/runs"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("year must be an academic year such as 2018-19");
    }

    /** What the servlet container forwards to /error when an exception escapes a request. */
    private static MockHttpServletRequestBuilder forwardedError(MediaType accept) {
        var failure = new DataIntegrityViolationException(
                "could not execute statement [" + DRIVER_MESSAGE + "]", new SQLDataException(DRIVER_MESSAGE, "22001"));
        return get("/error")
                .accept(accept)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/brokering/runs/1/matches/1/confirm");
    }
}
