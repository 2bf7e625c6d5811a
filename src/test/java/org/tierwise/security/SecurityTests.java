package org.tierwise.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.TestUsers;

/** Signing in and out, 401 and 403 as problem details, CSRF on the pages, and the test defaults themselves. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiWithoutCredentialsAnswers401AsAProblemWithoutABasicChallenge() throws Exception {
        // A Basic challenge would make a browser ask for a password and then send it with forged forms.
        mvc.perform(get("/api/schools").with(TestUsers.anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Tierwise realm=\"Tierwise\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HTTP Basic")));
        mvc.perform(get("/api/schools").with(TestUsers.anonymous()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Tierwise realm=\"Tierwise\""));
        mvc.perform(get("/actuator/metrics").with(TestUsers.anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Tierwise realm=\"Tierwise\""));
    }

    @Test
    void aWrongPasswordAnswers401WithoutABasicChallenge() throws Exception {
        mvc.perform(get("/api/schools").with(TestUsers.basic("officer", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Tierwise realm=\"Tierwise\""))
                .andExpect(jsonPath("$.detail").value("The user name or password is wrong"));
    }

    @Test
    void aUserWithoutTheRoleAnswers403NamingTheRoleNeeded() throws Exception {
        mvc.perform(post("/api/rules/reload").with(TestUsers.as("officer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.needs").value("POLICY"))
                .andExpect(jsonPath("$.detail")
                        .value("user officer ([OFFICER]) may not POST /api/rules/reload: it needs POLICY"));
    }

    @Test
    void aRequestsOwnUserOverridesTheDefaultLead() throws Exception {
        mvc.perform(get("/api/schools")).andExpect(status().isOk());
        mvc.perform(get("/api/schools").with(TestUsers.as("policy"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/schools").with(TestUsers.as("officer"))).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "FINANCE")
    void withMockUserOverridesTheDefaultLead() throws Exception {
        mvc.perform(get("/api/schools")).andExpect(status().isForbidden());
        mvc.perform(get("/api/imports")).andExpect(status().isOk());
    }

    @Test
    void pagesSendAnonymousUsersToTheSignInForm() throws Exception {
        mvc.perform(get("/schools").with(TestUsers.anonymous()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").with(TestUsers.anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void aPageFormWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/rules/reload").with(TestUsers.withoutCsrfToken())).andExpect(status().isForbidden());
        mvc.perform(post("/rules/reload")).andExpect(status().isFound()).andExpect(redirectedUrl("/rules"));
    }

    @Test
    void aSignedInUsersFormWithoutItsCsrfTokenIsToldToReloadThePageNotThatARoleIsMissing() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .with(TestUsers.anonymous())
                        .param("username", "policy")
                        .param("password", TestUsers.password("policy")))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        String reload = "The form had expired or lacked its security token, so nothing was changed."
                + " You are signed in as policy: reload the page and try again.";

        mvc.perform(post("/rules/reload").session(session))
                .andExpect(status().isForbidden())
                .andExpect(status().reason(reload));
        mvc.perform(post("/rules/reload").session(session).param("_csrf", "not-the-sessions-token"))
                .andExpect(status().isForbidden())
                .andExpect(status().reason(reload));
    }

    @Test
    void aFormWithoutACsrfTokenFromNobodySignedInSaysToSignInAndReload() throws Exception {
        mvc.perform(post("/rules/reload").with(TestUsers.anonymous()).with(TestUsers.withoutCsrfToken()))
                .andExpect(status().isForbidden())
                .andExpect(status().reason(org.hamcrest.Matchers.containsString(
                        "lacked its security token, so nothing was changed, and you are not signed in")));
    }

    @Test
    void aWrongPasswordOnTheFormSaysSo() throws Exception {
        mvc.perform(post("/login")
                        .with(TestUsers.anonymous())
                        .param("username", "officer")
                        .param("password", "guess"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void administratorsListTheUsersAndTheirRolesWithoutPasswordHashes() throws Exception {
        mvc.perform(get("/api/admin/users").with(TestUsers.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'officer')].roles[0]").value("OFFICER"))
                .andExpect(jsonPath("$[?(@.name == 'lead')].roles.length()")
                        .value(org.tierwise.security.Role.values().length))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("$2a$"))))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("password"))));
        mvc.perform(get("/api/admin/users").with(TestUsers.as("policy"))).andExpect(status().isForbidden());
    }

    @Test
    void aFileSentToAutoNeedsTheRoleOfTheKindItIsRecognisedAs() throws Exception {
        MockMultipartFile funds = new MockMultipartFile(
                "file",
                "funds.csv",
                "text/csv",
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/finance/finance_funds.csv")));

        mvc.perform(multipart("/api/imports/auto").file(funds).with(TestUsers.as("commissioner")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("funds.csv is a 'finance-funds' file, which needs FINANCE"));
        mvc.perform(multipart("/api/imports/finance-funds").file(funds).with(TestUsers.as("commissioner")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/imports/auto").file(funds).with(TestUsers.as("finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("finance-funds"));
    }

    @Test
    void theStyleSheetAndHealthAreOpenToAnyone() throws Exception {
        mvc.perform(get("/css/tierwise.css").with(TestUsers.anonymous())).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(TestUsers.anonymous())).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics").with(TestUsers.anonymous())).andExpect(status().isUnauthorized());
    }
}
