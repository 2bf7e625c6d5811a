package org.tierwise.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a rules directory that make up a rule set: every {@code .drl} file, and the YAML
 * files in {@code parameters/}; plus the names of the cases files, which are checked but not part
 * of the version.
 */
record RuleSources(Path root, List<SourceFile> drlFiles, List<SourceFile> parameterFiles, Set<String> casesFiles) {

    static final String CASES_SUFFIX = ".cases.yaml";

    /** Reads the directory; a missing directory is an {@link IllegalArgumentException} naming it. */
    static RuleSources read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RulesDirectoryNotFoundException(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            refuseLinksOut(root, files);
            List<SourceFile> drl = files.stream()
                    .filter(file -> file.toString().endsWith(".drl"))
                    .map(file -> load(root, file))
                    .toList();
            List<SourceFile> parameters = files.stream()
                    .filter(file -> root.resolve("parameters").equals(file.getParent()))
                    .filter(file ->
                            file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .map(file -> load(root, file))
                    .toList();
            Set<String> cases = files.stream()
                    .map(file -> relative(root, file))
                    .filter(path -> path.endsWith(CASES_SUFFIX))
                    .collect(Collectors.toUnmodifiableSet());
            return new RuleSources(root, drl, parameters, cases);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules directory " + root.toAbsolutePath(), e);
        }
    }

    /**
     * A symbolic link among the files is followed only to a file inside the directory (as a mounted
     * configuration volume links its files): one that leads out could make a reviewed directory run
     * a file nobody reviewed, or read any file on the server.
     */
    private static void refuseLinksOut(Path root, List<Path> files) throws IOException {
        Path realRoot = root.toRealPath();
        for (Path file : files) {
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realRoot)) {
                throw new IllegalArgumentException("Rule file " + relative(root, file) + " in " + root
                        + " is a symbolic link to " + file.toRealPath()
                        + ", outside the rules directory; copy the file into the directory instead");
            }
        }
    }

    /** The same sources with only one rule file, to test that file's cases on its own rules. */
    RuleSources onlyDrl(String path) {
        return new RuleSources(
                root, drlFiles.stream().filter(file -> file.path().equals(path)).toList(), parameterFiles, casesFiles);
    }

    /** Digest of every file's path and content, labelled with the newest change time. */
    RuleSetVersion version() {
        List<SourceFile> all = Stream.concat(drlFiles.stream(), parameterFiles.stream())
                .sorted(Comparator.comparing(SourceFile::path))
                .toList();
        MessageDigest digest = sha256();
        for (SourceFile file : all) {
            digest.update(file.path().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.content().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        String label = all.stream()
                .map(SourceFile::modified)
                .max(Comparator.naturalOrder())
                .map(newest -> newest.truncatedTo(ChronoUnit.SECONDS).toString())
                .orElse("no rule files");
        return new RuleSetVersion(HexFormat.of().formatHex(digest.digest()), label);
    }

    static String casesFileFor(String drlPath) {
        return drlPath.substring(0, drlPath.length() - ".drl".length()) + CASES_SUFFIX;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static SourceFile load(Path root, Path file) {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return new SourceFile(relative(root, file), Files.readString(file, StandardCharsets.UTF_8), modified);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
