package org.tierwise.brokering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleFireCounts;
import org.tierwise.rules.RuleSet;
import org.tierwise.runs.RunKind;
import org.tierwise.runs.RunLease;
import org.tierwise.runs.RunLocks;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.TieringRunStore;

/**
 * A brokering run after a tiering run: the rules decide who may support each need and score them,
 * the allocation places supporters across all schools at once, and the run is stored append-only
 * with every match, exclusion and unmet need explained.
 */
@Service
public class BrokeringRun {

    private static final Logger log = LoggerFactory.getLogger(BrokeringRun.class);

    /** The area recorded for a school in a brokered tier for which the tiering rules named no need. */
    public static final String NO_NEED = "NONE";

    private final TieringRunStore tierings;
    private final BrokeringInputs inputs;
    private final BrokeringEvaluator evaluator;
    private final BrokeringRunStore store;
    private final RuleEngine engine;
    private final RuleFireCounts fireCounts;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final RunLocks locks;

    BrokeringRun(
            TieringRunStore tierings,
            BrokeringInputs inputs,
            BrokeringEvaluator evaluator,
            BrokeringRunStore store,
            RuleEngine engine,
            RuleFireCounts fireCounts,
            TransactionTemplate transactions,
            AuditLog audit,
            RunLocks locks) {
        this.tierings = tierings;
        this.inputs = inputs;
        this.evaluator = evaluator;
        this.store = store;
        this.engine = engine;
        this.fireCounts = fireCounts;
        this.transactions = transactions;
        this.audit = audit;
        this.locks = locks;
    }

    /** What the rules and the allocation decide after a tiering run on a rule set; nothing is stored. */
    record Decision(
            BrokeringInput input,
            BrokeringParameters parameters,
            BrokeringEvaluation evaluation,
            Map<Pair, Double> scores,
            List<Allocation.Need> needs,
            Allocation.Result result,
            long loadMillis,
            long rulesMillis,
            long allocationMillis) {}

    /** Evaluates the brokering rules on {@code ruleSet} after {@code tiering} and allocates. */
    Decision decide(RuleSet ruleSet, RunRecord tiering) {
        long loadStarted = System.nanoTime();
        BrokeringParameters parameters = new BrokeringParameters(ruleSet, tiering.asOf());
        BrokeringInput input = inputs.load(tiering, parameters);
        long rulesStarted = System.nanoTime();
        BrokeringEvaluation evaluation = evaluator.evaluate(ruleSet, input, parameters);
        long rulesMillis = (System.nanoTime() - rulesStarted) / 1_000_000;
        long loadMillis = (rulesStarted - loadStarted) / 1_000_000;
        Map<Pair, Double> scores = new HashMap<>();
        evaluation
                .components()
                .forEach(c -> scores.merge(new Pair(c.urn(), c.area(), c.supporterId()), c.points(), Double::sum));
        List<Allocation.Need> needs = new ArrayList<>();
        input.schools().forEach(t -> t.needs()
                .forEach(n -> needs.add(new Allocation.Need(need(n.urn(), n.area()), n.tier(), n.wanted()))));
        List<Allocation.Supply> supplies = input.supporters().stream()
                .map(s -> new Allocation.Supply(s.id(), parameters.slots(s)))
                .toList();
        List<Allocation.Candidate> candidates = evaluation.eligible().stream()
                .map(e -> new Allocation.Candidate(
                        need(e.urn(), e.area()),
                        e.supporterId(),
                        scores.getOrDefault(new Pair(e.urn(), e.area(), e.supporterId()), 0.0)))
                .toList();
        long allocationStarted = System.nanoTime();
        Allocation.Result result = Allocation.solve(new Allocation.Problem(needs, supplies, candidates));
        long allocationMillis = (System.nanoTime() - allocationStarted) / 1_000_000;
        return new Decision(
                input, parameters, evaluation, scores, needs, result, loadMillis, rulesMillis, allocationMillis);
    }

    /**
     * Brokers after the given tiering run, or the latest one not withdrawn when {@code tieringRunId}
     * is null; a withdrawn run is refused. A
     * second brokering run for the same authority while one is in progress, on this instance or
     * another on the same database, is refused.
     *
     * @throws org.tierwise.runs.RunInProgressException naming the run in progress
     */
    public BrokeringRunRecord run(Long tieringRunId, String runBy) {
        RunRecord tiering = tieringRunId == null
                ? tierings.runsInForce().stream()
                        .findFirst()
                        .orElseThrow(
                                () -> new NoTieringRunException(
                                        "there is no tiering run in force to broker from: start one with POST /api/tiering/runs"))
                : tierings.run(tieringRunId)
                        .orElseThrow(() -> new NoTieringRunException("there is no tiering run " + tieringRunId));
        if (tiering.withdrawn()) {
            throw new NoTieringRunException("tiering run " + tiering.id() + " was withdrawn by "
                    + tiering.withdrawal().by() + " at " + tiering.withdrawal().at() + " ("
                    + tiering.withdrawal().reason() + "): broker from a run in force");
        }
        if (tiering.schoolCount() == 0) {
            throw new NoTieringRunException("tiering run " + tiering.id() + " tiered no schools"
                    + (tiering.laCode() == null ? "" : " (LA " + tiering.laCode() + " has none loaded)")
                    + ": there is nothing to broker; withdraw it with POST /api/tiering/runs/" + tiering.id()
                    + "/withdraw");
        }
        String scope = tiering.laCode() == null ? "all authorities" : "LA " + tiering.laCode();
        return locks.hold(RunKind.BROKERING, scope, runBy, lease -> run(tiering, runBy, lease));
    }

    private BrokeringRunRecord run(RunRecord tiering, String runBy, RunLease lease) {
        Instant started = Instant.now();
        Decision decision = decide(engine.current(), tiering);
        BrokeringInput input = decision.input();
        BrokeringParameters parameters = decision.parameters();
        BrokeringEvaluation evaluation = decision.evaluation();
        Map<Pair, Double> scores = decision.scores();
        List<Allocation.Need> needs = decision.needs();
        Allocation.Result result = decision.result();
        long allocationMillis = decision.allocationMillis();

        Set<String> allocated = result.matches().stream()
                .map(m -> m.needId() + "/" + m.supporterId())
                .collect(Collectors.toSet());
        List<BrokeringRunStore.PairToStore> pairs = pairs(evaluation, scores, allocated);
        List<BrokeringRunStore.StoredNeed> storedNeeds = needs(input, evaluation, result, parameters);
        int unmet = (int) storedNeeds.stream()
                .filter(n -> n.allocated() < n.wanted() || n.area().equals(NO_NEED))
                .count();
        BrokeringRunRecord draft = new BrokeringRunRecord(
                0,
                tiering.id(),
                tiering.laCode(),
                tiering.asOf(),
                evaluation.version().digest(),
                evaluation.version().label(),
                runBy,
                started,
                Instant.now(),
                needs.size(),
                result.matches().size(),
                unmet,
                result.totalScore(),
                allocationMillis);
        long storeStarted = System.nanoTime();
        long id = transactions.execute(status -> {
            lease.confirm();
            long runId = store.save(draft, pairs, storedNeeds);
            fireCounts.record("brokering", String.valueOf(runId), evaluation.version(), evaluation.firingCounts());
            audit.record(ran(runId, draft));
            return runId;
        });
        log.info(
                "Brokering run {} after tiering run {}: {} needs of {} schools, {} supporters, {} matches, {} unmet,"
                        + " {} pairs; load {} ms, rules {} ms, allocation {} ms, store {} ms, total {} ms",
                id,
                tiering.id(),
                needs.size(),
                input.schools().size(),
                input.supporters().size(),
                result.matches().size(),
                unmet,
                pairs.size(),
                decision.loadMillis(),
                decision.rulesMillis(),
                allocationMillis,
                (System.nanoTime() - storeStarted) / 1_000_000,
                Duration.between(started, Instant.now()).toMillis());
        return store.run(id).orElseThrow();
    }

    private static List<BrokeringRunStore.PairToStore> pairs(
            BrokeringEvaluation evaluation, Map<Pair, Double> scores, Set<String> allocated) {
        Map<Pair, List<BrokeringRunStore.Reason>> reasons = new HashMap<>();
        evaluation.components().forEach(c -> reasons.computeIfAbsent(
                        new Pair(c.urn(), c.area(), c.supporterId()), k -> new ArrayList<>(4))
                .add(new BrokeringRunStore.Reason("COMPONENT", c.name(), c.points(), c.explanation())));
        evaluation.excluded().forEach(x -> reasons.computeIfAbsent(
                        new Pair(x.urn(), x.area(), x.supporterId()), k -> new ArrayList<>(2))
                .add(new BrokeringRunStore.Reason("EXCLUDED", null, null, x.explanation())));
        List<BrokeringRunStore.PairToStore> pairs = new ArrayList<>();
        for (Eligible e : evaluation.eligible()) {
            Pair key = new Pair(e.urn(), e.area(), e.supporterId());
            List<BrokeringRunStore.Reason> why = new ArrayList<>();
            why.add(new BrokeringRunStore.Reason("ELIGIBLE", null, null, e.explanation()));
            why.addAll(reasons.getOrDefault(key, List.of()));
            pairs.add(new BrokeringRunStore.PairToStore(
                    e.urn(),
                    e.area(),
                    e.supporterId(),
                    true,
                    scores.getOrDefault(key, 0.0),
                    allocated.contains(need(e.urn(), e.area()) + "/" + e.supporterId()),
                    why));
        }
        Set<Pair> seen = new HashSet<>();
        for (Excluded x : evaluation.excluded()) {
            Pair key = new Pair(x.urn(), x.area(), x.supporterId());
            if (seen.add(key)) {
                pairs.add(new BrokeringRunStore.PairToStore(
                        x.urn(), x.area(), x.supporterId(), false, null, false, reasons.get(key)));
            }
        }
        return pairs;
    }

    private static List<BrokeringRunStore.StoredNeed> needs(
            BrokeringInput input,
            BrokeringEvaluation evaluation,
            Allocation.Result result,
            BrokeringParameters parameters) {
        Map<String, List<String>> eligibleByNeed = new HashMap<>();
        evaluation.eligible().forEach(e -> eligibleByNeed
                .computeIfAbsent(need(e.urn(), e.area()), k -> new ArrayList<>())
                .add(e.supporterId()));
        // Exclusions are summed up only for the needs that have no eligible supporter.
        Map<String, Map<String, Set<String>>> exclusionsByNeed = new HashMap<>();
        evaluation.excluded().stream()
                .filter(x -> !eligibleByNeed.containsKey(need(x.urn(), x.area())))
                .forEach(x -> exclusionsByNeed
                        .computeIfAbsent(need(x.urn(), x.area()), k -> new TreeMap<>())
                        .computeIfAbsent(
                                x.explanation().ruleId() + " " + x.explanation().ruleName(), k -> new HashSet<>())
                        .add(x.supporterId()));
        List<BrokeringRunStore.StoredNeed> stored = new ArrayList<>();
        for (BrokeringInput.Target target : input.schools()) {
            for (NeedFacts n : target.needs()) {
                String id = need(n.urn(), n.area());
                int got = result.allocated().getOrDefault(id, 0);
                String reason = null;
                if (got < n.wanted()) {
                    List<String> eligible = eligibleByNeed.getOrDefault(id, List.of());
                    int leftOut = evaluation.leftOutByGrid().getOrDefault(n.urn(), 0);
                    reason = eligible.isEmpty()
                            ? "No eligible supporter. " + exclusionSummary(exclusionsByNeed.getOrDefault(id, Map.of()))
                                    + (leftOut > 0
                                            ? "; " + leftOut + " more are beyond " + parameters.maxDistanceKm()
                                                    + " km and were not considered"
                                            : "")
                            : "Asked for " + n.wanted() + ", allocated " + got
                                    + ": every place of the eligible supporters ("
                                    + eligible.stream().sorted().collect(Collectors.joining(", "))
                                    + ") is taken, here or by higher-tier or higher-scoring needs";
                }
                stored.add(new BrokeringRunStore.StoredNeed(n.urn(), n.area(), n.tier(), n.wanted(), got, reason));
            }
        }
        input.withoutNeeds()
                .forEach((urn, tier) -> stored.add(new BrokeringRunStore.StoredNeed(
                        urn,
                        NO_NEED,
                        tier,
                        0,
                        0,
                        "The tiering run recorded no support need for this school, so there is nothing to match a supporter"
                                + " to; record a concern or review its tier")));
        stored.sort(Comparator.comparing(BrokeringRunStore.StoredNeed::urn)
                .thenComparing(BrokeringRunStore.StoredNeed::area));
        return stored;
    }

    /** Each excluding rule with how many supporters it excluded, most first. */
    private static String exclusionSummary(Map<String, Set<String>> byRule) {
        if (byRule.isEmpty()) {
            return "No supporter is registered near enough to consider";
        }
        return "Supporters excluded by: "
                + byRule.entrySet().stream()
                        .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) ->
                                        -e.getValue().size())
                                .thenComparing(Map.Entry::getKey))
                        .map(e -> e.getKey() + " (" + e.getValue().size() + ")")
                        .collect(Collectors.joining("; "));
    }

    static String need(int urn, String area) {
        return urn + "/" + area;
    }

    /** One supporter for one need of one school (area and id are the facts' own strings, not copies). */
    record Pair(int urn, String area, String supporterId) {}

    private static AuditEntry ran(long runId, BrokeringRunRecord run) {
        return AuditEntry.of(
                        AuditAction.BROKERING_RUN,
                        "brokering-run",
                        runId,
                        "Brokering run " + runId + " after tiering run " + run.tieringRunId() + ": "
                                + run.needCount() + " needs, " + run.matchCount() + " matches, " + run.unmetCount()
                                + " unmet, on rules " + run.ruleSetLabel())
                .actor(run.runBy())
                .ruleSet(run.ruleSetDigest())
                .detail("tieringRunId", run.tieringRunId())
                .detail("laCode", run.laCode())
                .detail("asOf", run.asOf().toString())
                .detail("ruleSetLabel", run.ruleSetLabel())
                .detail("needs", run.needCount())
                .detail("matches", run.matchCount())
                .detail("unmet", run.unmetCount());
    }
}
