package org.tierwise.security;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: who may sign in and with which roles (never their password hashes). */
@RestController
@ConditionalOnWebApplication
class UsersApiController {

    private final ConfiguredUsers users;

    UsersApiController(ConfiguredUsers users) {
        this.users = users;
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Every configured user with their roles")
    List<ConfiguredUsers.UserRoles> users() {
        return users.list();
    }
}
