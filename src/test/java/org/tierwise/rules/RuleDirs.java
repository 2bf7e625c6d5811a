package org.tierwise.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** Builds rules directories for tests: copies of the sample sets under src/test/resources/rulesets, and edits. */
public final class RuleDirs {

    private RuleDirs() {}

    /** Copies {@code rulesets/<name>} into {@code target}. */
    public static Path copy(String name, Path target) {
        Path source = Paths.get("src/test/resources/rulesets", name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} to {@code dir/path}, creating folders. */
    public static Path write(Path dir, String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule file in package {@code flags} with the usual imports and the given rules. */
    public static String drl(String rules) {
        return """
                package flags;

                import org.tierwise.rules.Explanation;
                import org.tierwise.rules.Parameter;
                import org.tierwise.rules.testfacts.Item;
                import org.tierwise.rules.testfacts.Flag;
                import org.tierwise.rules.testfacts.Gate;

                """
                + rules;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
