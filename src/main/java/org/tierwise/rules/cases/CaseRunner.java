package org.tierwise.rules.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.rules.Compilation;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleInfo;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.YamlList;
import tools.jackson.databind.JsonNode;

/**
 * Runs cases files: each case against its own rule file's rules and against the whole rule set,
 * through the same {@link RuleEngine} real runs use.
 */
@Component
public class CaseRunner {

    private static final String CASES_SUFFIX = CasesCheck.CASES_SUFFIX;

    private final RuleSetCompiler compiler;
    private final RuleEngine engine;
    private final Map<String, CaseFacts> givens;
    private final Map<String, CaseExpectation> expectations;

    public CaseRunner(
            RuleSetCompiler compiler, RuleEngine engine, List<CaseFacts> givens, List<CaseExpectation> expectations) {
        this.compiler = compiler;
        this.engine = engine;
        this.givens = givens.stream().collect(Collectors.toUnmodifiableMap(CaseFacts::key, Function.identity()));
        this.expectations =
                expectations.stream().collect(Collectors.toUnmodifiableMap(CaseExpectation::key, Function.identity()));
    }

    /** Runs every case of a draft rules directory (or, from the CLI, any directory). */
    public CasesReport run(Path dir) {
        return run(dir, "");
    }

    /**
     * Runs the cases of the rule files under {@code dir} whose path starts with {@code only} (a
     * folder such as "tiering/" or one file such as "tiering/floor.drl"; "" for all).
     */
    public CasesReport run(Path dir, String only) {
        Compilation whole = compiler.compile(dir);
        if (!whole.succeeded()) {
            return new CasesReport(whole.version(), whole.errors(), List.of());
        }
        try {
            return run(whole.ruleSet(), dir, only);
        } finally {
            compiler.release(whole.ruleSet());
        }
    }

    /**
     * Runs the cases of a compiled rule set, such as the live one, on the rule files it was compiled
     * from rather than whatever is on disk now; the cases files are read from {@code casesDir}.
     */
    public CasesReport run(RuleSet ruleSet, Path casesDir, String only) {
        List<RuleProblem> problems = new ArrayList<>();
        List<CaseResult> results = new ArrayList<>();
        CaseFileReader reader = reader();
        List<String> ruleFiles = ruleSet.ruleFiles();
        List<String> casesFiles = CasesCheck.casesFiles(casesDir);
        for (String drl : ruleFiles) {
            String casesFile = drl.substring(0, drl.length() - 4) + CASES_SUFFIX;
            if (!selected(only, drl, casesFile)) {
                continue;
            }
            if (!casesFiles.contains(casesFile)) {
                problems.add(error(drl, 0, "no cases file: write " + casesFile));
                continue;
            }
            runFile(casesDir, drl, casesFile, ruleSet, reader, problems, results);
        }
        casesFiles.stream()
                .filter(path -> selected(only, path.substring(0, path.length() - CASES_SUFFIX.length()) + ".drl", path))
                .filter(path -> !ruleFiles.contains(path.substring(0, path.length() - CASES_SUFFIX.length()) + ".drl"))
                .forEach(path -> problems.add(error(path, 0, "cases file without a rule file beside it")));
        return new CasesReport(ruleSet.version(), problems, results);
    }

    private void runFile(
            Path dir,
            String drl,
            String casesFile,
            RuleSet whole,
            CaseFileReader reader,
            List<RuleProblem> problems,
            List<CaseResult> results) {
        List<RuleCase> cases;
        try {
            CaseFileReader.Read read = reader.read(casesFile, Files.readString(dir.resolve(casesFile)));
            results.addAll(read.broken());
            cases = read.cases();
        } catch (YamlList.Malformed e) {
            problems.add(new RuleProblem(RuleProblem.Severity.ERROR, casesFile, e.line(), e.column(), e.getMessage()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Compilation own = compiler.compileFile(whole, drl);
        if (!own.succeeded()) {
            problems.add(error(
                    drl,
                    0,
                    "does not compile on its own, so its cases cannot run on its rules alone: "
                            + own.errors().get(0)));
            return;
        }
        Set<String> ownIds = own.ruleSet().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        for (RuleCase ruleCase : cases) {
            List<String> differences = new ArrayList<>();
            if (ruleCase.ownFile()) {
                differences.addAll(check(ruleCase, own.ruleSet(), "own file", ownIds::contains));
            }
            differences.addAll(check(ruleCase, whole, "whole rule set", id -> true));
            results.add(new CaseResult(casesFile, ruleCase.line(), ruleCase.name(), differences));
        }
        compiler.release(own.ruleSet());
    }

    /**
     * Checks a case on a rule set. On a file's own rules only that file's rule ids are checked, and
     * only the expectations that one file can decide.
     */
    private List<String> check(RuleCase ruleCase, RuleSet ruleSet, String scope, Predicate<String> checkedIds) {
        boolean ownFile = !scope.equals("whole rule set");
        Evaluation evaluation;
        try {
            List<Object> facts = new ArrayList<>();
            ruleCase.given().forEach((key, node) -> facts.addAll(givens.get(key).facts(node)));
            evaluation = engine.evaluate(ruleSet, facts, ruleCase.asOf());
        } catch (RuntimeException e) {
            return List.of(scope + ": " + e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        List<String> fired = evaluation.firedRuleIds();
        ruleCase.expect().forEach((key, expected) -> {
            if (key.equals(CaseFileReader.FIRED)) {
                ids(expected).stream()
                        .filter(checkedIds)
                        .filter(id -> !fired.contains(id))
                        .forEach(id -> differences.add("expected " + id + " to fire; fired: " + fired));
            } else if (key.equals(CaseFileReader.NOT_FIRED)) {
                ids(expected).stream()
                        .filter(checkedIds)
                        .filter(fired::contains)
                        .forEach(id -> differences.add("expected " + id + " not to fire, but it fired"));
            } else if (!ownFile || expectations.get(key).checkedOnOwnFile()) {
                differences.addAll(expectations.get(key).differences(expected, evaluation));
            }
        });
        return differences.stream().map(difference -> scope + ": " + difference).toList();
    }

    /** A strict reader of cases files with the features' given and expect keys. */
    CaseFileReader reader() {
        return new CaseFileReader(givens, expectations.keySet());
    }

    /** A folder selects the files under it; a rule or cases file selects itself and its partner. */
    private static boolean selected(String only, String drl, String casesFile) {
        if (only.isEmpty()) {
            return true;
        }
        if (only.equals(drl) || only.equals(casesFile)) {
            return true;
        }
        return drl.startsWith(only.endsWith("/") ? only : only + "/");
    }

    private static Collection<String> ids(JsonNode node) {
        if (node.isArray()) {
            List<String> ids = new ArrayList<>();
            node.forEach(id -> ids.add(id.asString()));
            return ids;
        }
        return List.of(node.asString());
    }

    private static RuleProblem error(String file, int line, String message) {
        return new RuleProblem(RuleProblem.Severity.ERROR, file, line, 0, message);
    }
}
