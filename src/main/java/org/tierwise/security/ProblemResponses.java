package org.tierwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.tierwise.web.PageErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 for the API as RFC 7807 problem details, saying what is missing: credentials,
 * the roles the endpoint needs (from {@link AccessTable}), or time until a paused sign-in may retry.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Tierwise";

    /**
     * The challenge of a 401: never {@code Basic}. A browser that is sent a Basic challenge asks for a
     * password, keeps it, and from then on sends it with every request to the service, including the
     * forms other sites post to /api (issue 15). Sending Basic only to requests that do not accept
     * HTML would still challenge a page's scripts and image loads, so it is not sent at all. API
     * clients send their credentials with the request ({@code curl -u} does) and need no challenge;
     * a 401 must still carry one (RFC 9110), so it names a scheme of our own, which no browser asks a
     * password for.
     */
    static final String CHALLENGE = REALM + " realm=\"" + REALM + "\"";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SignInPausedException paused) {
            // Not a 401: the credentials may be right; they were not checked (RFC 6585 section 4).
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
            write(
                    request,
                    response,
                    429,
                    "Too Many Requests",
                    paused.getMessage(),
                    Map.of("retryAfter", paused.retryAfterSeconds()));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Sign in: send a user name and password with HTTP Basic authentication"
                        + " (an Authorization: Basic header on every request, as curl -u does)"
                : "The user name or password is wrong";
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail, Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        // The access table's refusal names the roles needed; a controller's own refusal says why.
        String detail = denied instanceof AuthorizationDeniedException ? forbidden(request) : denied.getMessage();
        String needs = needed(request);
        write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                detail,
                needs == null ? Map.of() : Map.of("needs", needs));
    }

    /** "user officer (OFFICER) may not POST /api/rules/reload: it needs POLICY". */
    static String forbidden(HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String name = user == null ? "anonymous" : user.getName();
        Set<Role> roles = Roles.of(user);
        String needs = needed(request);
        return "user " + name + " (" + (roles.isEmpty() ? "no roles" : roles) + ") may not " + request.getMethod() + " "
                + AccessTableAuthorization.path(request)
                + (needs == null ? "" : ": it needs " + needs);
    }

    /**
     * Whether no line of the access table is for this request's method and path: no such page for
     * anyone (a form's address opened as a page, GET /tiering/runs, is not a page either).
     */
    static boolean unknownPath(HttpServletRequest request) {
        return AccessTable.entryFor(HttpMethod.valueOf(request.getMethod()), AccessTableAuthorization.path(request))
                .isEmpty();
    }

    /** For the 403 page: the roles the page or action needs and the roles the user holds, in words. */
    static void describeForbiddenPage(HttpServletRequest request) {
        String needs = needed(request);
        if (needs != null) {
            request.setAttribute(PageErrors.NEEDS, needs);
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = Roles.of(user);
        request.setAttribute(
                PageErrors.USER_ROLES,
                roles.isEmpty()
                        ? "none"
                        : roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * A page form refused for its CSRF token: none (as when the session that held it ended) or not
     * the session's. Nothing about roles: a user told they may not do what their roles allow would
     * look for the wrong cause.
     */
    static String expiredForm() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String expired = "The form had expired or lacked its security token, so nothing was changed";
        return Roles.signedIn(user)
                ? expired + ". You are signed in as " + user.getName() + ": reload the page and try again."
                : expired + ", and you are not signed in (your session may have ended): sign in, reload the page"
                        + " and try again.";
    }

    private static String needed(HttpServletRequest request) {
        return AccessTable.entryFor(HttpMethod.valueOf(request.getMethod()), AccessTableAuthorization.path(request))
                .map(AccessTable.Entry::whoText)
                .orElse(null);
    }

    /** Answers with a problem: status, title, detail, the request's path and any further properties. */
    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String detail,
            Map<String, ?> properties)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", AccessTableAuthorization.path(request));
        problem.putAll(properties);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
