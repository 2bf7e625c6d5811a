package org.tierwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the form posts to /login, which Spring Security handles; with single sign-on
 * configured, a link per provider. After too many wrong passwords it says for how long signing in as
 * that user is paused.
 */
@Controller
class LoginController {

    /** A single sign-on provider as the page links to it. */
    record Provider(String registrationId, String name) {}

    private final ObjectProvider<ClientRegistrationRepository> singleSignOn;
    private final ObjectProvider<SignInThrottle> throttle;

    LoginController(
            ObjectProvider<ClientRegistrationRepository> singleSignOn, ObjectProvider<SignInThrottle> throttle) {
        this.singleSignOn = singleSignOn;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        model.addAttribute("paused", request.getParameter("paused") == null ? null : paused(request));
        List<Provider> providers = new ArrayList<>();
        if (singleSignOn.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("providers", providers);
        return "login";
    }

    /** What the page says about the paused sign-in the session last had, with the time left now. */
    private String paused(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInPausedException p)) {
            return "Too many wrong passwords: signing in as that user is paused for a while. Try again later.";
        }
        SignInThrottle pauses = throttle.getIfAvailable();
        Duration left = pauses == null ? Duration.ZERO : pauses.pausedFor(p.name());
        return "Too many wrong passwords for " + p.name() + ": signing in as " + p.name() + " is paused. "
                + (left.compareTo(Duration.ZERO) > 0
                        ? "Try again in " + SignInPausedException.inWords(left) + "."
                        : "You may try again now.");
    }
}
