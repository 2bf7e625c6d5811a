package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
            new RememberingPasswordEncoder(counting, Duration.ofMinutes(5), new Clock() {
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
            });

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
}
