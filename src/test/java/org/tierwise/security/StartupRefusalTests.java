package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.tierwise.TierwiseApplication;

/**
 * The service refuses to start with unsafe users unless the dev profile is on: checked on the
 * security configuration as Spring builds it from properties, and once on the whole service.
 */
class StartupRefusalTests {

    private final WebApplicationContextRunner security = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class))
            .withConfiguration(UserConfigurations.of(SecurityConfiguration.class));

    private static String bcrypt(String password) {
        return "{bcrypt}" + BCrypt.hashpw(password, BCrypt.gensalt(4));
    }

    @Test
    void startsWithAProperBcryptUser() {
        security.withPropertyValues(
                        "tierwise.security.users[0].name=jsmith",
                        "tierwise.security.users[0].password=" + bcrypt("a long passphrase"),
                        "tierwise.security.users[0].roles=OFFICER,COMMISSIONER")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(UserDetailsService.class)
                                    .loadUserByUsername("jsmith")
                                    .getAuthorities())
                            .hasSize(2);
                });
    }

    @Test
    void refusesWithoutUsers() {
        security.run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("no users are configured"));
    }

    @Test
    void refusesANoopPassword() {
        security.withPropertyValues(
                        "tierwise.security.users[0].name=jsmith",
                        "tierwise.security.users[0].password={noop}a long passphrase",
                        "tierwise.security.users[0].roles=OFFICER")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("user jsmith has a password that is not a bcrypt hash"));
    }

    @Test
    void refusesADevPasswordUnlessTheDevProfileIsOn() {
        WebApplicationContextRunner withDevUser = security.withPropertyValues(
                "tierwise.security.users[0].name=policy",
                "tierwise.security.users[0].password=" + bcrypt("policy-dev-pw"),
                "tierwise.security.users[0].roles=POLICY");

        withDevUser.run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("user policy has the development password policy-dev-pw"));
        withDevUser.withPropertyValues("spring.profiles.active=dev").run(context -> assertThat(context)
                .hasNotFailed());
    }

    @Test
    void theServiceWithTheDevUsersButWithoutTheDevProfileDoesNotStart() {
        SpringApplication app = new SpringApplication(TierwiseApplication.class);
        assertThatThrownBy(() -> app.run(
                        "--spring.profiles.active=",
                        "--spring.config.additional-location=classpath:application-dev.yml",
                        "--server.port=0",
                        "--tierwise.fixtures.load-on-empty=false",
                        "--spring.main.banner-mode=off"))
                .rootCause()
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("user officer has the development password officer-dev-pw")
                .hasMessageContaining("user lead has the development password lead-dev-pw");
    }
}
