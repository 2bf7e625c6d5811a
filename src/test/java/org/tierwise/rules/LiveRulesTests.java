package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.tierwise.rules.RuleDirs.drl;
import static org.tierwise.rules.RuleDirs.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.testfacts.Flag;
import org.tierwise.rules.testfacts.Gate;
import org.tierwise.rules.testfacts.Item;

class LiveRulesTests {

    private static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);
    private static final List<Item> ITEMS = List.of(new Item("A", 75));

    @TempDir
    Path dir;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
    }

    @Test
    void reloadMakesEditedRulesLiveWithANewVersion() {
        LiveRules live = TestRules.live(dir);
        RuleEngine engine = TestRules.engine(live);
        Evaluation before = engine.evaluate(ITEMS, AS_OF);

        raiseHighThresholdTo70();
        LiveRules.Reload reload = live.reload("tester");
        Evaluation after = engine.evaluate(ITEMS, AS_OF);

        assertThat(before.outcomes()).isEmpty();
        assertThat(after.outcomes(Flag.class)).extracting(Flag::level).containsExactly("HIGH");
        assertThat(reload.changed()).isTrue();
        assertThat(after.version()).isEqualTo(reload.version()).isNotEqualTo(before.version());
    }

    @Test
    void reloadOfUnchangedFilesKeepsTheVersion() {
        LiveRules live = TestRules.live(dir);

        LiveRules.Reload reload = live.reload("tester");

        assertThat(reload.changed()).isFalse();
        assertThat(live.current().version()).isEqualTo(reload.previous());
    }

    @Test
    void failedReloadReportsErrorsAndKeepsServingTheOldRules() {
        LiveRules live = TestRules.live(dir);
        RuleSet before = live.current();
        write(
                dir,
                "flags/scores.drl",
                RuleDirs.read(dir.resolve("flags/scores.drl")).replace("Item( score >= 90 )", "Item( scor >= 90 )"));

        assertThatThrownBy(() -> live.reload("tester"))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .extracting(RuleProblem::toString)
                        .singleElement()
                        .asString()
                        .startsWith("flags/scores.drl:29:16 unknown field 'scor' of Item"));
        assertThat(live.current()).isSameAs(before);
        assertThat(TestRules.engine(live)
                        .evaluate(List.of(new Item("B", 95)), AS_OF)
                        .outcomes())
                .hasSize(1);
    }

    @Test
    void startupFailsListingEveryError() {
        write(dir, "flags/one.drl", drl("rule \"One\" @id(\"O-1\") @source(\"s\")\nwhen\n  Itemz()\nthen\nend\n"));
        write(
                dir,
                "flags/two.drl",
                drl("rule \"Two\" @id(\"O-2\") @source(\"s\")\nwhen\n  Item( score > )\nthen\nend\n"));

        assertThatThrownBy(() -> TestRules.live(dir))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContainingAll(
                        "The rules have 2 error(s):",
                        "flags/one.drl:11:3 unknown fact type 'Itemz'",
                        "flags/two.drl:11:17 no viable alternative at input ')'");
    }

    @Test
    void startupRecordsTheVersionAndReloadRecordsWhoActivatedIt() {
        RuleSetVersions versions = mock(RuleSetVersions.class);
        LiveRules live =
                new LiveRules(new RuleSetCompiler(), versions, mock(RuleChanges.class), TestRules.properties(dir, 100));
        verify(versions).recordIfNew(live.current(), "startup");

        raiseHighThresholdTo70();
        live.reload("alice");

        verify(versions).recordIfNew(any(RuleSet.class), eq("alice"));
    }

    @Test
    void evaluationInFlightFinishesOnTheRulesItStartedWith() throws Exception {
        write(
                dir,
                "flags/gate.drl",
                drl(
                        """
                rule "An item with score 75 waits at the gate"
                    @id("G-1") @source("Test")
                when
                    $i : Item( score == 75 )
                then
                    Gate.pass();
                    insert(new Flag($i.id(), "OLD", Explanation.of(drools, "before the reload")));
                end
                """));
        LiveRules live = TestRules.live(dir);
        RuleEngine engine = TestRules.engine(live);
        RuleSet started = live.current();
        Gate.reset();

        CompletableFuture<Evaluation> inFlight = CompletableFuture.supplyAsync(() -> engine.evaluate(ITEMS, AS_OF));
        assertThat(Gate.entered.await(10, TimeUnit.SECONDS)).isTrue();
        write(
                dir,
                "flags/gate.drl",
                RuleDirs.read(dir.resolve("flags/gate.drl")).replace("\"OLD\"", "\"NEW\""));
        live.reload("tester");
        Gate.release.countDown();
        Evaluation evaluation = inFlight.get(10, TimeUnit.SECONDS);

        assertThat(live.current()).isNotSameAs(started);
        assertThat(evaluation.version()).isEqualTo(started.version());
        assertThat(evaluation.outcomes(Flag.class)).extracting(Flag::level).containsExactly("OLD");
    }

    private void raiseHighThresholdTo70() {
        Path file = dir.resolve("flags/scores.drl");
        write(dir, "flags/scores.drl", RuleDirs.read(file).replace("score >= 90", "score >= 70"));
    }
}
