package org.tierwise.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form posts to /login, which Spring Security handles. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
