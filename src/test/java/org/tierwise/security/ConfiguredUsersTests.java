package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Which user configurations the service accepts, in and out of the dev profile. */
class ConfiguredUsersTests {

    private static SecuritySettings.User user(String name, String password, Role... roles) {
        return new SecuritySettings.User(name, password, Set.of(roles));
    }

    private static String bcrypt(String password) {
        return "{bcrypt}" + BCrypt.hashpw(password, BCrypt.gensalt(4));
    }

    @Test
    void aBcryptUserWithRolesIsAccepted() {
        ConfiguredUsers users =
                new ConfiguredUsers(List.of(user("jsmith", bcrypt("a long passphrase"), Role.OFFICER)), false);

        assertThat(users.loadUserByUsername("jsmith").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_OFFICER");
        assertThat(users.list()).containsExactly(new ConfiguredUsers.UserRoles("jsmith", Set.of(Role.OFFICER)));
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void noUsersIsRefusedOutsideDev() {
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(), false))
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("no users are configured")
                .hasMessageContaining("hash-password");
        assertThat(new ConfiguredUsers(List.of(), true).list()).isEmpty();
    }

    @Test
    void plainAndNoopPasswordsAreRefusedOutsideDevWithoutShowingThem() {
        List<SecuritySettings.User> plain =
                List.of(user("a", "{noop}secret-one", Role.OFFICER), user("b", "secret-two", Role.FINANCE));

        assertThatThrownBy(() -> new ConfiguredUsers(plain, false))
                .hasMessageContaining("user a has a password that is not a bcrypt hash")
                .hasMessageContaining("{noop} passwords are stored as plain text")
                .hasMessageContaining("user b has a password that is not a bcrypt hash")
                .hasMessageNotContaining("secret");
        assertThat(new ConfiguredUsers(plain, true).list()).hasSize(2);
    }

    @Test
    void aDevelopmentPasswordIsRefusedOutsideDev() {
        List<SecuritySettings.User> copied = List.of(user("officer", bcrypt("officer-dev-pw"), Role.OFFICER));

        assertThatThrownBy(() -> new ConfiguredUsers(copied, false))
                .hasMessageContaining("user officer has the development password officer-dev-pw");
        assertThat(new ConfiguredUsers(copied, true).list()).hasSize(1);
    }

    @Test
    void namesRolesAndPasswordsAreRequiredEvenInDev() {
        List<SecuritySettings.User> bad = List.of(
                user("same", bcrypt("a long passphrase"), Role.OFFICER),
                user("same", bcrypt("another passphrase"), Role.POLICY),
                user(" ", bcrypt("a long passphrase"), Role.POLICY),
                user("noroles", bcrypt("a long passphrase")),
                user("nopassword", null, Role.ADMIN));

        assertThatThrownBy(() -> new ConfiguredUsers(bad, true))
                .hasMessageContaining("user same is configured twice")
                .hasMessageContaining("user 3 has no name")
                .hasMessageContaining("user noroles has no roles")
                .hasMessageContaining("user nopassword has no password");
    }
}
