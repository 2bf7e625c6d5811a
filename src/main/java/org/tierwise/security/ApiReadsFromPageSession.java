package org.tierwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API is stateless (HTTP Basic, no session, no CSRF token), but the pages link to a few of its
 * downloads (a run's CSV, the finance flags). So a GET or HEAD may use the signed-in page session;
 * anything that changes data needs credentials on the request itself. A browser that has cached
 * Basic credentials sends them even with a form another site posts, so such requests are refused by
 * {@link CrossSiteApiFilter}, not here. Nothing is ever saved to a session here.
 */
final class ApiReadsFromPageSession implements SecurityContextRepository {

    private static final Set<String> SAFE = Set.of("GET", "HEAD");

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod())) {
            return session.loadDeferredContext(request);
        }
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    /** The interface's older form, which Spring Security itself no longer calls. */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {}

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return SAFE.contains(request.getMethod()) && session.containsContext(request);
    }
}
