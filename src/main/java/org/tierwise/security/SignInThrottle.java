package org.tierwise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords by user name, and the pause they earn: after {@code failures} in a row, signing in
 * as that user is refused for {@code pause}, and each wrong password after a pause doubles it, up to
 * {@code longest-pause}. A right password forgets them; so does a {@code forget-after} without one.
 *
 * <p>Keyed by user name, not by address: council staff reach the service through a few proxies, so
 * pausing an address would pause everyone behind it. A name that is not a user is counted like one,
 * so the answers do not tell which names are users.
 *
 * <p>Past {@value #MAX_TRACKED} names the forgotten ones are dropped, then those not paused (their
 * count starts again). Paused names stay: each took {@code failures} bcrypt checks within a pause,
 * which bounds how many there can be.
 */
final class SignInThrottle {

    private static final int MAX_TRACKED = 10_000;

    /** Names longer than this are kept as a digest, so a long name costs no more memory than a short one. */
    private static final int LONGEST_KEPT_NAME = 64;

    /** One name's wrong passwords in a row, the last one's time, and the end of its pause (or null). */
    private record Failures(int count, Instant last, Instant pausedUntil) {}

    private final SecuritySettings.Throttle settings;
    private final Clock clock;
    private final int maxTracked;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(SecuritySettings.Throttle settings, Clock clock) {
        this(settings, clock, MAX_TRACKED);
    }

    SignInThrottle(SecuritySettings.Throttle settings, Clock clock, int maxTracked) {
        this.settings = settings;
        this.clock = clock;
        this.maxTracked = maxTracked;
    }

    /** How long signing in as this name is still paused: zero when it is not. */
    Duration pausedFor(String name) {
        Failures recorded = failures.get(key(name));
        if (recorded == null || recorded.pausedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), recorded.pausedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A wrong password for this name; the one that reaches {@code failures} starts a pause. */
    void failed(String name) {
        Instant now = clock.instant();
        failures.compute(key(name), (key, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, count < settings.failures() ? null : now.plus(pause(count)));
        });
        if (failures.size() > maxTracked) {
            failures.values().removeIf(recorded -> forgotten(recorded, now));
            if (failures.size() > maxTracked) {
                failures.values().removeIf(recorded -> !paused(recorded, now));
            }
        }
    }

    /** A right password for this name: its wrong ones are forgotten. */
    void succeeded(String name) {
        failures.remove(key(name));
    }

    /** How many names are remembered. */
    int tracked() {
        return failures.size();
    }

    /** The pause after the count-th wrong password in a row: the first pause, doubled for each after it. */
    private Duration pause(int count) {
        Duration pause = settings.pause().multipliedBy(1L << Math.min(count - settings.failures(), 20));
        return pause.compareTo(settings.longestPause()) > 0 ? settings.longestPause() : pause;
    }

    private static boolean paused(Failures recorded, Instant now) {
        return recorded.pausedUntil() != null && now.isBefore(recorded.pausedUntil());
    }

    private boolean forgotten(Failures recorded, Instant now) {
        return !paused(recorded, now) && !now.isBefore(recorded.last().plus(settings.forgetAfter()));
    }

    private static String key(String name) {
        String given = name == null ? "" : name;
        if (given.length() <= LONGEST_KEPT_NAME) {
            return given;
        }
        try {
            return "sha-256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(given.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
