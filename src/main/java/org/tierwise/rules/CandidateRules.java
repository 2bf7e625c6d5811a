package org.tierwise.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The rule directories a request may name. Rule files are code, so a request never names an
 * arbitrary path on the server: only the live rules directory ({@code tierwise.rules.dir}) or a
 * candidate directory under {@code tierwise.rules.candidates-dir}, named relative to it (e.g.
 * {@code "2025-floor-change"}). A name that leads outside it — {@code ..}, an absolute path elsewhere,
 * a symbolic link out — is refused.
 */
@Component
public class CandidateRules {

    private final Path live;
    private final Path candidates;

    CandidateRules(RulesProperties properties) {
        this.live = properties.dir().toAbsolutePath().normalize();
        this.candidates = properties.candidatesDir().toAbsolutePath().normalize();
    }

    /** Where candidate directories live. */
    public Path directory() {
        return candidates;
    }

    /**
     * The directory a request names: the live rules directory when {@code requested} is blank or
     * names it, otherwise a directory under the candidates directory.
     *
     * @throws IllegalArgumentException when the name leads outside the candidates directory
     * @throws RulesDirectoryNotFoundException when there is no such directory
     */
    public Path resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return live;
        }
        Path dir;
        try {
            dir = candidates.resolve(requested.trim()).normalize();
        } catch (InvalidPathException e) {
            throw outside(requested);
        }
        if (dir.equals(live)) {
            return live;
        }
        if (!dir.startsWith(candidates) || dir.equals(candidates)) {
            throw outside(requested);
        }
        if (!Files.isDirectory(dir)) {
            throw new RulesDirectoryNotFoundException(dir);
        }
        try {
            if (!dir.toRealPath().startsWith(candidates.toRealPath())) {
                throw outside(requested);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * A draft a request names to run — for what-if or cases: a directory under the candidates
     * directory, never the live rules directory, whose files on disk may not be the approved ones.
     *
     * @throws IllegalArgumentException when the name is blank, names the live rules directory or leads
     *     outside the candidates directory
     * @throws RulesDirectoryNotFoundException when there is no such directory
     */
    public Path resolveDraft(String requested) {
        if (requested == null || requested.isBlank()) {
            throw new IllegalArgumentException("Name the candidate rules directory under " + candidates
                    + " (tierwise.rules.candidates-dir), e.g. \"2025-floor-change\"");
        }
        Path dir = resolve(requested);
        if (dir.equals(live)) {
            throw new IllegalArgumentException("'" + requested + "' is the live rules directory: its files on disk may"
                    + " not be the approved rules, so they run only once approved; copy them to a directory under "
                    + candidates + " to try them");
        }
        return dir;
    }

    private IllegalArgumentException outside(String requested) {
        return new IllegalArgumentException("Candidate rules must be a directory under " + candidates
                + " (tierwise.rules.candidates-dir), named relative to it; '" + requested + "' is not");
    }
}
