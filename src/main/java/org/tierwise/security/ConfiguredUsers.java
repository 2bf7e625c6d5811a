package org.tierwise.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The users from {@code tierwise.security.users}. Outside the {@code dev} profile the service refuses
 * to start without users, with a password that is not a bcrypt hash, or with a development password
 * (a user's password is {@code <their name>-dev-pw}).
 */
public class ConfiguredUsers implements UserDetailsService {

    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private final Map<String, SecuritySettings.User> users;

    /**
     * @param dev whether the {@code dev} profile is active: any password, even a development one
     * @throws IllegalStateException naming every problem when the users may not be used
     */
    public ConfiguredUsers(List<SecuritySettings.User> configured, boolean dev) {
        List<String> problems = problems(configured, dev);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Refusing to start: the users in tierwise.security.users cannot be used:\n  - "
                            + String.join("\n  - ", problems)
                            + "\nMake a password hash with: java -jar tierwise.jar hash-password"
                            + " (to try the service with the development users, start it with --spring.profiles.active=dev)");
        }
        this.users = configured.stream().collect(Collectors.toMap(SecuritySettings.User::name, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        SecuritySettings.User user = users.get(name);
        if (user == null) {
            throw new UsernameNotFoundException("no user " + name);
        }
        return User.withUsername(user.name())
                .password(user.password())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    /** Every user with their roles, by name; never their password hashes. */
    public List<UserRoles> list() {
        return users.values().stream()
                .sorted(Comparator.comparing(SecuritySettings.User::name))
                .map(u -> new UserRoles(u.name(), new TreeSet<>(u.roles())))
                .toList();
    }

    /** A user's name and roles. */
    public record UserRoles(String name, Set<Role> roles) {}

    private static List<String> problems(List<SecuritySettings.User> users, boolean dev) {
        List<String> problems = new ArrayList<>();
        if (users.isEmpty() && !dev) {
            problems.add("no users are configured: give each a name, a password hash and roles");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            SecuritySettings.User user = users.get(i);
            String who = user.name() == null || user.name().isBlank() ? "user " + (i + 1) : "user " + user.name();
            if (user.name() == null || user.name().isBlank()) {
                problems.add(who + " has no name");
            } else if (!names.add(user.name())) {
                problems.add(who + " is configured twice");
            }
            if (user.roles() == null || user.roles().isEmpty()) {
                problems.add(who + " has no roles (roles: " + List.of(Role.values()) + ")");
            }
            if (user.password() == null || user.password().isBlank()) {
                problems.add(who + " has no password");
                continue;
            }
            if (dev) {
                continue;
            }
            if (!BCRYPT.matcher(user.password()).matches()) {
                problems.add(who + " has a password that is not a bcrypt hash ({bcrypt}$2a$10$ and 53 characters)"
                        + (user.password().startsWith("{noop}") ? ": {noop} passwords are stored as plain text" : ""));
            } else if (hasDevPassword(user)) {
                problems.add(who + " has the development password " + user.name()
                        + "-dev-pw, which is published in the source");
            }
        }
        return problems;
    }

    /**
     * Whether the user's password is the development password for their name, as when the dev users
     * are copied into a real configuration. (One bcrypt check per user: each takes about 0.1 s at
     * cost 10, so trying every dev password for every user would slow the start noticeably.)
     */
    private static boolean hasDevPassword(SecuritySettings.User user) {
        return BCrypt.checkpw(devPassword(user.name()), user.password().substring("{bcrypt}".length()));
    }

    /** The published password of a development user. */
    public static String devPassword(String name) {
        return name + "-dev-pw";
    }
}
