package org.tierwise.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.RuleDirs;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.TestRules;
import org.tierwise.rules.testfacts.FlagExpectation;
import org.tierwise.rules.testfacts.Item;

class CaseRunnerTests {

    @TempDir
    Path dir;

    private CaseRunner runner;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
        RuleEngine engine = TestRules.engine(dir);
        runner = new CaseRunner(
                new RuleSetCompiler(),
                engine,
                List.of(CaseFacts.of("items", Item.class)),
                List.of(new FlagExpectation()));
    }

    @Test
    void passesEveryCaseOfTheSampleRuleSet() {
        CasesReport report = runner.run(dir);

        assertThat(report.cases())
                .extracting(CaseResult::name)
                .containsExactly(
                        "In 2018, an item scoring 55 is above the floor of 50 and not flagged",
                        "In 2020, an item scoring 55 is below the raised floor of 60 and flagged low",
                        "An item scoring 95 is flagged high");
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    @Test
    void failsACaseWhoseExpectationIsWrongNamingItAndTheDifference() {
        RuleDirs.write(
                dir,
                "flags/scores.cases.yaml",
                """
                - name: An item scoring 95 is flagged low, which is wrong
                  asOf: 2020-06-01
                  given:
                    items: [ { id: B, score: 95 } ]
                  expect:
                    fired: [T-001]
                    flags: { B: LOW }
                """);

        CasesReport report = runner.run(dir);

        assertThat(report.passed()).isFalse();
        assertThat(report.cases()).singleElement().satisfies(result -> {
            assertThat(result.name()).isEqualTo("An item scoring 95 is flagged low, which is wrong");
            assertThat(result.differences())
                    .containsExactly(
                            "own file: expected T-001 to fire; fired: [T-002]",
                            "own file: flags: expected {B=LOW}, were {B=HIGH}",
                            "whole rule set: expected T-001 to fire; fired: [T-002]",
                            "whole rule set: flags: expected {B=LOW}, were {B=HIGH}");
        });
    }

    @Test
    void runsEachCaseOnItsOwnFileAndOnTheWholeRuleSet() {
        RuleDirs.write(
                dir,
                "flags/extra.drl",
                RuleDirs.drl(
                        """
                rule "Every item scoring 55 is flagged odd"
                    @id("T-100") @source("Test policy, para 9")
                when
                    $i : Item( score == 55 )
                then
                    insert(new Flag($i.id(), "ODD", Explanation.of(drools, "55")));
                end
                """));
        RuleDirs.write(
                dir,
                "flags/extra.cases.yaml",
                """
                - name: An item scoring 55 is flagged odd
                  asOf: 2018-06-01
                  given: { items: [ { id: A, score: 55 } ] }
                  expect: { fired: [T-100] }
                """);

        CasesReport report = runner.run(dir);

        // scores.drl's cases of an item scoring 55 hold on its own rules, not on the whole set.
        assertThat(report.cases())
                .filteredOn(result -> !result.passed())
                .hasSize(2)
                .first()
                .satisfies(result -> assertThat(result.differences())
                        .containsExactly("whole rule set: flags: expected {}, were {A=ODD}"));
    }

    @Test
    void reportsUnknownGivenAndExpectKeysByFileAndCase() {
        RuleDirs.write(
                dir,
                "flags/scores.cases.yaml",
                """
                - name: A case with typos
                  asOf: 2020-06-01
                  given: { itemz: [ { id: B, score: 95 } ] }
                  expect: { fird: [T-002] }
                """);

        CasesReport report = runner.run(dir);

        assertThat(report.cases()).singleElement().satisfies(result -> {
            assertThat(result.file()).isEqualTo("flags/scores.cases.yaml");
            assertThat(result.name()).isEqualTo("A case with typos");
            assertThat(result.differences())
                    .containsExactly(
                            "flags/scores.cases.yaml:3: unknown given key 'itemz' (allowed: items)",
                            "flags/scores.cases.yaml:4: unknown expect key 'fird' (allowed: fired, flags, notFired)");
        });
    }

    @Test
    void aMisspeltFieldOfAGivenFactIsAnErrorNotAFactWithoutIt() {
        RuleDirs.write(
                dir,
                "flags/scores.cases.yaml",
                """
                - name: An item whose score is misspelt tests nothing
                  asOf: 2020-06-01
                  given: { items: [ { id: B, score: 55, scoer: 95 } ] }
                  expect: { notFired: [T-001] }
                """);

        CasesReport report = runner.run(dir);

        assertThat(report.cases()).singleElement().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.file()).isEqualTo("flags/scores.cases.yaml");
            assertThat(result.line()).isEqualTo(1);
            assertThat(result.differences())
                    .containsExactly(
                            "flags/scores.cases.yaml:3: unknown field 'scoer' in items entry 1 (allowed: id, score)");
        });
    }

    @Test
    void reportsARuleFileWithoutCasesAndCasesWithoutARuleFile() {
        RuleDirs.write(dir, "flags/other.drl", RuleDirs.drl(""));
        RuleDirs.write(dir, "flags/gone.cases.yaml", "");

        assertThat(runner.run(dir).problems())
                .extracting(RuleProblem::toString)
                .containsExactly(
                        "flags/other.drl:0:0 no cases file: write flags/other.cases.yaml",
                        "flags/gone.cases.yaml:0:0 cases file without a rule file beside it");
    }

    @Test
    void runsOnlyTheSelectedFile() {
        RuleDirs.write(dir, "flags/other.drl", RuleDirs.drl(""));

        CasesReport report = runner.run(dir, "flags/scores.drl");

        assertThat(report.problems()).isEmpty();
        assertThat(report.cases()).hasSize(3);
    }

    @Test
    void passesWithNoRulesAtAll(@TempDir Path empty) {
        CasesReport report = runner.run(empty);

        assertThat(report.cases()).isEmpty();
        assertThat(report.passed()).isTrue();
    }
}
