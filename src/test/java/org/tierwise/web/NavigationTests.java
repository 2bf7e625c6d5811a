package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.TestUsers;

/**
 * The navigation and the start page offer each user only what they may open: every link either shows
 * to a dev user answers them 200, and the pages their roles do not reach are not offered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationTests {

    private static final Pattern NAV = Pattern.compile("<nav aria-label=\"Main\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern MAIN = Pattern.compile("<main id=\"main\">(.*?)</main>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyLinkShownToAUserAnswersThem200() {
        return TestUsers.NAMES.stream()
                .map(user -> DynamicTest.dynamicTest(user, () -> {
                    List<String> links = links(user);
                    for (String link : links) {
                        int status = mvc.perform(
                                        get(link).accept(MediaType.TEXT_HTML).with(TestUsers.as(user)))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        assertThat(status).as(user + " follows " + link).isEqualTo(200);
                    }
                }));
    }

    @Test
    void eachRoleIsOfferedItsOwnPagesAndNoOthers() throws Exception {
        assertThat(links("officer")).contains("/schools", "/tiering", "/rules").doesNotContain("/finance");
        assertThat(links("commissioner"))
                .contains("/schools", "/tiering", "/rules")
                .doesNotContain("/finance");
        assertThat(links("policy")).contains("/rules").doesNotContain("/schools", "/tiering", "/finance");
        assertThat(links("finance")).contains("/finance", "/rules").doesNotContain("/schools", "/tiering");
        assertThat(links("admin")).doesNotContain("/schools", "/tiering", "/rules", "/finance");
        assertThat(links("lead")).contains("/schools", "/tiering", "/rules", "/finance");
    }

    @Test
    void theRuleCatalogueIsReadOnlyForStaffWhoAreNotPolicy() throws Exception {
        String officer = page("/rules", "officer");
        assertThat(officer).contains("id=\"catalogue\"", "id=\"read-only\"").doesNotContain("id=\"reload\"");
        String policy = page("/rules", "policy");
        assertThat(policy).contains("id=\"catalogue\"", "id=\"reload\"").doesNotContain("id=\"read-only\"");
    }

    /** The links of the header's navigation and of the start page's main part, without the session id. */
    private List<String> links(String user) throws Exception {
        String start = page("/", user);
        Set<String> links = new LinkedHashSet<>();
        for (Pattern part : List.of(NAV, MAIN)) {
            Matcher section = part.matcher(start);
            assertThat(section.find()).as(part.pattern()).isTrue();
            Matcher href = HREF.matcher(section.group(1));
            while (href.find()) {
                links.add(href.group(1).replaceAll(";jsessionid=[^?#]*", ""));
            }
        }
        return new ArrayList<>(links);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(TestUsers.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
