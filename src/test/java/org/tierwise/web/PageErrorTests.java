package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.tierwise.TestUsers;
import org.tierwise.school.SchoolService;

/**
 * Over real HTTP, as a browser and as an API client: a page that fails answers an HTML page in the
 * site's layout (404, 400, 403 naming the roles, 500 with only an incident reference), and the same
 * failure through the API answers the problem detail it always has.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:PageErrorTests;DB_CLOSE_DELAY=-1",
            "tierwise.fixtures.load-on-empty=false"
        })
class PageErrorTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final int FAILING_URN = 999001;
    private static final String SECRET = "select note from local_intelligence_secret";

    @LocalServerPort
    int port;

    @MockitoSpyBean
    SchoolService schools;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void oneSchoolFails() {
        doThrow(new IllegalStateException("could not execute statement [" + SECRET + "]"))
                .when(schools)
                .school(FAILING_URN);
    }

    @Test
    void anUnknownUrnIsAPageNotFoundPageAndAProblemForTheApi() throws Exception {
        HttpResponse<String> page = get("/schools/123456", "officer", BROWSER);
        assertPage(page, 404);
        assertThat(page.body()).contains("School not found", "No school with URN 123456");

        HttpResponse<String> api = get("/api/schools/123456", "officer", "application/json");
        assertProblem(api, 404);
        assertThat(api.body()).contains("\"title\":\"School not found\"", "no school with URN 123456");

        // A script reading a page's address without asking for HTML keeps the problem detail.
        assertProblem(get("/schools/123456", "officer", "application/json"), 404);
    }

    @Test
    void anUnknownPathIsAPageNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/no-such-page", "officer", BROWSER);
        assertPage(page, 404);
        assertThat(page.body()).contains("Page not found", "There is no page at /no-such-page");
        // A form's address opened as a page is no page either.
        HttpResponse<String> form = get("/tiering/runs", "commissioner", BROWSER);
        assertPage(form, 404);
        assertThat(form.body()).contains("There is no page at /tiering/runs");
        HttpResponse<String> resource = get("/css/no-such.css", "officer", BROWSER);
        assertPage(resource, 404);
        assertThat(resource.body()).contains("Page not found");

        // The API refuses a path no line of the access table names, as it always has.
        HttpResponse<String> api = get("/api/no-such-endpoint", "officer", "application/json");
        assertProblem(api, 403);
    }

    @Test
    void aBadParameterIsABadRequestPageSayingWhatWasWrong() throws Exception {
        HttpResponse<String> page = get("/schools/abc", "officer", BROWSER);
        assertPage(page, 400);
        assertThat(page.body()).contains("&#39;abc&#39; is not a valid urn: it must be a whole number");
        HttpResponse<String> query = get("/schools?q=x&page=two", "officer", BROWSER);
        assertPage(query, 400);
        assertThat(query.body()).contains("is not a valid page: it must be a whole number");

        assertProblem(get("/api/schools/abc", "officer", "application/json"), 400);
    }

    @Test
    void aForbiddenPageNamesTheRoleItNeedsAndTheUsersRoles() throws Exception {
        HttpResponse<String> page = get("/finance", "officer", BROWSER);
        assertPage(page, 403);
        assertThat(page.body())
                .contains("Not allowed", "needs the role", "FINANCE", "Your roles: <strong>OFFICER</strong>");

        HttpResponse<String> api = post("/api/rules/reload", "officer");
        assertProblem(api, 403);
        assertThat(api.body()).contains("\"needs\":\"POLICY\"");
    }

    @Test
    void aServerErrorShowsAnIncidentReferenceAndNoInternals() throws Exception {
        HttpResponse<String> page = get("/schools/" + FAILING_URN, "officer", BROWSER);
        assertPage(page, 500);
        assertThat(page.body())
                .as(page.body())
                .contains("Sorry, there is a problem with the service", "incident reference");
        assertThat(page.body().toLowerCase(Locale.ROOT))
                .doesNotContain("local_intelligence_secret", "illegalstate", "exception", "statement");

        HttpResponse<String> api = get("/api/schools/" + FAILING_URN, "officer", "application/json");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(api.body()).contains("\"reference\":").doesNotContain("local_intelligence_secret");
    }

    private void assertPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        // In the site's layout: the header with the signed-in user and the footer.
        assertThat(response.body()).contains("<main id=\"main\">", "Sign out", "class=\"site-footer\"");
        assertThat(response.body()).doesNotContain("\"status\":");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private HttpResponse<String> get(String path, String user, String accept) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", accept)
                        .header("Authorization", TestUsers.basicHeader(user))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "application/json")
                        .header("Authorization", TestUsers.basicHeader(user))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
