package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierwise.TestUsers;

/** Signing in with the form and out again over real HTTP, with the session cookie and CSRF token a browser keeps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anOfficerSignsInReadsAPageAndAnApiDownloadThenSignsOut() throws Exception {
        assertThat(get("/schools").statusCode()).isEqualTo(302);

        HttpResponse<String> signedIn = post(
                "/login", "username=officer&password=" + TestUsers.password("officer") + "&_csrf=" + token("/login"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        // Back to the page asked for before signing in.
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/schools"));

        HttpResponse<String> page = get("/schools");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign out", ">officer<");
        // The pages link to API downloads: a GET may use the page session ...
        HttpResponse<String> download = get("/api/schools");
        assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
        // ... but a change through the API needs credentials on the request, not a cookie.
        assertThat(post("/api/tiering/runs", "").statusCode()).isEqualTo(401);
        // Officers may not reach the finance page; the page says why, naming the role and theirs.
        HttpResponse<String> forbidden = get("/finance");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body())
                .contains("Not allowed", "user officer ([OFFICER]) may not GET /finance: it needs FINANCE")
                .contains("Your roles: <strong>OFFICER</strong>");

        HttpResponse<String> signedOut = post("/logout", "_csrf=" + token("/schools"));
        assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(get("/schools").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() throws Exception {
        post("/login", "username=officer&password=" + TestUsers.password("officer") + "&_csrf=" + token("/login"));
        HttpResponse<String> refused = post("/logout", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        // Plainly why, for the user signed in: not a missing role.
        assertThat(refused.body())
                .contains("Form expired", "You are signed in as officer: reload the page and try again.")
                .doesNotContain("may not", "Your roles do not include");
        assertThat(get("/schools").statusCode()).isEqualTo(200);
    }

    private String token(String page) throws Exception {
        Matcher matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
