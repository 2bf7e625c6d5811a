package org.tierwise.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;

/**
 * {@code hash-password [--cost=N]}: reads a password (typed twice without echo at a terminal, else
 * the first line of standard input) and prints its bcrypt hash as {@code tierwise.security.users}
 * wants it. The password is never an argument, so it stays out of the shell's history.
 */
@Component
class HashPasswordCommand implements CliCommand {

    static final int DEFAULT_COST = 10;

    /** Shorter passwords are refused: a council's users sign in from anywhere on the council's network. */
    static final int MIN_LENGTH = 12;

    private final Console console;
    private final InputStream in;

    @Autowired
    HashPasswordCommand() {
        this(System.console(), System.in);
    }

    HashPasswordCommand(Console console, InputStream in) {
        this.console = console;
        this.in = in;
    }

    @Override
    public String name() {
        return "hash-password";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        int cost = DEFAULT_COST;
        for (String arg : args) {
            if (arg.startsWith("--cost=")) {
                try {
                    cost = Integer.parseInt(arg.substring("--cost=".length()));
                } catch (NumberFormatException e) {
                    cost = -1;
                }
                if (cost < 4 || cost > 31) {
                    out.println("--cost must be a whole number from 4 to 31, was " + arg.substring("--cost=".length()));
                    return 2;
                }
            } else {
                out.println("Unknown argument " + arg + "; usage: hash-password " + usage());
                return 2;
            }
        }
        char[] password = read(out);
        if (password == null) {
            return 2;
        }
        try {
            out.println("{bcrypt}" + BCrypt.hashpw(new String(password), BCrypt.gensalt(cost)));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password, or null (with the reason printed) when there is none or the two do not agree. */
    private char[] read(PrintStream out) throws Exception {
        char[] password;
        if (console != null) {
            password = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (password == null || !Arrays.equals(password, again)) {
                out.println("The two passwords differ; nothing was hashed");
                return null;
            }
        } else {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? null : line.toCharArray();
        }
        if (password == null || password.length == 0) {
            out.println("No password was given (type it, or pipe it on standard input); nothing was hashed");
            return null;
        }
        if (password.length < MIN_LENGTH) {
            out.println("The password has " + password.length + " characters; use at least " + MIN_LENGTH
                    + " (nothing was hashed)");
            Arrays.fill(password, '\0');
            return null;
        }
        return password;
    }
}
