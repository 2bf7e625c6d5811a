package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.tierwise.TestUsers;

/**
 * With an OpenID Connect provider configured (endpoints given, so no provider is contacted), the
 * sign-in page offers it and following it goes to the provider's authorization endpoint.
 */
@SpringBootTest(
        properties = {
            "spring.security.oauth2.client.registration.council.provider=council",
            "spring.security.oauth2.client.registration.council.client-name=Hertfordshire County Council",
            "spring.security.oauth2.client.registration.council.client-id=tierwise",
            "spring.security.oauth2.client.registration.council.client-secret=not-a-real-secret",
            "spring.security.oauth2.client.registration.council.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.council.scope=openid,profile",
            "spring.security.oauth2.client.registration.council.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.council.authorization-uri=https://sso.example.invalid/authorize",
            "spring.security.oauth2.client.provider.council.token-uri=https://sso.example.invalid/token",
            "spring.security.oauth2.client.provider.council.jwk-set-uri=https://sso.example.invalid/jwks",
            "spring.security.oauth2.client.provider.council.user-name-attribute=sub",
            "tierwise.security.oidc.groups.commissioning-group=OFFICER,COMMISSIONER"
        })
@AutoConfigureMockMvc
class SingleSignOnTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersTheCouncilsSingleSignOn() throws Exception {
        mvc.perform(get("/login").with(TestUsers.anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/oauth2/authorization/council")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hertfordshire County Council")));
    }

    @Test
    void signingInWithItRedirectsToTheProvidersAuthorizationEndpoint() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/council").with(TestUsers.anonymous()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        UriComponents redirect =
                UriComponentsBuilder.fromUri(URI.create(location)).build();
        assertThat(redirect.getHost()).isEqualTo("sso.example.invalid");
        assertThat(redirect.getPath()).isEqualTo("/authorize");
        assertThat(redirect.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(redirect.getQueryParams().getFirst("client_id")).isEqualTo("tierwise");
        assertThat(redirect.getQueryParams().getFirst("scope")).isEqualTo("openid%20profile");
        assertThat(redirect.getQueryParams().getFirst("redirect_uri")).endsWith("/login/oauth2/code/council");
        assertThat(redirect.getQueryParams().getFirst("state")).isNotBlank();
        assertThat(redirect.getQueryParams().getFirst("nonce")).isNotBlank();
    }

    @Test
    void theFormAndHttpBasicStillWork() throws Exception {
        mvc.perform(get("/api/schools").with(TestUsers.as("officer"))).andExpect(status().isOk());
        mvc.perform(get("/schools").with(TestUsers.anonymous()))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }
}
