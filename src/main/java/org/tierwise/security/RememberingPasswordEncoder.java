package org.tierwise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt is slow on purpose (about 0.1 s at cost 10), and the stateless API checks the password on
 * every request: 100 clients would spend the service's CPU on hashing. So a successful check is
 * remembered for a few minutes, keyed by a SHA-256 digest of the stored hash and the password (never
 * the password itself). A failed check is never remembered, so guessing still costs a bcrypt per
 * try, and a changed hash misses at once.
 *
 * <p>Every API request comes through here, so the remembered checks are read without a lock: under
 * a global lock, 100 concurrent requests queued behind whichever thread the scheduler had paused
 * while holding it. Past {@value #MAX_REMEMBERED} remembered checks the expired ones are dropped,
 * and if that is not enough all are forgotten (each user then pays one bcrypt again).
 *
 * <p>Requests with the same credentials that arrive while they are being checked wait for that one
 * check instead of each running bcrypt: when a script's 100 parallel requests start, or its check
 * expires, it costs one bcrypt, not 100 at once on a CPU the queries need. (Concurrent identical
 * wrong guesses share their failed check too; each different guess still costs its own bcrypt.)
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder delegate;
    private final Duration remember;
    private final Clock clock;
    private final int maxRemembered;
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration remember, Clock clock) {
        this(delegate, remember, clock, MAX_REMEMBERED);
    }

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration remember, Clock clock, int maxRemembered) {
        this.delegate = delegate;
        this.remember = remember;
        this.clock = clock;
        this.maxRemembered = maxRemembered;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = digest(encodedPassword + '\n' + rawPassword);
        Instant now = clock.instant();
        Instant until = remembered.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return waitFor(running);
        }
        try {
            boolean matches = delegate.matches(rawPassword, encodedPassword);
            if (matches) {
                remember(key, now);
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    private void remember(String key, Instant now) {
        remembered.put(key, now.plus(remember));
        if (remembered.size() > maxRemembered) {
            remembered.values().removeIf(expires -> !now.isBefore(expires));
            if (remembered.size() > maxRemembered) {
                remembered.clear();
            }
        }
    }

    /** The outcome of another thread's check of the same credentials, or what it threw. */
    private static boolean waitFor(CompletableFuture<Boolean> check) {
        try {
            return check.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
