package org.tierwise.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurerAdapter;
import org.springframework.web.context.WebApplicationContext;
import org.tierwise.TestUsers;

/**
 * Every MockMvc request is made by the dev user {@code lead} (every role), with a CSRF token, so
 * tests written without signing in keep working. A test says otherwise with:
 *
 * <ul>
 *   <li>{@code .with(TestUsers.as("officer"))}, {@code .with(TestUsers.anonymous())} or {@code
 *       .with(TestUsers.withoutCsrfToken())}: they come after this default and override it;
 *   <li>{@code @WithMockUser};
 *   <li>{@code .principal(...)} with a plain principal: a user of that name with lead's roles;
 *   <li>its own Authorization header or signed-in session, left alone (it tests signing in).
 * </ul>
 *
 * Listed in META-INF/spring/...AutoConfigureMockMvc.imports, so every {@code @AutoConfigureMockMvc}
 * test has it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSignsInAsLead {

    @Bean
    MockMvcBuilderCustomizer signInAsLead(ObjectProvider<UserDetailsService> users) {
        return builder -> builder.apply(new MockMvcConfigurerAdapter() {
            @Override
            public RequestPostProcessor beforeMockMvcCreated(
                    ConfigurableMockMvcBuilder<?> mockMvc, WebApplicationContext context) {
                return request -> {
                    if (signsItselfIn(request)) {
                        return request;
                    }
                    if (TestSecurityContextHolder.getContext().getAuthentication() == null) {
                        UserDetails lead = users.getObject().loadUserByUsername(TestUsers.LEAD);
                        Principal named = request.getUserPrincipal();
                        user(named == null || named instanceof Authentication
                                        ? lead
                                        : User.withUserDetails(lead)
                                                .username(named.getName())
                                                .build())
                                .postProcessRequest(request);
                    }
                    return csrf().postProcessRequest(request);
                };
            }
        });
    }

    /**
     * A request that carries its own credentials or a signed-in session (and, then, its own CSRF
     * token) is left alone: it tests signing in itself.
     */
    private static boolean signsItselfIn(MockHttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || (session != null
                        && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                != null);
    }
}
