package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

class HashPasswordCommandTests {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private int run(String stdin, String... args) throws Exception {
        HashPasswordCommand command =
                new HashPasswordCommand(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return command.run(List.of(args), out);
    }

    private String text() {
        return output.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void printsABcryptHashTheServiceAcceptsForThePasswordOnStandardInput() throws Exception {
        assertThat(run("correct horse battery\n", "--cost=5")).isZero();

        String hash = text();
        assertThat(hash).startsWith("{bcrypt}$2a$05$");
        assertThat(BCrypt.checkpw("correct horse battery", hash.substring("{bcrypt}".length())))
                .isTrue();
        new ConfiguredUsers(List.of(new SecuritySettings.User("jsmith", hash, java.util.Set.of(Role.OFFICER))), false);
    }

    @Test
    void refusesAShortPasswordAndABadCost() throws Exception {
        assertThat(run("short\n")).isEqualTo(2);
        assertThat(text()).contains("use at least 12").doesNotContain("bcrypt");

        output.reset();
        assertThat(run("correct horse battery\n", "--cost=3")).isEqualTo(2);
        assertThat(text()).contains("--cost must be a whole number from 4 to 31, was 3");

        output.reset();
        assertThat(run("")).isEqualTo(2);
        assertThat(text()).contains("No password was given");
    }
}
