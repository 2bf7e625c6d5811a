package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.tierwise.TestUsers;

/**
 * Every endpoint and page the service maps (controllers, the API description, actuator), asked by
 * every dev user and by nobody: the roles {@link AccessTable} lets in are not refused (any status but
 * 401 and 403), everyone else is (401, 403, or for a page and nobody the sign-in form). An endpoint
 * the table does not list fails here, so a new endpoint cannot go unnoticed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

    private static final String NOBODY = "nobody";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}]+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    /** One request to try: a mapped method and a path with its variables filled in. */
    record Endpoint(HttpMethod method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyMappedEndpointIsInTheAccessTable() {
        List<String> missing = endpoints().stream()
                .filter(e -> AccessTable.entryFor(e.method(), e.path()).isEmpty())
                .map(Endpoint::toString)
                .toList();
        assertThat(missing)
                .as("endpoints no line of AccessTable decides (so everyone is refused)")
                .isEmpty();
    }

    @Test
    void theMatrixCoversTheEndpointsOfEveryKind() {
        List<String> paths = endpoints().stream().map(Endpoint::path).toList();
        assertThat(paths)
                .contains("/api/rules/reload", "/rules/reload", "/api/imports/ks2", "/api/imports/finance-funds")
                .contains("/login", "/error", "/v3/api-docs", "/actuator/health", "/actuator/metrics");
    }

    @TestFactory
    Stream<DynamicTest> everyUserIsLetInOrRefusedAsTheTableSays() {
        List<String> users = new ArrayList<>(TestUsers.NAMES);
        users.add(NOBODY);
        return endpoints().stream()
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    List<String> wrong = new ArrayList<>();
                    for (String user : users) {
                        boolean signedIn = !NOBODY.equals(user);
                        Set<Role> roles = signedIn ? TestUsers.ROLES.get(user) : Set.of();
                        boolean allowed = AccessTable.allows(endpoint.method(), endpoint.path(), signedIn, roles);
                        RequestPostProcessor as = signedIn ? TestUsers.as(user) : TestUsers.anonymous();
                        var response = mvc.perform(request(endpoint.method(), endpoint.path())
                                        .with(as)
                                        .header(
                                                "Accept",
                                                endpoint.path().startsWith("/api/") ? "application/json" : "text/html"))
                                .andReturn()
                                .getResponse();
                        int status = response.getStatus();
                        boolean refused = status == 401
                                || status == 403
                                || (status == 302
                                        && String.valueOf(response.getRedirectedUrl())
                                                .endsWith("/login"));
                        if (allowed == refused) {
                            wrong.add(user + " " + roles + " got " + status + " but the table says "
                                    + (allowed ? "allowed" : "refused"));
                        }
                    }
                    assertThat(wrong).as(endpoint.toString()).isEmpty();
                }));
    }

    /** Every mapped method and path, with sample values for the path variables. */
    private List<Endpoint> endpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        Collection<RequestMappingInfoHandlerMapping> mappings =
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<HttpMethod> tried = methods.isEmpty()
                        ? List.of(HttpMethod.GET, HttpMethod.POST)
                        : methods.stream().map(RequestMethod::asHttpMethod).toList();
                for (String pattern : info.getPatternValues()) {
                    for (String path : samples(pattern)) {
                        for (HttpMethod method : tried) {
                            if (seen.add(method + " " + path)) {
                                endpoints.add(new Endpoint(method, path));
                            }
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /** The pattern with each variable filled in; imports are tried for a finance kind, another kind and auto. */
    private static List<String> samples(String pattern) {
        if (pattern.equals("/api/imports/{kind}")) {
            return List.of("/api/imports/ks2", "/api/imports/finance-funds", "/api/imports/auto");
        }
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, matcher.group(0).startsWith("{*") ? "health" : "1");
        }
        matcher.appendTail(path);
        return List.of(path.toString());
    }
}
