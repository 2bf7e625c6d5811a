package org.tierwise.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which requests are pages a person reads in a browser, and so are answered with an HTML error page
 * in the site's layout rather than a problem detail: a request outside {@code /api/**} (and outside
 * what scripts read: the API description and the actuator) whose {@code Accept} names
 * {@code text/html}, as every browser's does. Everything else keeps its problem+json body.
 */
public final class PageErrors {

    /** Request attribute: the title of the error page (e.g. "School not found"). */
    public static final String TITLE = "pageErrorTitle";

    /** Request attribute on a 403 page: who may open what was asked ("POLICY"). */
    public static final String NEEDS = "pageErrorNeeds";

    /** Request attribute on a 403 page: the signed-in user's roles, in words. */
    public static final String USER_ROLES = "pageErrorRoles";

    private PageErrors() {}

    public static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")
                || path.equals("/api")
                || path.startsWith("/v3/api-docs")
                || path.startsWith("/actuator")) {
            return false;
        }
        return acceptsHtml(request.getHeader(HttpHeaders.ACCEPT));
    }

    /** Whether an Accept header names HTML itself (not just any type, as scripts' {@code *}{@code /*} does). */
    static boolean acceptsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream()
                    .anyMatch(type -> !type.isWildcardType()
                            && !type.isWildcardSubtype()
                            && type.isCompatibleWith(MediaType.TEXT_HTML)
                            && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
