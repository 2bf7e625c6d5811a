package org.tierwise.security;

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
 */
@ConfigurationProperties("tierwise.security")
public record SecuritySettings(@DefaultValue List<User> users, @DefaultValue Oidc oidc) {

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
