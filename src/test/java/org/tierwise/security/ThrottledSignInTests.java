package org.tierwise.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tierwise.TestUsers;

/**
 * Guessing passwords (issue 15): after five wrong ones in a row, signing in as that user, with HTTP
 * Basic or the sign-in form, is refused for a minute even with the right password; then it works.
 * The clock is the test's, so the minute passes without waiting. Each test uses its own users.
 */
@SpringBootTest(
        properties = {
            "tierwise.security.throttle.failures=5",
            "tierwise.security.throttle.pause=1m",
            "tierwise.security.throttle.longest-pause=15m"
        })
@AutoConfigureMockMvc
@Import(ThrottledSignInTests.Clocks.class)
class ThrottledSignInTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Instant.parse("2026-09-01T09:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AdjustableClock clock;

    @Test
    void twentyWrongBasicPasswordsThenTheRightOneIs429UntilThePauseHasPassed() throws Exception {
        for (int i = 1; i <= 20; i++) {
            mvc.perform(get("/api/schools").with(TestUsers.basic("officer", "guess-" + i)))
                    .andExpect(status().is(i <= 5 ? 401 : 429));
        }

        mvc.perform(get("/api/schools").with(TestUsers.as("officer")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.retryAfter").value(60))
                .andExpect(jsonPath("$.detail")
                        .value("Too many wrong passwords for officer: signing in as officer is paused;"
                                + " try again in 1 minute"));
        // Another user is not paused.
        mvc.perform(get("/api/schools").with(TestUsers.as("commissioner"))).andExpect(status().isOk());

        clock.advance(Duration.ofSeconds(59));
        mvc.perform(get("/api/schools").with(TestUsers.as("officer")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/api/schools").with(TestUsers.as("officer"))).andExpect(status().isOk());
    }

    @Test
    void twentyWrongPasswordsOnTheFormThenTheRightOneSayForHowLongSigningInIsPaused() throws Exception {
        for (int i = 1; i <= 20; i++) {
            mvc.perform(signIn("finance", "guess-" + i))
                    .andExpect(redirectedUrl(i <= 5 ? "/login?error" : "/login?paused"));
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(signIn("finance", TestUsers.password("finance")))
                .andExpect(redirectedUrl("/login?paused"))
                .andReturn()
                .getRequest()
                .getSession();

        mvc.perform(get("/login").param("paused", "").session(session).with(TestUsers.anonymous()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Too many wrong passwords for finance: signing in as finance is"
                                + " paused. Try again in 1 minute.")));
        mvc.perform(signIn("admin", TestUsers.password("admin"))).andExpect(redirectedUrl("/"));

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(signIn("finance", TestUsers.password("finance"))).andExpect(redirectedUrl("/"));
    }

    private static MockHttpServletRequestBuilder signIn(String name, String password) {
        return post("/login")
                .with(TestUsers.anonymous())
                .param("username", name)
                .param("password", password);
    }
}
