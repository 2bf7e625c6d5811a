package org.tierwise.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tierwise.security}.
 *
 * @param users the users who may sign in: a name, a password hash ({@code {bcrypt}$2a$...}, made by
 *     {@code java -jar tierwise.jar hash-password}) and one or more roles
 */
@ConfigurationProperties("tierwise.security")
public record SecuritySettings(@DefaultValue List<User> users) {

    /** One configured user. */
    public record User(String name, String password, Set<Role> roles) {

        @Override
        public String toString() {
            return "User[name=" + name + ", roles=" + roles + "]";
        }
    }
}
