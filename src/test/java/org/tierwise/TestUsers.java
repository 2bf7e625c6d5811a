package org.tierwise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierwise.security.Role;

/**
 * The development users of application-dev.yml (the tests run with the {@code dev} profile), for
 * tests that act as a particular user. MockMvc requests are made by {@link #LEAD} unless a test says
 * otherwise (see {@code org.tierwise.security.MockMvcSignsInAsLead}).
 */
public final class TestUsers {

    /** Holds every role: the default user of MockMvc requests. */
    public static final String LEAD = "lead";

    /** Every dev user with their roles. */
    public static final Map<String, Set<Role>> ROLES = Map.of(
            "officer",
            EnumSet.of(Role.OFFICER),
            "commissioner",
            EnumSet.of(Role.COMMISSIONER),
            "policy",
            EnumSet.of(Role.POLICY),
            "policy2",
            EnumSet.of(Role.POLICY),
            "finance",
            EnumSet.of(Role.FINANCE),
            "admin",
            EnumSet.of(Role.ADMIN),
            "safeguarding",
            EnumSet.of(Role.OFFICER, Role.SAFEGUARDING),
            LEAD,
            EnumSet.allOf(Role.class));

    /** The dev users, in a fixed order. */
    public static final List<String> NAMES =
            List.of("officer", "commissioner", "policy", "policy2", "finance", "admin", "safeguarding", LEAD);

    private TestUsers() {}

    /** A dev user's published password. */
    public static String password(String name) {
        return name + "-dev-pw";
    }

    /** MockMvc: the request is made by this dev user, signing in with HTTP Basic and their password. */
    public static RequestPostProcessor as(String name) {
        return basic(name, password(name));
    }

    /** MockMvc: the request carries these HTTP Basic credentials and nothing else signs it in. */
    public static RequestPostProcessor basic(String name, String password) {
        return request ->
                httpBasic(name, password).postProcessRequest(anonymous().postProcessRequest(request));
    }

    /** MockMvc: nobody is signed in. */
    public static RequestPostProcessor anonymous() {
        return SecurityMockMvcRequestPostProcessors.anonymous();
    }

    /** MockMvc: the request has no CSRF token (every request has one by default). */
    public static RequestPostProcessor withoutCsrfToken() {
        return request -> {
            request.removeParameter("_csrf");
            return request;
        };
    }

    /** For real HTTP clients: the {@code Authorization} header value for a dev user. */
    public static String basicHeader(String name) {
        return "Basic "
                + Base64.getEncoder().encodeToString((name + ":" + password(name)).getBytes(StandardCharsets.UTF_8));
    }
}
