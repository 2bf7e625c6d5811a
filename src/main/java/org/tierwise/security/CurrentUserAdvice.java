package org.tierwise.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user on every page, for the header's "signed in as" and sign-out button. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    /** The signed-in user, or null on the sign-in page. */
    public record CurrentUser(String name, Set<Role> roles) {}

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return Roles.signedIn(user) ? new CurrentUser(user.getName(), Roles.of(user)) : null;
    }
}
