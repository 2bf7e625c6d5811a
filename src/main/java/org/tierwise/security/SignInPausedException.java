package org.tierwise.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Signing in as a user is paused after too many wrong passwords ({@link SignInThrottle}): the
 * password was not checked. A {@link LockedException}, so no other sign-in method is tried.
 */
final class SignInPausedException extends LockedException {

    private final String name;
    private final Duration retryAfter;

    SignInPausedException(String name, Duration retryAfter) {
        super("Too many wrong passwords for " + name + ": signing in as " + name + " is paused; try again in "
                + inWords(retryAfter));
        this.name = name;
        this.retryAfter = retryAfter;
    }

    /** The user name the sign-in was for. */
    String name() {
        return name;
    }

    /** Whole seconds until the pause ends, rounded up: the Retry-After header. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** "45 seconds", "1 minute", "15 minutes" (rounded up). */
    static String inWords(Duration left) {
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
