package org.tierwise.rules.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.tierwise.rules.RuleInfo;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RuleSetCheck;
import org.tierwise.rules.YamlList;
import tools.jackson.databind.JsonNode;

/**
 * The cases a rule set must have before it may go live: a cases file beside every rule file, read
 * strictly (an unknown key or field is an error at its line), and for every {@code @id} at least
 * one case where it must fire ({@code fired}) and one where it must not ({@code notFired}), in any
 * cases file of the directory.
 */
@Component
public class CasesCheck implements RuleSetCheck {

    static final String CASES_SUFFIX = ".cases.yaml";

    private final Map<String, CaseFacts> givens;
    private final Set<String> expectKeys;

    public CasesCheck(List<CaseFacts> givens, List<CaseExpectation> expectations) {
        this.givens = givens.stream().collect(Collectors.toUnmodifiableMap(CaseFacts::key, Function.identity()));
        this.expectKeys = expectations.stream().map(CaseExpectation::key).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<RuleProblem> check(Path root, List<RuleInfo> rules, List<String> ruleFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> casesFiles = casesFiles(root);
        for (String drl : ruleFiles) {
            String casesFile = casesFileFor(drl);
            if (!casesFiles.contains(casesFile)) {
                problems.add(error(
                        drl,
                        0,
                        "no cases file: write " + casesFile
                                + " with a case where each rule fires and one where it must not"));
            }
        }
        CaseFileReader reader = new CaseFileReader(givens, expectKeys);
        Set<String> fired = new HashSet<>();
        Set<String> notFired = new HashSet<>();
        for (String casesFile : casesFiles) {
            CaseFileReader.Read read;
            try {
                read = reader.read(casesFile, Files.readString(root.resolve(casesFile)));
            } catch (YamlList.Malformed e) {
                problems.add(
                        new RuleProblem(RuleProblem.Severity.ERROR, casesFile, e.line(), e.column(), e.getMessage()));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read cases file " + root.resolve(casesFile), e);
            }
            problems.addAll(read.problems());
            // A case with an error elsewhere still counts: its error is reported once, above.
            for (Map<String, JsonNode> expect : read.expectations()) {
                ids(expect.get(CaseFileReader.FIRED)).forEach(fired::add);
                ids(expect.get(CaseFileReader.NOT_FIRED)).forEach(notFired::add);
            }
        }
        for (RuleInfo rule : rules) {
            // A rule file without cases has its one error above; its rules are not listed again.
            if (rule.id() == null || rule.id().isBlank() || !casesFiles.contains(casesFileFor(rule.file()))) {
                continue;
            }
            String where = "rule \"" + rule.name() + "\" @id(\"" + rule.id() + "\") has no case where it ";
            String file = casesFileFor(rule.file());
            if (!fired.contains(rule.id())) {
                problems.add(error(
                        rule.file(),
                        rule.line(),
                        where + "fires: add a case to " + file + " with expect: { fired: [" + rule.id() + "] }"));
            }
            if (!notFired.contains(rule.id())) {
                problems.add(error(
                        rule.file(),
                        rule.line(),
                        where + "must not fire: add a case to " + file + " with expect: { notFired: [" + rule.id()
                                + "] } whose facts come close to it"));
            }
        }
        return problems;
    }

    private static Collection<String> ids(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> ids = new ArrayList<>();
            node.forEach(id -> ids.add(id.asString()));
            return ids;
        }
        return List.of(node.asString());
    }

    static String casesFileFor(String drl) {
        return drl.substring(0, drl.length() - ".drl".length()) + CASES_SUFFIX;
    }

    static List<String> casesFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(CASES_SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules directory " + dir.toAbsolutePath(), e);
        }
    }

    private static RuleProblem error(String file, int line, String message) {
        return new RuleProblem(RuleProblem.Severity.ERROR, file, line, 0, message);
    }
}
