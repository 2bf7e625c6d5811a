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
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the API as RFC 7807 problem details, saying what is missing: credentials, or the
 * roles the endpoint needs (from {@link AccessTable}).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Tierwise";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Sign in: send a user name and password with HTTP Basic authentication"
                : "The user name or password is wrong";
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail, null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        // The access table's refusal names the roles needed; a controller's own refusal says why.
        String detail = denied instanceof AuthorizationDeniedException ? forbidden(request) : denied.getMessage();
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail, needed(request));
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

    private static String needed(HttpServletRequest request) {
        return AccessTable.entryFor(HttpMethod.valueOf(request.getMethod()), AccessTableAuthorization.path(request))
                .map(AccessTable.Entry::whoText)
                .orElse(null);
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String detail,
            String needs)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", AccessTableAuthorization.path(request));
        if (needs != null) {
            problem.put("needs", needs);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
