package org.tierwise.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.Compilation;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleCompilationException;
import org.tierwise.rules.RuleDirs;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.TestRules;
import org.tierwise.rules.testfacts.FlagExpectation;
import org.tierwise.rules.testfacts.Item;

/**
 * Cases are strict (issue 19): with cases required, a rule set compiles (check-rules, validation,
 * reload, start-up) only when every rule file has a cases file, read without an unknown key or
 * field, and every {@code @id} has a case where it fires and one where it must not.
 */
class CasesCheckTests {

    @TempDir
    Path dir;

    private RuleSetCompiler strict;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
        CasesCheck check = new CasesCheck(List.of(CaseFacts.of("items", Item.class)), List.of(new FlagExpectation()));
        strict = new RuleSetCompiler(true, List.of(check));
    }

    @Test
    void theSampleRuleSetWithAFiringAndANotFiringCaseForEachRuleCompiles() {
        Compilation compilation = strict.compile(dir);

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
        strict.release(compilation.ruleSet());
    }

    @Test
    void aMisspeltFieldOfAGivenFactIsAnErrorAtItsFileLineAndColumn() throws Exception {
        Path cases = dir.resolve("flags/scores.cases.yaml");
        Files.writeString(cases, Files.readString(cases).replace("{ id: B, score: 95 }", "{ id: B, scoer: 95 }"));

        assertThat(errors())
                .containsExactly("flags/scores.cases.yaml:20:23 unknown field 'scoer' in items entry 1 (allowed: id,"
                        + " score) (in case \"An item scoring 95 is flagged high\")");
    }

    @Test
    void aMisspeltKeyOfACaseOrOfItsExpectIsAnErrorAtItsLine() throws Exception {
        Path cases = dir.resolve("flags/scores.cases.yaml");
        Files.writeString(
                cases,
                Files.readString(cases)
                        .replace("    notFired: [T-001, T-002]", "    notFird: [T-001, T-002]")
                        .replace(
                                "  asOf: 2020-06-01\n  given:\n    items: [ { id: A",
                                "  asof: 2020-06-01\n  given:\n    items: [ { id: A"));

        assertThat(errors())
                .containsExactly(
                        "flags/scores.cases.yaml:6:5 unknown expect key 'notFird' (allowed: fired, flags, notFired)"
                                + " (in case \"In 2018, an item scoring 55 is above the floor of 50 and not flagged\")",
                        "flags/scores.cases.yaml:9:0 the case needs asOf: the date it is evaluated on, e.g. asOf:"
                                + " 2019-09-30 (in case \"In 2020, an item scoring 55 is below the raised floor of 60"
                                + " and flagged low\")",
                        "flags/scores.cases.yaml:10:3 unknown key 'asof' (allowed: asOf, expect, given, name, ownFile)"
                                + " (in case \"In 2020, an item scoring 55 is below the raised floor of 60 and flagged"
                                + " low\")",
                        "flags/scores.drl:26:0 rule \"An item scoring 90 or more is flagged high\" @id(\"T-002\") has"
                                + " no case where it must not fire: add a case to flags/scores.cases.yaml with expect:"
                                + " { notFired: [T-002] } whose facts come close to it");
    }

    @Test
    void aRuleWithoutACaseWhereItMustNotFireIsAnErrorAtTheRule() throws Exception {
        Path cases = dir.resolve("flags/scores.cases.yaml");
        Files.writeString(
                cases,
                Files.readString(cases)
                        .replace("    notFired: [T-001, T-002]\n", "    flags: {}\n")
                        .replace("    notFired: [T-001]\n", "")
                        .replace("    flags: {}\n    flags: {}\n", "    flags: {}\n"));

        assertThat(errors())
                .containsExactly(
                        "flags/scores.drl:14:0 rule \"An item scoring below the floor is flagged low\" @id(\"T-001\")"
                                + " has no case where it must not fire: add a case to flags/scores.cases.yaml with"
                                + " expect: { notFired: [T-001] } whose facts come close to it",
                        "flags/scores.drl:26:0 rule \"An item scoring 90 or more is flagged high\" @id(\"T-002\") has"
                                + " no case where it must not fire: add a case to flags/scores.cases.yaml with expect:"
                                + " { notFired: [T-002] } whose facts come close to it");
    }

    @Test
    void aRuleFileWithoutACasesFileIsAnErrorWhenCasesAreRequiredAndAWarningOtherwise() throws Exception {
        Files.delete(dir.resolve("flags/scores.cases.yaml"));

        assertThat(errors())
                .containsExactly("flags/scores.drl:0:0 no cases file: write flags/scores.cases.yaml with a case where"
                        + " each rule fires and one where it must not");

        Compilation lenient = new RuleSetCompiler().compile(dir);
        assertThat(lenient.succeeded()).isTrue();
        assertThat(lenient.warnings())
                .extracting(RuleProblem::message)
                .singleElement()
                .asString()
                .startsWith("no cases file");
        new RuleSetCompiler().release(lenient.ruleSet());
    }

    @Test
    void startUpRefusesAndAReloadLeavesTheLiveRulesWhenARuleHasNoCaseWhereItMustNotFire() throws Exception {
        LiveRules live = TestRules.live(dir, strict);
        var before = live.current().version();

        // A new rule with a case where it fires but none where it must not.
        Path drl = dir.resolve("flags/scores.drl");
        Files.writeString(
                drl,
                Files.readString(drl)
                        + """

                        rule "An item scoring exactly 55 is flagged odd"
                            @id("T-003") @source("Test policy, para 3")
                        when
                            $i : Item( score == 55 )
                        then
                            insert(new Flag($i.id(), "ODD", Explanation.of(drools, "Scored 55")));
                        end
                        """);
        Path cases = dir.resolve("flags/scores.cases.yaml");
        Files.writeString(
                cases,
                Files.readString(cases)
                        + """

                        - name: An item scoring 55 is flagged odd
                          asOf: 2018-06-01
                          given: { items: [ { id: C, score: 55 } ] }
                          expect: { fired: [T-003] }
                        """);
        assertThatThrownBy(() -> live.reload("pat"))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("@id(\"T-003\") has no case where it must not fire");
        assertThat(live.current().version()).isEqualTo(before);

        assertThatThrownBy(() -> TestRules.live(dir, strict))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("flags/scores.drl:")
                .hasMessageContaining("@id(\"T-003\") has no case where it must not fire");
    }

    @Test
    void aReloadRefusesACasesFileEditedAloneThatLosesAMustNotFireCase() throws Exception {
        LiveRules live = TestRules.live(dir, strict);
        var before = live.current().version();
        Path cases = dir.resolve("flags/scores.cases.yaml");
        Files.writeString(
                cases,
                Files.readString(cases).replace("    notFired: [T-001]\n", "").replace("[T-001, T-002]", "[T-002]"));

        assertThatThrownBy(() -> live.reload("pat"))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("@id(\"T-001\") has no case where it must not fire");
        assertThat(live.current().version()).isEqualTo(before);
    }

    private List<String> errors() {
        Compilation compilation = strict.compile(dir);
        assertThat(compilation.succeeded()).isFalse();
        return compilation.errors().stream().map(RuleProblem::toString).toList();
    }
}
