package org.tierwise.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Gives a user who signs in through the council's single sign-on the roles their groups map to:
 * the claim {@code tierwise.security.oidc.roles-claim} (default {@code groups}) lists the groups, and
 * {@code tierwise.security.oidc.groups} says which roles each group gives. A group not listed gives
 * nothing, so a user in no listed group signs in with no role and may only see the start page.
 */
public final class OidcRoleMapper implements GrantedAuthoritiesMapper {

    private final String claim;
    private final Map<String, Set<Role>> groups;

    public OidcRoleMapper(SecuritySettings.Oidc settings) {
        this.claim = settings.rolesClaim();
        this.groups = Map.copyOf(settings.groups());
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            Map<String, Object> attributes = attributes(authority);
            if (attributes != null) {
                for (String group : groupsIn(attributes.get(claim))) {
                    roles.addAll(groups.getOrDefault(group, Set.of()));
                }
            }
        }
        Set<GrantedAuthority> mapped = new HashSet<>();
        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority(role.authority())));
        return mapped;
    }

    private static Map<String, Object> attributes(GrantedAuthority authority) {
        if (authority instanceof OidcUserAuthority oidc) {
            Map<String, Object> all = new HashMap<>(oidc.getIdToken().getClaims());
            if (oidc.getUserInfo() != null) {
                all.putAll(oidc.getUserInfo().getClaims());
            }
            return all;
        }
        if (authority instanceof OAuth2UserAuthority oauth2) {
            return oauth2.getAttributes();
        }
        return null;
    }

    /** A claim may be a list of names or one string of names separated by commas or spaces. */
    private static List<String> groupsIn(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> names.add(String.valueOf(item).trim()));
        } else if (value instanceof String text) {
            for (String name : text.split("[,\\s]+")) {
                if (!name.isBlank()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
