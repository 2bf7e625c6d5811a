package org.tierwise.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.tierwise.security.Role.ADMIN;
import static org.tierwise.security.Role.COMMISSIONER;
import static org.tierwise.security.Role.FINANCE;
import static org.tierwise.security.Role.OFFICER;
import static org.tierwise.security.Role.POLICY;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may use which endpoint and page: the one place where access is decided, written to be read by
 * a policy officer or an auditor.
 *
 * <p>Read it top to bottom: the first line whose method and path match a request decides who may
 * make it. A request that no line matches is refused, whoever makes it. In a path, {@code {id}}
 * stands for one path segment, {@code *} for any characters within a segment and {@code **} for
 * any number of segments. A method of {@code null} means every method.
 */
public final class AccessTable {

    /** Who a line lets in. */
    public enum Who {
        /** Anyone, signed in or not. */
        ANYONE,
        /** Any signed-in user, whatever their roles. */
        SIGNED_IN,
        /** Signed-in users holding at least one of the line's roles. */
        ROLES
    }

    /** One line of the table. */
    public static final class Entry {

        private final HttpMethod method;
        private final String path;
        private final PathPattern pattern;
        private final Who who;
        private final Set<Role> roles;
        private final String what;
        private final String navigation;

        Entry(HttpMethod method, String path, Who who, Set<Role> roles, String what) {
            this(method, path, who, roles, what, null);
        }

        Entry(HttpMethod method, String path, Who who, Set<Role> roles, String what, String navigation) {
            this.method = method;
            this.navigation = navigation;
            this.path = path;
            this.pattern = PathPatternParser.defaultInstance.parse(path);
            this.who = who;
            this.roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
            this.what = what;
        }

        /** The method this line is for, or null for every method. */
        public HttpMethod method() {
            return method;
        }

        public String path() {
            return path;
        }

        public Who who() {
            return who;
        }

        /** The roles let in when {@link #who()} is {@link Who#ROLES}. */
        public Set<Role> roles() {
            return roles;
        }

        /** What the endpoint or page is for. */
        public String what() {
            return what;
        }

        /**
         * The page's name in the site's navigation, or null when the navigation does not link to it.
         * The navigation shows a user the lines they may open, so it never offers a page they would
         * be refused.
         */
        public String navigation() {
            return navigation;
        }

        /** Whether this line decides a request with this method and path. */
        public boolean matches(HttpMethod requestMethod, String requestPath) {
            return (method == null || method.equals(requestMethod))
                    && pattern.matches(PathContainer.parsePath(requestPath));
        }

        /** Whether a user with these roles (none when not signed in) may make the request. */
        public boolean allows(boolean signedIn, Set<Role> userRoles) {
            return switch (who) {
                case ANYONE -> true;
                case SIGNED_IN -> signedIn;
                case ROLES -> signedIn && userRoles.stream().anyMatch(roles::contains);
            };
        }

        /** For people: "POLICY", "OFFICER, COMMISSIONER", "anyone" or "any signed-in user". */
        public String whoText() {
            return switch (who) {
                case ANYONE -> "anyone";
                case SIGNED_IN -> "any signed-in user";
                case ROLES -> roles.stream().map(Role::name).collect(Collectors.joining(", "));
            };
        }

        @Override
        public String toString() {
            return (method == null ? "*" : method.name()) + " " + path + " -> " + whoText();
        }
    }

    /** Who reads schools, tiers, recommendations and runs: officers and commissioning groups. */
    private static final Role[] READERS = {OFFICER, COMMISSIONER};

    /** Staff who work with the decisions (everyone but administrators). */
    private static final Role[] STAFF = {OFFICER, COMMISSIONER, POLICY, FINANCE};

    /** Everyone who acts, and administrators: who may read the audit trail. */
    private static final Role[] ACTORS = {COMMISSIONER, POLICY, FINANCE, ADMIN};

    private static final List<Entry> ENTRIES = List.of(
            // Anyone: signing in, the style sheets and scripts the sign-in page needs, error pages, health.
            anyone(GET, "/login", "the sign-in page"),
            anyone(GET, "/oauth2/authorization/{registrationId}", "sign in through the council's single sign-on"),
            anyone(GET, "/login/oauth2/code/{registrationId}", "the single sign-on provider's answer"),
            anyone(GET, "/css/**", "style sheets"),
            anyone(GET, "/js/**", "scripts"),
            anyone(GET, "/webjars/**", "the chart library"),
            anyone(GET, "/favicon.ico", "the icon"),
            anyone(null, "/error", "error pages and problem details"),
            anyone(GET, "/actuator/health", "health check for load balancers and monitoring"),
            anyone(GET, "/actuator/health/**", "health check details"),

            // Any signed-in user.
            signedIn(GET, "/", "the start page"),
            signedIn(GET, "/v3/api-docs", "the API description (OpenAPI)"),
            signedIn(GET, "/v3/api-docs/**", "the API description (OpenAPI)"),
            signedIn(GET, "/v3/api-docs.yaml", "the API description (OpenAPI) as YAML"),
            signedIn(GET, "/swagger-ui.html", "the API documentation pages"),
            signedIn(GET, "/swagger-ui/**", "the API documentation pages"),

            // Schools, tiers and recommendations: read by officers and commissioning groups.
            roles(GET, "/api/schools", "search schools", READERS),
            roles(GET, "/api/schools/{urn}", "a school: register, inspections, results", READERS),
            roles(GET, "/api/schools/{urn}/tier", "a school's current tier, explained", READERS),
            roles(GET, "/api/schools/{urn}/recommendation", "supporters recommended for a school", READERS),
            roles(POST, "/api/schools/{urn}/intelligence", "record local intelligence about a school", COMMISSIONER),
            page(GET, "/schools", "page: search schools", "Schools", READERS),
            roles(GET, "/schools/{urn}", "page: one school, its tier and support", READERS),

            // Tiering: commissioning groups run and override; officers read.
            roles(POST, "/api/tiering/runs", "start a tiering run", COMMISSIONER),
            roles(POST, "/api/tiering/runs/{id}/overrides", "override a school's tier with a reason", COMMISSIONER),
            roles(
                    POST,
                    "/api/tiering/runs/{id}/overrides/{urn}/remove",
                    "remove an override, with a reason",
                    COMMISSIONER),
            roles(POST, "/api/tiering/runs/{id}/withdraw", "withdraw a run nobody meant, with a reason", COMMISSIONER),
            roles(GET, "/api/tiering/runs", "list tiering runs", READERS),
            roles(GET, "/api/tiering/runs/**", "a run: totals, schools, comparison, export", READERS),
            roles(POST, "/tiering/runs", "page: start a tiering run", COMMISSIONER),
            roles(POST, "/tiering/runs/{id}/overrides", "page: override a school's tier", COMMISSIONER),
            roles(POST, "/tiering/runs/{id}/overrides/{urn}/remove", "page: remove an override", COMMISSIONER),
            roles(POST, "/tiering/runs/{id}/withdraw", "page: withdraw a run", COMMISSIONER),
            page(GET, "/tiering", "page: tiering runs", "Tiering runs", READERS),
            roles(GET, "/tiering/jobs/{id}", "page: a tiering run in progress", READERS),
            roles(GET, "/tiering/runs/{id}", "page: a tiering run", READERS),

            // Brokering: commissioning groups run it and confirm deployments; officers read.
            roles(POST, "/api/brokering/runs", "start a brokering run", COMMISSIONER),
            roles(POST, "/api/brokering/runs/{id}/matches/{matchId}/confirm", "confirm a deployment", COMMISSIONER),
            roles(GET, "/api/brokering/runs/{id}", "a brokering run: matches and unmet needs", READERS),
            roles(POST, "/brokering/runs", "page: start a brokering run", COMMISSIONER),
            roles(POST, "/brokering/runs/{id}/matches/{matchId}/confirm", "page: confirm a deployment", COMMISSIONER),
            roles(GET, "/brokering/runs/{id}", "page: a brokering run", READERS),
            roles(GET, "/api/supporters", "the supporter register", READERS),
            roles(GET, "/api/supporters/{id}", "one supporter", READERS),
            roles(POST, "/api/supporters", "register a supporter", COMMISSIONER),
            roles(PUT, "/api/supporters/{id}", "change a supporter", COMMISSIONER),

            // Imports: finance files by finance officers, everything else by commissioning groups. A file
            // sent to 'auto' is recognised from its header and then needs the role its kind needs here.
            roles(GET, "/api/imports", "the kinds of file that can be imported", COMMISSIONER, FINANCE),
            roles(POST, "/api/imports/finance-*", "import a finance file", FINANCE),
            roles(POST, "/api/imports/auto", "import a file recognised from its header", COMMISSIONER, FINANCE),
            roles(POST, "/api/imports/{kind}", "import any other file (schools, results, ...)", COMMISSIONER),

            // Rules: DRL files are code, so only policy staff validate, test, compare and reload them.
            roles(GET, "/api/rules", "the rule catalogue", STAFF),
            roles(GET, "/api/rules/versions", "the rule sets that have been live", STAFF),
            roles(POST, "/api/rules/validate", "compile rule files without making them live", POLICY),
            roles(POST, "/api/rules/reload", "make the rules directory live", POLICY),
            roles(POST, "/api/rules/what-if", "the decisions candidate rules would change", POLICY),
            roles(POST, "/api/rules/cases/run", "run the rules' cases", POLICY),
            roles(GET, "/api/rules/changes", "rule changes with their diffs", POLICY),
            roles(GET, "/api/rules/changes/{id}", "one rule change with its diff", POLICY),
            roles(POST, "/api/rules/changes/{id}/approve", "approve another policy officer's change", POLICY),
            roles(POST, "/api/rules/changes/{id}/reject", "reject a rule change", POLICY),
            // The catalogue is read by all staff, as through the API; its reload, cases, what-if and
            // approvals are policy staff's, and the page shows them only to POLICY.
            page(
                    GET,
                    "/rules",
                    "page: the rule catalogue and versions; for POLICY also reload and changes",
                    "Rules",
                    STAFF),
            roles(POST, "/rules/reload", "page: reload the rules", POLICY),
            roles(GET, "/rules/cases", "page: the cases report", POLICY),
            roles(GET, "/rules/what-if", "page: what-if", POLICY),
            roles(POST, "/rules/changes/{id}/approve", "page: approve a rule change", POLICY),
            roles(POST, "/rules/changes/{id}/reject", "page: reject a rule change", POLICY),

            // Finance.
            roles(POST, "/api/finance/checks", "run a finance check", FINANCE),
            roles(GET, "/api/finance/checks/{id}", "a finance check", FINANCE),
            roles(GET, "/api/finance/flags", "finance flags", FINANCE),
            roles(GET, "/api/finance/flags.csv", "finance flags as CSV", FINANCE),
            page(GET, "/finance", "page: finance flags", "Finance", FINANCE),
            roles(POST, "/finance/checks", "page: run a finance check", FINANCE),

            // The audit trail: everyone who acts may see who did what.
            roles(GET, "/api/audit", "the audit trail", ACTORS),
            roles(GET, "/api/audit/export.csv", "the audit trail as CSV", ACTORS),
            roles(GET, "/api/audit/rules/{ruleId}", "who changed a rule and which runs used it", ACTORS),

            // Administration.
            roles(GET, "/api/admin/users", "the users and their roles", ADMIN),
            roles(GET, "/actuator/**", "the service's metrics and information", ADMIN));

    private AccessTable() {}

    /** Every line, in the order they are read. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The line that decides a request, if any (none: the request is refused). */
    public static Optional<Entry> entryFor(HttpMethod method, String path) {
        return ENTRIES.stream().filter(e -> e.matches(method, path)).findFirst();
    }

    /** Whether a user may make a request: false when no line matches. */
    public static boolean allows(HttpMethod method, String path, boolean signedIn, Set<Role> roles) {
        return entryFor(method, path).map(e -> e.allows(signedIn, roles)).orElse(false);
    }

    /**
     * The pages the site's navigation offers a user, in the table's order: the lines with a name in
     * the navigation that let this user in.
     */
    public static List<Entry> navigation(boolean signedIn, Set<Role> roles) {
        return ENTRIES.stream()
                .filter(e -> e.navigation() != null && e.allows(signedIn, roles))
                .toList();
    }

    /** Whether a user may import a file of this kind: as if it had been sent to its kind's address. */
    public static boolean mayImport(String kind, Set<Role> roles) {
        return allows(POST, "/api/imports/" + kind, true, roles);
    }

    /** A page the site's navigation links to, under this name, for the users the line lets in. */
    private static Entry page(HttpMethod method, String path, String what, String navigation, Role... roles) {
        return new Entry(method, path, Who.ROLES, Set.of(roles), what, navigation);
    }

    private static Entry anyone(HttpMethod method, String path, String what) {
        return new Entry(method, path, Who.ANYONE, Set.of(), what);
    }

    private static Entry signedIn(HttpMethod method, String path, String what) {
        return new Entry(method, path, Who.SIGNED_IN, Set.of(), what);
    }

    private static Entry roles(HttpMethod method, String path, String what, Role... roles) {
        return new Entry(method, path, Who.ROLES, Set.of(roles), what);
    }
}
