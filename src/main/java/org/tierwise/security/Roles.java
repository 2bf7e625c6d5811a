package org.tierwise.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** A user's roles as Spring Security holds them ({@code ROLE_OFFICER}, ...). */
public final class Roles {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private Roles() {}

    /** The roles among a user's authorities; none for nobody. Other authorities are ignored. */
    public static Set<Role> of(Authentication user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (user == null) {
            return roles;
        }
        for (GrantedAuthority authority : user.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Whether the user of the current request holds this role. */
    public static boolean currentUserHolds(Role role) {
        return of(org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication())
                .contains(role);
    }

    /** Whether someone has signed in (not nobody, not the anonymous user). */
    public static boolean signedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !TRUST.isAnonymous(user);
    }
}
