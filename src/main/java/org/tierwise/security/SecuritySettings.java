package org.tierwise.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tierwise.security}.
 *
 * @param users the users who may sign in: a name, a password hash ({@code {bcrypt}$2a$...}, made by
 *     {@code java -jar tierwise.jar hash-password}) and one or more roles
 * @param oidc how users signing in through the council's single sign-on get their roles
 * @param throttle how signing in is paused after wrong passwords
 */
@ConfigurationProperties("tierwise.security")
public record SecuritySettings(
        @DefaultValue List<User> users, @DefaultValue Oidc oidc, @DefaultValue Throttle throttle) {

    /**
     * Signing in as a user (the sign-in form and HTTP Basic alike) is paused after wrong passwords
     * for that user name, so passwords cannot be guessed at the speed of the service.
     *
     * @param failures wrong passwords in a row after which signing in as the user is paused
     * @param pause the first pause; each wrong password after one doubles it
     * @param longestPause the longest pause
     * @param forgetAfter wrong passwords are forgotten after this long without another (a right
     *     password forgets them at once)
     */
    public record Throttle(
            @DefaultValue("5") int failures,
            @DefaultValue("1m") Duration pause,
            @DefaultValue("15m") Duration longestPause,
            @DefaultValue("1d") Duration forgetAfter) {

        public Throttle {
            if (failures < 1) {
                throw new IllegalArgumentException(
                        "tierwise.security.throttle.failures must be at least 1, was " + failures);
            }
            if (pause.compareTo(Duration.ZERO) <= 0
                    || longestPause.compareTo(pause) < 0
                    || forgetAfter.compareTo(Duration.ZERO) <= 0) {
                throw new IllegalArgumentException("tierwise.security.throttle needs 0 < pause <= longest-pause and"
                        + " a positive forget-after, was pause " + pause + ", longest-pause " + longestPause
                        + ", forget-after " + forgetAfter);
            }
        }
    }

    /**
     * Roles for users who sign in with OpenID Connect (when a {@code
     * spring.security.oauth2.client.registration} is configured).
     *
     * @param rolesClaim the ID token or user-info claim that lists the user's groups
     * @param groups each group name the provider sends, with the roles it gives
     */
    public record Oidc(@DefaultValue("groups") String rolesClaim, @DefaultValue Map<String, Set<Role>> groups) {}

    /** One configured user. */
    public record User(String name, String password, Set<Role> roles) {

        @Override
        public String toString() {
            return "User[name=" + name + ", roles=" + roles + "]";
        }
    }
}
