package org.tierwise.brokering.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tierwise.brokering.BrokeringNotFoundException;
import org.tierwise.brokering.BrokeringRunRecord;
import org.tierwise.brokering.BrokeringRunStore;
import org.tierwise.brokering.Deployments;
import org.tierwise.brokering.Supporter;
import org.tierwise.brokering.SupporterRepository;
import org.tierwise.school.SchoolService;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.TieringRunStore;

/** Reads stored brokering runs into the API's views, each in one read-only transaction (see {@link org.tierwise.tiering.web.TieringReports}). */
@Component
@Transactional(readOnly = true)
public class BrokeringReports {

    private final BrokeringRunStore store;
    private final TieringRunStore tierings;
    private final SupporterRepository supporters;
    private final Deployments deployments;
    private final SchoolService schools;

    BrokeringReports(
            BrokeringRunStore store,
            TieringRunStore tierings,
            SupporterRepository supporters,
            Deployments deployments,
            SchoolService schools) {
        this.store = store;
        this.tierings = tierings;
        this.supporters = supporters;
        this.deployments = deployments;
        this.schools = schools;
    }

    public BrokeringViews.Run run(long id) {
        BrokeringRunRecord run =
                store.run(id).orElseThrow(() -> new BrokeringNotFoundException("there is no brokering run " + id));
        List<BrokeringRunStore.StoredCandidate> allocated = store.matches(id);
        Map<String, Supporter> byId = supporters(allocated);
        List<BrokeringViews.Match> matches =
                allocated.stream().map(c -> match(c, byId)).toList();
        List<BrokeringViews.Need> unmet = store.needs(id).stream()
                .filter(n -> n.unmetReason() != null)
                .map(BrokeringReports::need)
                .toList();
        return new BrokeringViews.Run(run, matches, unmet);
    }

    /** A school's recommendation listing every alternative and exclusion (the school page). */
    public BrokeringViews.Recommendation recommendation(int urn) {
        return recommendation(urn, null);
    }

    /**
     * A school's recommendation from its latest brokering run.
     *
     * @param listed how many ranked alternatives and exclusions to list per need, null for all; the
     *     allocated supporters, the counts and the exclusions by rule are always complete
     */
    public BrokeringViews.Recommendation recommendation(int urn, Integer listed) {
        String name = schools.school(urn).getName();
        long runId = store.latestRunWith(urn)
                .orElseThrow(
                        () -> new BrokeringNotFoundException(
                                "school " + urn + " (" + name + ") is in no brokering run"
                                        + " yet: it was not in a brokered tier, or no run was made (POST /api/brokering/runs)"));
        BrokeringRunRecord run = store.run(runId).orElseThrow();
        StoredTier tier = tierings.result(run.tieringRunId(), urn).orElseThrow();
        List<BrokeringViews.Reason> needs = tierings.details(run.tieringRunId(), urn).stream()
                .filter(d -> d.kind().equals("NEED"))
                .map(d -> new BrokeringViews.Reason(
                        "NEED", d.code(), null, d.ruleId(), d.ruleName(), d.ruleSource(), d.reason()))
                .toList();
        List<BrokeringRunStore.StoredCandidate> candidates = store.candidates(runId, urn);
        int limit = listed == null ? Integer.MAX_VALUE : listed;
        List<BrokeringRunStore.StoredNeed> storedNeeds = store.needs(runId, urn);
        Map<String, List<BrokeringRunStore.StoredCandidate>> eligibleByArea = new HashMap<>();
        Map<String, List<BrokeringRunStore.StoredCandidate>> excludedByArea = new HashMap<>();
        for (BrokeringRunStore.StoredNeed need : storedNeeds) {
            List<BrokeringRunStore.StoredCandidate> forNeed = candidates.stream()
                    .filter(c -> c.area().equals(need.area()))
                    .toList();
            eligibleByArea.put(
                    need.area(),
                    forNeed.stream()
                            .filter(BrokeringRunStore.StoredCandidate::eligible)
                            .sorted(Comparator.comparing((BrokeringRunStore.StoredCandidate c) -> -c.score())
                                    .thenComparing(BrokeringRunStore.StoredCandidate::supporterId))
                            .toList());
            excludedByArea.put(
                    need.area(), forNeed.stream().filter(c -> !c.eligible()).toList());
        }
        // Only the supporters the answer names are read.
        List<BrokeringRunStore.StoredCandidate> named = new ArrayList<>();
        eligibleByArea
                .values()
                .forEach(list -> list.stream().filter(c -> c.allocated()).forEach(named::add));
        eligibleByArea.values().forEach(list -> named.addAll(list.subList(0, Math.min(limit, list.size()))));
        excludedByArea.values().forEach(list -> named.addAll(list.subList(0, Math.min(limit, list.size()))));
        Map<String, Supporter> byId = supporters(named);
        List<BrokeringViews.NeedRecommendation> recommendations = new ArrayList<>();
        for (BrokeringRunStore.StoredNeed need : storedNeeds) {
            List<BrokeringRunStore.StoredCandidate> eligible = eligibleByArea.get(need.area());
            List<BrokeringRunStore.StoredCandidate> excluded = excludedByArea.get(need.area());
            List<BrokeringViews.Alternative> ranked = new ArrayList<>();
            for (int i = 0; i < eligible.size() && i < limit; i++) {
                BrokeringRunStore.StoredCandidate c = eligible.get(i);
                Supporter s = byId.get(c.supporterId());
                ranked.add(new BrokeringViews.Alternative(
                        i + 1,
                        c.supporterId(),
                        s == null ? null : s.getName(),
                        s == null ? null : s.getRole(),
                        c.score(),
                        c.allocated(),
                        reasons(c, "COMPONENT")));
            }
            recommendations.add(new BrokeringViews.NeedRecommendation(
                    need.area(),
                    need.wanted(),
                    need.allocated(),
                    need.unmetReason(),
                    eligible.stream()
                            .filter(BrokeringRunStore.StoredCandidate::allocated)
                            .map(c -> match(c, byId))
                            .toList(),
                    eligible.size(),
                    ranked,
                    excluded.size(),
                    byRule(excluded),
                    excluded.stream()
                            .limit(limit)
                            .map(c -> {
                                Supporter s = byId.get(c.supporterId());
                                return new BrokeringViews.Exclusion(
                                        c.supporterId(),
                                        s == null ? null : s.getName(),
                                        s == null ? null : s.getRole(),
                                        reasons(c, "EXCLUDED"));
                            })
                            .toList()));
        }
        return new BrokeringViews.Recommendation(
                urn,
                name,
                new BrokeringViews.SchoolTier(run.tieringRunId(), run.asOf(), tier.effectiveTier(), needs),
                runId,
                run.ruleSetLabel(),
                listed,
                recommendations,
                deployments.ofSchool(urn).stream()
                        .map(BrokeringReports::deployment)
                        .toList());
    }

    /** Each rule that excluded supporters from a need, with how many, most first. */
    private static List<BrokeringViews.ExclusionCount> byRule(List<BrokeringRunStore.StoredCandidate> excluded) {
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (BrokeringRunStore.StoredCandidate c : excluded) {
            c.reasons().stream()
                    .filter(r -> r.kind().equals("EXCLUDED"))
                    .map(BrokeringRunStore.StoredReason::ruleId)
                    .distinct()
                    .forEach(rule -> counts.merge(rule, 1, Integer::sum));
            c.reasons().forEach(r -> names.putIfAbsent(r.ruleId(), r.ruleName()));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new BrokeringViews.ExclusionCount(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    private BrokeringViews.Match match(BrokeringRunStore.StoredCandidate c, Map<String, Supporter> byId) {
        Supporter s = byId.get(c.supporterId());
        return new BrokeringViews.Match(
                c.id(),
                c.urn(),
                c.area(),
                c.supporterId(),
                s == null ? null : s.getName(),
                s == null ? null : s.getRole(),
                c.score() == null ? 0 : c.score(),
                reasons(c, "COMPONENT"));
    }

    private static List<BrokeringViews.Reason> reasons(BrokeringRunStore.StoredCandidate c, String kind) {
        return c.reasons().stream()
                .filter(r -> r.kind().equals(kind))
                .map(r -> new BrokeringViews.Reason(
                        r.kind(), r.name(), r.points(), r.ruleId(), r.ruleName(), r.ruleSource(), r.reason()))
                .toList();
    }

    static BrokeringViews.DeploymentView deployment(Deployments.Confirmed c) {
        var d = c.deployment();
        return new BrokeringViews.DeploymentView(
                d.getId(),
                d.getCandidateId(),
                d.getRunId(),
                d.getSupporterId(),
                d.getUrn(),
                d.getArea(),
                d.getTierAtStart(),
                d.getStartDate(),
                d.getEndDate(),
                d.getFundingSource(),
                d.getCost(),
                c.outcome());
    }

    private static BrokeringViews.Need need(BrokeringRunStore.StoredNeed n) {
        return new BrokeringViews.Need(n.urn(), n.area(), n.tier(), n.wanted(), n.allocated(), n.unmetReason());
    }

    /** The supporters of these pairs, read in one query. */
    private Map<String, Supporter> supporters(List<BrokeringRunStore.StoredCandidate> pairs) {
        Set<String> ids = pairs.stream()
                .map(BrokeringRunStore.StoredCandidate::supporterId)
                .collect(Collectors.toSet());
        return supporters.findAllById(ids).stream().collect(Collectors.toMap(Supporter::getId, Function.identity()));
    }
}
