package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wrong passwords pause signing in as that name: how long, for whom, and how much is remembered. */
class SignInThrottleTests {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-09-01T09:00:00Z"));
    private final SecuritySettings.Throttle settings =
            new SecuritySettings.Throttle(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1));
    private final SignInThrottle throttle = new SignInThrottle(settings, clock, 100);

    @Test
    void theFifthWrongPasswordPausesForAMinuteAndEachAfterAPauseDoublesItUpToTheLongest() {
        fail("officer", 4);
        assertThat(throttle.pausedFor("officer")).isZero();
        fail("officer", 1);
        assertThat(throttle.pausedFor("officer")).isEqualTo(Duration.ofMinutes(1));

        for (Duration expected : new Duration[] {
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15)
        }) {
            clock.advance(throttle.pausedFor("officer"));
            assertThat(throttle.pausedFor("officer")).isZero();
            fail("officer", 1);
            assertThat(throttle.pausedFor("officer")).isEqualTo(expected);
        }
        assertThat(throttle.pausedFor("finance")).as("another name").isZero();
    }

    @Test
    void aRightPasswordForgetsTheWrongOnes() {
        fail("officer", 4);
        throttle.succeeded("officer");
        fail("officer", 4);

        assertThat(throttle.pausedFor("officer")).isZero();
    }

    @Test
    void wrongPasswordsAreForgottenAfterADayWithoutAnother() {
        fail("officer", 4);
        clock.advance(Duration.ofDays(1));
        fail("officer", 4);

        assertThat(throttle.pausedFor("officer")).isZero();
    }

    @Test
    void manyNamesAreForgottenButAPausedNameStaysPaused() {
        fail("officer", 5);
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("guessed-name-" + i);
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(101);
        assertThat(throttle.pausedFor("officer")).isEqualTo(Duration.ofMinutes(1));
        String longName = "x".repeat(100_000);
        fail(longName, 5);
        assertThat(throttle.pausedFor(longName)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.pausedFor("x".repeat(99_999) + "y")).isZero();
    }

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name);
        }
    }
}
