package org.tierwise.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.RuleDirs;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.TestRules;
import org.tierwise.rules.cases.CaseFacts;
import org.tierwise.rules.cases.CaseRunner;
import org.tierwise.rules.cases.CasesCheck;
import org.tierwise.rules.testfacts.FlagExpectation;
import org.tierwise.rules.testfacts.Item;

class RulesCommandsTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
    }

    @Test
    void checkRulesListsErrorsAndExitsWithOne() {
        RuleDirs.write(
                dir,
                "flags/scores.drl",
                RuleDirs.read(dir.resolve("flags/scores.drl")).replace("score >= 90", "scor >= 90"));
        CheckRulesCommand command = new CheckRulesCommand(new RuleSetCompiler(), TestRules.properties(dir, 100));

        int exit = command.run(List.of(), out);

        assertThat(exit).isEqualTo(1);
        assertThat(text())
                .contains("flags/scores.drl:29:16 unknown field 'scor' of Item")
                .contains(": 1 error(s), 0 warning(s)");
    }

    @Test
    void checkRulesWithCasesRequiredListsAMisspeltCaseFieldAndAMissingCaseAndExitsWithOne() {
        RuleDirs.write(
                dir,
                "flags/scores.cases.yaml",
                RuleDirs.read(dir.resolve("flags/scores.cases.yaml"))
                        .replace(
                                "{ id: A, score: 55 } ]\n  expect:\n    notFired",
                                "{ id: A, scre: 55 } ]\n  expect:\n    notFired")
                        .replace("[T-001, T-002]", "[T-002]")
                        .replace("    notFired: [T-001]\n", ""));
        RuleSetCompiler strict = new RuleSetCompiler(
                true,
                List.of(new CasesCheck(List.of(CaseFacts.of("items", Item.class)), List.of(new FlagExpectation()))));
        CheckRulesCommand command = new CheckRulesCommand(strict, TestRules.properties(dir, 100));

        int exit = command.run(List.of(), out);

        assertThat(exit).isEqualTo(1);
        assertThat(text())
                .contains("flags/scores.cases.yaml:4:23 unknown field 'scre' in items entry 1 (allowed: id, score)")
                .contains("flags/scores.drl:14:0 rule \"An item scoring below the floor is flagged low\""
                        + " @id(\"T-001\") has no case where it must not fire")
                .contains(": 2 error(s), 0 warning(s)");
    }

    @Test
    void checkRulesPassesAGoodDirectory() {
        CheckRulesCommand command = new CheckRulesCommand(new RuleSetCompiler(), TestRules.properties(dir, 100));

        assertThat(command.run(List.of(dir.toString()), out)).isZero();
        assertThat(text()).contains(": 0 error(s), 0 warning(s); 2 rules, version ");
    }

    @Test
    void testRulesPrintsWhatDifferedAndExitsWithOne() {
        RuleDirs.write(
                dir,
                "flags/scores.cases.yaml",
                """
                - name: An item scoring 95 is flagged low, which is wrong
                  asOf: 2020-06-01
                  given: { items: [ { id: B, score: 95 } ] }
                  expect: { flags: { B: LOW } }
                """);
        CaseRunner runner = new CaseRunner(
                new RuleSetCompiler(),
                TestRules.engine(dir),
                List.of(CaseFacts.of("items", Item.class)),
                List.of(new FlagExpectation()));

        int exit = new TestRulesCommand(runner, TestRules.properties(dir, 100)).run(List.of(), out);

        assertThat(exit).isEqualTo(1);
        assertThat(text())
                .contains(
                        """
                        flags/scores.cases.yaml
                          FAIL An item scoring 95 is flagged low, which is wrong  (line 1)
                                 own file: flags: expected {B=LOW}, were {B=HIGH}
                                 whole rule set: flags: expected {B=LOW}, were {B=HIGH}
                        1 case(s): 0 passed, 1 failed; 0 problem(s).""");
    }

    private String text() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
