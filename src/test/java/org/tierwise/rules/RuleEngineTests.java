package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierwise.rules.RuleDirs.drl;
import static org.tierwise.rules.RuleDirs.write;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.testfacts.Flag;
import org.tierwise.rules.testfacts.Item;

class RuleEngineTests {

    @TempDir
    Path dir;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
    }

    @Test
    void usesTheParameterInForceOnTheEvaluationDate() {
        RuleEngine engine = TestRules.engine(TestRules.live(dir));
        List<Item> items = List.of(new Item("A", 55));

        assertThat(engine.evaluate(items, LocalDate.of(2018, 6, 1)).outcomes()).isEmpty();
        assertThat(engine.evaluate(items, LocalDate.of(2020, 6, 1)).outcomes(Flag.class))
                .extracting(Flag::level)
                .containsExactly("LOW");
    }

    @Test
    void explainsEachOutcomeWithRuleSourceFactsAndReason() {
        RuleEngine engine = TestRules.engine(TestRules.live(dir));

        Evaluation evaluation = engine.evaluate(List.of(new Item("A", 55)), LocalDate.of(2020, 6, 1));

        Explanation explanation = evaluation.outcomes(Flag.class).get(0).explanation();
        assertThat(explanation.ruleId()).isEqualTo("T-001");
        assertThat(explanation.ruleName()).isEqualTo("An item scoring below the floor is flagged low");
        assertThat(explanation.source()).isEqualTo("Test policy, para 1");
        assertThat(explanation.since()).isEqualTo("2016-09-01");
        assertThat(explanation.reason()).isEqualTo("Scored 55, below the floor of 60");
        assertThat(explanation.matchedFacts())
                .containsExactly(
                        "Decision date: as of: 2020-06-01",
                        "Policy parameter: name: score.floor; value: 60; text: none; applies from: 2019-09-01;"
                                + " applies to: no end date; source: Test policy, annex B",
                        "item: id: A; score: 55");
        assertThat(evaluation.version()).isEqualTo(engine.current().version());
    }

    @Test
    void listsFiredRulesInOrderWithCounts() {
        RuleEngine engine = TestRules.engine(TestRules.live(dir));

        Evaluation evaluation = engine.evaluate(
                List.of(new Item("A", 55), new Item("B", 95), new Item("C", 40)), LocalDate.of(2020, 6, 1));

        // T-001 has salience 10, so both its matches fire before T-002.
        assertThat(evaluation.fired())
                .containsExactly(
                        new FiredRule("T-001", "An item scoring below the floor is flagged low", "flags/scores.drl"),
                        new FiredRule("T-001", "An item scoring below the floor is flagged low", "flags/scores.drl"),
                        new FiredRule("T-002", "An item scoring 90 or more is flagged high", "flags/scores.drl"));
        assertThat(evaluation.firingCounts()).containsExactly(entry("T-001", 2L), entry("T-002", 1L));
    }

    @Test
    void stopsARunawayRuleAndNamesIt() {
        write(
                dir,
                "flags/loop.drl",
                drl(
                        """
                rule "An item is looked at again and again"
                    @id("LOOP-1") @source("Nowhere")
                when
                    $i : Item( score == 70 )
                then
                    update($i);
                end
                """));
        RuleEngine engine = new RuleEngine(TestRules.live(dir), TestRules.properties(dir, 50));

        assertThatThrownBy(() -> engine.evaluate(List.of(new Item("A", 70)), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageStartingWith("Rule \"An item is looked at again and again\" (LOOP-1, flags/loop.drl)"
                        + " kept firing: the evaluation stopped after 50 firings (tierwise.rules.max-firings).")
                .extracting(e -> ((RuleEvaluationException) e).rule().ruleId())
                .isEqualTo("LOOP-1");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void stopsAnEvaluationPastItsTimeLimitNamingTheRuleAndKeepsServing() {
        write(
                dir,
                "flags/loop.drl",
                drl(
                        """
                rule "An item is looked at again and again"
                    @id("LOOP-1") @source("Nowhere")
                when
                    $i : Item( score == 70 )
                then
                    update($i);
                end
                """));
        RuleEngine engine = new RuleEngine(
                TestRules.live(dir), TestRules.properties(dir, Integer.MAX_VALUE - 1, Duration.ofMillis(300)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> engine.evaluate(List.of(new Item("A", 70)), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RuleEvaluationException.class)
                // Stopped while the rule runs or while matching after it fired: either way it is named.
                .hasMessageContaining("\"An item is looked at again and again\"")
                .hasMessageContaining("LOOP-1, flags/loop.drl")
                .hasMessageContaining(
                        "after 300 ms (tierwise.rules.evaluation-time-limit): the evaluation was" + " stopped")
                .extracting(e -> ((RuleEvaluationException) e).rule().ruleId())
                .isEqualTo("LOOP-1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(engine.evaluate(List.of(new Item("B", 95)), LocalDate.of(2020, 1, 1))
                        .outcomes(Flag.class))
                .extracting(Flag::level)
                .containsExactly("HIGH");
    }

    @Test
    void reportsARuleThatThrowsByName() {
        write(
                dir,
                "flags/fails.drl",
                drl(
                        """
                rule "An item with score 7 breaks"
                    @id("BAD-1") @source("Nowhere")
                when
                    $i : Item( score == 7 )
                then
                    insert(new Flag($i.id(), "X", Explanation.of(drools, "" + (1 / ($i.score() - 7)))));
                end
                """));
        RuleEngine engine = TestRules.engine(TestRules.live(dir));

        assertThatThrownBy(() -> engine.evaluate(List.of(new Item("A", 7)), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageStartingWith("Rule \"An item with score 7 breaks\" (BAD-1, flags/fails.drl) failed:"
                        + " ArithmeticException: / by zero");
        assertThat(engine.evaluate(List.of(new Item("A", 95)), LocalDate.of(2020, 1, 1))
                        .outcomes())
                .hasSize(1);
    }

    private static java.util.Map.Entry<String, Long> entry(String key, Long value) {
        return java.util.Map.entry(key, value);
    }
}
