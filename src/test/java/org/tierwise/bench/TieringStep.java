package org.tierwise.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tierwise.rules.RuleEngine;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.SchoolTiering;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringEvaluation;
import org.tierwise.tiering.TieringEvaluator;
import org.tierwise.tiering.TieringInput;
import org.tierwise.tiering.TieringInputs;
import org.tierwise.tiering.TieringRun;

/**
 * The national results-day run: reading the facts, the rules alone on them, the hand-written
 * baseline on the same facts, and the whole run end to end as {@code POST /api/tiering/runs} does
 * it, stored. Every school's tier must agree with the baseline: each disagreement is printed and
 * the benchmark exits 1. Only here: the normal build checks the rules against {@code
 * rules/expected-outcomes.csv} instead, so a policy change never waits for this Java copy.
 */
final class TieringStep implements BenchmarkStep {

    /** What a national run asks for: every authority, 2018-19, as of the end of 2019. */
    static TieringRun.Request nationalRun() {
        return new TieringRun.Request(
                null, new AcademicYear(SyntheticEngland.RESULTS_YEAR), DataStatus.FINAL, SyntheticEngland.AS_OF);
    }

    @Override
    public String key() {
        return "tiering";
    }

    @Override
    public String name() {
        return "tiering";
    }

    @Override
    public void run(BenchmarkContext context) {
        BenchmarkOptions options = context.options();
        LocalDate asOf = SyntheticEngland.AS_OF;
        int year = SyntheticEngland.RESULTS_YEAR;
        TieringInputs inputs = context.bean(TieringInputs.class);
        TieringEvaluator evaluator = context.bean(TieringEvaluator.class);
        HandWrittenTiering baseline =
                new HandWrittenTiering(context.bean(RuleEngine.class).current().parameters());
        TieringRun tiering = context.bean(TieringRun.class);

        long[] load = new long[options.repeats()];
        long[] rules = new long[options.repeats()];
        long[] byHand = new long[options.repeats()];
        long[] endToEnd = new long[options.repeats()];
        TieringInput input = null;
        TieringEvaluation evaluation = null;
        Map<Integer, Tier> handTiers = null;
        for (int i = 0; i < options.warmups() + options.repeats(); i++) {
            int slot = i - options.warmups();
            long started = System.nanoTime();
            input = inputs.load(null, year, asOf);
            long loaded = System.nanoTime();
            evaluation = evaluator.evaluate(input, asOf, done -> {});
            long evaluated = System.nanoTime();
            handTiers = baseline.tiers(input, asOf);
            long handDone = System.nanoTime();
            RunRecord run = tiering.run(nationalRun(), "benchmark");
            long stored = System.nanoTime();
            if (slot >= 0) {
                load[slot] = loaded - started;
                rules[slot] = evaluated - loaded;
                byHand[slot] = handDone - evaluated;
                endToEnd[slot] = stored - handDone;
            }
            context.tieredUrns().clear();
            input.schools().forEach(s -> context.tieredUrns().add(s.urn()));
            if (run.schoolCount() != input.schools().size()) {
                throw new IllegalStateException("the stored run has " + run.schoolCount() + " schools, the input "
                        + input.schools().size());
            }
        }
        Map<Tier, Integer> distribution = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        for (SchoolTiering school : evaluation.schools()) {
            Tier byRules = school.tier();
            Tier written = handTiers.get(school.school().urn());
            distribution.merge(byRules, 1, Integer::sum);
            if (byRules != written) {
                disagreements.add(school.school().urn() + ": rules " + byRules + ", hand-written " + written);
            }
        }
        Measurements m = context.measurements();
        double rulesMillis = Measurements.medianMillis(rules);
        double handMillis = Measurements.medianMillis(byHand);
        m.add(
                "tiering.loadMillis",
                "Tiering facts read from the database (median)",
                Measurements.medianMillis(load),
                "ms");
        m.add("tiering.rulesMillis", "Tiering, rules only (median)", rulesMillis, "ms");
        m.add("tiering.handWrittenMillis", "Tiering, hand-written baseline (median)", handMillis, "ms");
        m.add("tiering.rulesOverHandWritten", "Rules engine / hand-written", rulesMillis / handMillis, "ratio");
        m.add(
                "tiering.endToEndSeconds",
                "Tiering run end to end, stored (median)",
                Measurements.medianMillis(endToEnd) / 1000,
                "s");
        m.add("tiering.schools", "Schools tiered", evaluation.schools().size(), "schools");
        m.add("tiering.disagreements", "Schools where rules and baseline disagree", disagreements.size(), "schools");
        m.fact("tiers", distribution);
        if (!disagreements.isEmpty()) {
            m.fact("firstDisagreements", disagreements.subList(0, Math.min(10, disagreements.size())));
            System.err.println("Tiering: the rules and the hand-written baseline disagree on " + disagreements.size()
                    + " school(s); after a policy change edit HandWrittenTiering to match, or fix the rule:");
            disagreements.forEach(line -> System.err.println("  " + line));
            context.fail("tiering: rules and hand-written baseline disagree on " + disagreements.size() + " school(s)");
        }
    }
}
