package org.tierwise.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a user name and password, from the sign-in form or HTTP Basic, unless signing in as that
 * name is paused ({@link SignInThrottle}); then it refuses without checking, so a paused name costs
 * no bcrypt. A wrong password (or a name that is not a user) is counted, a right one forgives.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        Duration paused = throttle.pausedFor(name);
        if (paused.compareTo(Duration.ZERO) > 0) {
            throw new SignInPausedException(name, paused);
        }
        try {
            Authentication user = passwords.authenticate(attempt);
            if (user != null) {
                throttle.succeeded(name);
            }
            return user;
        } catch (BadCredentialsException e) {
            throttle.failed(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
