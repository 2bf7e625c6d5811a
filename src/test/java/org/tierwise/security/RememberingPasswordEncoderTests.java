package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTests {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-09-01T09:00:00Z");

    private final RememberingPasswordEncoder encoder =
            new RememberingPasswordEncoder(counting, Duration.ofMinutes(5), clock());

    private Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    @Test
    void aRightPasswordIsCheckedWithBcryptOnceInFiveMinutes() {
        String hash = bcrypt.encode("a long passphrase");

        assertThat(encoder.matches("a long passphrase", hash)).isTrue();
        assertThat(encoder.matches("a long passphrase", hash)).isTrue();
        now = now.plus(Duration.ofMinutes(4));
        assertThat(encoder.matches("a long passphrase", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);

        now = now.plus(Duration.ofMinutes(2));
        assertThat(encoder.matches("a long passphrase", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedWithBcryptEveryTime() {
        String hash = bcrypt.encode("a long passphrase");

        assertThat(encoder.matches("a guess", hash)).isFalse();
        assertThat(encoder.matches("a guess", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aChangedHashIsCheckedAfresh() {
        String old = bcrypt.encode("a long passphrase");
        assertThat(encoder.matches("a long passphrase", old)).isTrue();

        String changed = bcrypt.encode("a new long passphrase");
        assertThat(encoder.matches("a long passphrase", changed)).isFalse();
        assertThat(encoder.matches("a new long passphrase", changed)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void pastItsBoundItForgetsExpiredChecksFirstThenAll() {
        RememberingPasswordEncoder small = new RememberingPasswordEncoder(counting, Duration.ofMinutes(5), clock(), 2);
        String a = bcrypt.encode("passphrase a");
        String b = bcrypt.encode("passphrase b");
        String c = bcrypt.encode("passphrase c");

        assertThat(small.matches("passphrase a", a)).isTrue();
        now = now.plus(Duration.ofMinutes(6));
        assertThat(small.matches("passphrase b", b)).isTrue();
        // Three remembered, one of them expired: dropping it is enough, b stays remembered.
        assertThat(small.matches("passphrase c", c)).isTrue();
        assertThat(small.matches("passphrase b", b)).isTrue();
        assertThat(bcryptChecks).hasValue(3);

        // a again: three unexpired checks, so all are forgotten and b costs a bcrypt again.
        assertThat(small.matches("passphrase a", a)).isTrue();
        assertThat(small.matches("passphrase b", b)).isTrue();
        assertThat(bcryptChecks).hasValue(5);
    }

    @Test
    void requestsArrivingDuringACheckWaitForItInsteadOfEachRunningBcrypt() throws Exception {
        String hash = bcrypt.encode("a long passphrase");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RememberingPasswordEncoder slow = new RememberingPasswordEncoder(
                new PasswordEncoder() {
                    @Override
                    public String encode(CharSequence raw) {
                        return bcrypt.encode(raw);
                    }

                    @Override
                    public boolean matches(CharSequence raw, String encoded) {
                        bcryptChecks.incrementAndGet();
                        entered.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return bcrypt.matches(raw, encoded);
                    }
                },
                Duration.ofMinutes(5),
                clock());
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            answers.add(threads.submit(() -> slow.matches("a long passphrase", hash)));
            entered.await();
            for (int i = 0; i < 9; i++) {
                answers.add(threads.submit(() -> slow.matches("a long passphrase", hash)));
            }
            Thread.sleep(200);
            release.countDown();

            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(bcryptChecks).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
