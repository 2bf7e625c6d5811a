package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** Roles from the groups a council's single sign-on sends. */
class OidcRoleMapperTests {

    private final OidcRoleMapper mapper = new OidcRoleMapper(new SecuritySettings.Oidc(
            "groups",
            Map.of(
                    "sch-improvement-officers", Set.of(Role.OFFICER),
                    "commissioning-group", Set.of(Role.OFFICER, Role.COMMISSIONER),
                    "finance-team", Set.of(Role.FINANCE))));

    private static OidcUserAuthority signedIn(Map<String, Object> idClaims, Map<String, Object> userInfo) {
        Map<String, Object> claims = new java.util.HashMap<>(idClaims);
        claims.put("sub", "u-123");
        OidcIdToken token =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new OidcUserAuthority(token, userInfo == null ? null : new OidcUserInfo(userInfo));
    }

    private static List<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    @Test
    void eachListedGroupGivesItsRoles() {
        var roles = mapper.mapAuthorities(
                List.of(signedIn(Map.of("groups", List.of("commissioning-group", "finance-team")), null)));

        assertThat(names(roles)).containsExactly("ROLE_COMMISSIONER", "ROLE_FINANCE", "ROLE_OFFICER");
    }

    @Test
    void groupsNotListedGiveNothingAndNoGroupsNoRole() {
        assertThat(mapper.mapAuthorities(
                        List.of(signedIn(Map.of("groups", List.of("everyone", "Finance-Team")), null))))
                .isEmpty();
        assertThat(mapper.mapAuthorities(List.of(signedIn(Map.of(), null)))).isEmpty();
    }

    @Test
    void theClaimMayBeOneStringAndMayComeFromUserInfo() {
        assertThat(names(mapper.mapAuthorities(
                        List.of(signedIn(Map.of("groups", "sch-improvement-officers, finance-team"), null)))))
                .containsExactly("ROLE_FINANCE", "ROLE_OFFICER");
        assertThat(names(mapper.mapAuthorities(
                        List.of(signedIn(Map.of(), Map.of("sub", "u-123", "groups", List.of("finance-team")))))))
                .containsExactly("ROLE_FINANCE");
    }

    @Test
    void theClaimIsConfigurable() {
        OidcRoleMapper roles =
                new OidcRoleMapper(new SecuritySettings.Oidc("roles", Map.of("tierwise-policy", Set.of(Role.POLICY))));

        assertThat(names(roles.mapAuthorities(List.of(signedIn(
                        Map.of("roles", List.of("tierwise-policy"), "groups", List.of("finance-team")), null)))))
                .containsExactly("ROLE_POLICY");
    }
}
