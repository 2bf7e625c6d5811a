package org.tierwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a change through the API (POST, PUT, PATCH, DELETE) that a page on another site could have
 * made with the credentials a browser keeps. The API takes no CSRF token: its changes need HTTP Basic
 * credentials on the request, but a browser that once cached them sends them with any request to the
 * service, including a form another site submits (issue 15). So, after the user has been let in:
 *
 * <ul>
 *   <li>A request that says it came from another site is refused with 403: {@code Sec-Fetch-Site}
 *       other than {@code same-origin} or {@code none} (browsers set it and pages cannot), or, from
 *       a browser too old to send that, an {@code Origin} whose host is not the one the request was
 *       sent to (or {@code null}, as from a sandboxed frame). Scripts and programs send neither.
 *   <li>A body an HTML form can send to another site without the browser asking the service first
 *       (CORS): {@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code
 *       text/plain}, is refused with 415, naming what the endpoint takes; except multipart to the
 *       upload endpoints, {@link #UPLOADS}, which the first rule guards.
 * </ul>
 *
 * The pages post their forms to page addresses with CSRF tokens, never to /api.
 */
final class CrossSiteApiFilter extends OncePerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Sec-Fetch-Site values of a request the service's own pages made, or the user typed. */
    private static final Set<String> SAME_SITE = Set.of("same-origin", "none");

    /** What an HTML form can send to any site: the CORS-safelisted request content types. */
    private static final List<MediaType> FORM_BODIES =
            List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    /** An endpoint that takes file uploads (multipart), and everything it takes. */
    record Upload(PathPattern path, String takes) {}

    /** The upload endpoints; every other change through the API takes JSON or no body. */
    static final List<Upload> UPLOADS = List.of(
            new Upload(PathPatternParser.defaultInstance.parse("/api/imports/{kind}"), "multipart/form-data"),
            new Upload(
                    PathPatternParser.defaultInstance.parse("/api/rules/validate"),
                    "application/json, multipart/form-data"));

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = AccessTableAuthorization.path(request);
        String from = otherSite(request);
        if (from != null) {
            ProblemResponses.write(
                    request,
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    request.getMethod() + " " + path + " came from another site (" + from + "): changes through"
                            + " the API are taken from scripts and programs, not from pages of other sites",
                    Map.of());
            return;
        }
        String type = request.getContentType();
        Upload upload = upload(path);
        if (type != null && isFormBody(type) && !(upload != null && isMultipart(type))) {
            String takes = upload == null ? MediaType.APPLICATION_JSON_VALUE : upload.takes();
            response.setHeader(HttpHeaders.ACCEPT, takes);
            ProblemResponses.write(
                    request,
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type",
                    request.getMethod() + " " + path + " does not take a " + type + " body: send " + takes
                            + (upload == null ? ", or no body" : ""),
                    Map.of("accepts", takes));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The upload endpoint at this path, or null when it is not one. */
    static Upload upload(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return UPLOADS.stream()
                .filter(upload -> upload.path().matches(container))
                .findFirst()
                .orElse(null);
    }

    /** What says the request came from another site, or null when nothing does. */
    private static String otherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return SAME_SITE.contains(fetchSite.trim().toLowerCase(Locale.ROOT))
                    ? null
                    : "Sec-Fetch-Site: " + fetchSite;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return null;
        }
        // The host only: behind a proxy that ends TLS the scheme and port the service sees differ from
        // the browser's, while another site's pages have another host.
        return request.getServerName().equalsIgnoreCase(host(origin)) ? null : "Origin: " + origin;
    }

    private static String host(String origin) {
        try {
            return new URI(origin.trim()).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Whether a form could have sent this content type; one that cannot be read is refused too. */
    private static boolean isFormBody(String type) {
        try {
            MediaType media = MediaType.parseMediaType(type);
            return FORM_BODIES.stream().anyMatch(media::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }

    private static boolean isMultipart(String type) {
        try {
            return MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(MediaType.parseMediaType(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
