package org.tierwise.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tierwise.web.PageErrors;

/**
 * Who may do what, decided by {@link AccessTable} for every request.
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every request, no session, no CSRF token; 401 and 403 as
 *       problem details. A GET may also use the page session, for the downloads the pages link to.
 *       A change that another site's page could have sent is refused ({@link CrossSiteApiFilter}).
 *   <li>Everything else (the pages): a sign-in form, a session, CSRF tokens on every form, sign out;
 *       and, when an OpenID Connect provider is configured, signing in through it, with roles from
 *       the user's groups ({@link OidcRoleMapper}).
 * </ul>
 *
 * Only for the web service: batch commands ({@code java -jar tierwise.jar import ...}) serve nothing
 * and sign nobody in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** Outside /api, what scripts rather than people read: they get a 401 problem, not the sign-in form. */
    private static final RequestMatcher SCRIPTS = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"),
            PathPatternRequestMatcher.pathPattern("/v3/api-docs"),
            PathPatternRequestMatcher.pathPattern("/actuator/**"));

    /** Request attribute telling the 403 page that a form's CSRF token was missing or wrong. */
    static final String EXPIRED_FORM = "expiredForm";

    @Bean
    ConfiguredUsers configuredUsers(SecuritySettings settings, Environment environment) {
        return new ConfiguredUsers(settings.users(), environment.acceptsProfiles(Profiles.of("dev")));
    }

    /** Hashes by their {id} prefix ({bcrypt}); a successful check is remembered for five minutes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(5), Clock.systemUTC());
    }

    @Bean
    SignInThrottle signInThrottle(SecuritySettings settings, ObjectProvider<Clock> clock) {
        return new SignInThrottle(settings.throttle(), clock.getIfAvailable(Clock::systemUTC));
    }

    /** User names and passwords from the configured users, checked unless signing in as the name is paused. */
    @Bean
    AuthenticationProvider passwords(ConfiguredUsers users, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(checked, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().access(new AccessTableAuthorization()))
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new ApiReadsFromPageSession()))
                .requestCache(cache -> cache.disable())
                // After the user is let in, so a request without credentials is still told 401 first.
                .addFilterAfter(new CrossSiteApiFilter(), AuthorizationFilter.class)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, SecuritySettings settings, ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        ProblemResponses problems = new ProblemResponses();
        AccessDeniedHandler forbiddenPage = (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                // The error page says to reload rather than to ask for a role.
                request.setAttribute(EXPIRED_FORM, true);
                response.sendError(403, ProblemResponses.expiredForm());
            } else if (PageErrors.isPageRequest(request) && ProblemResponses.unknownPath(request)) {
                // No line of the table is for this path: there is no such page, for anyone.
                request.setAttribute(PageErrors.TITLE, "Page not found");
                response.sendError(404, "There is no page at " + AccessTableAuthorization.path(request));
            } else {
                ProblemResponses.describeForbiddenPage(request);
                response.sendError(403, ProblemResponses.forbidden(request));
            }
        };
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().access(new AccessTableAuthorization()))
                .formLogin(form -> form.loginPage("/login").failureHandler(signInFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // For the API description and actuator from scripts; browsers are sent to the sign-in form.
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, SCRIPTS)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(forbiddenPage));
        // Single sign-on, when the council configures a spring.security.oauth2.client.registration.
        if (singleSignOn.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new OidcRoleMapper(settings.oidc()))));
        }
        return http.build();
    }

    /** A wrong password goes back to the form saying so; a paused sign-in says for how long. */
    private static AuthenticationFailureHandler signInFailures() {
        // Each keeps the failure in the session, where the sign-in page finds the paused user's name.
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler paused = new SimpleUrlAuthenticationFailureHandler("/login?paused");
        return (request, response, failure) -> (failure instanceof SignInPausedException ? paused : wrong)
                .onAuthenticationFailure(request, response, failure);
    }
}
