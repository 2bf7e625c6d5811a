package org.tierwise.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may open, for the pages to show only that: the navigation, and links and
 * forms a page offers. Read from {@link AccessTable}, the rules the security configuration enforces,
 * so a page never offers what would be refused. In templates: {@code ${@access.navigation()}},
 * {@code ${@access.mayOpen('/rules')}}, {@code ${@access.may('POST', '/rules/reload')}}.
 */
@Component("access")
public class PageAccess {

    /** A link of the site's navigation. */
    public record Link(String path, String label) {}

    /** The navigation's links the signed-in user may open; none when nobody is signed in. */
    public List<Link> navigation() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return AccessTable.navigation(Roles.signedIn(user), Roles.of(user)).stream()
                .map(entry -> new Link(entry.path(), entry.navigation()))
                .toList();
    }

    /** Whether the signed-in user may open (GET) this page. */
    public boolean mayOpen(String path) {
        return may("GET", path);
    }

    /** Whether the signed-in user may make a request with this method to this path. */
    public boolean may(String method, String path) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return AccessTable.allows(HttpMethod.valueOf(method), path, Roles.signedIn(user), Roles.of(user));
    }
}
