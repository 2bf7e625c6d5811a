package org.tierwise.brokering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The allocation of supporters to needs across all schools at once, optimal for a lexicographic
 * objective: first serve as many supporter places as possible in the highest tier, then in the
 * next tier, and so on; among allocations that serve exactly those numbers, maximise the total
 * score. No need gets more supporters than it asks for, no supporter more than its free places,
 * and each supporter serves a need at most once.
 *
 * <p>The problem is split into its connected parts (no eligible pair links two of them), each solved
 * on its own. Solved with JGraphT: one maximum flow per tier fixes how many places each tier can have
 * (augmenting from the source never takes flow back from a tier already served), then one
 * minimum-cost flow with those per-tier supplies maximises the score. Every step is integral and
 * exact; inputs are sorted first, so the result never depends on the order they came in.
 */
public final class Allocation {

    /** A need: its id (e.g. {@code 117083/MATHS}), the school's tier, and how many supporters it asks for. */
    public record Need(String id, int tier, int wanted) {}

    /** A supporter and the number of deployments it can still take on. */
    public record Supply(String supporterId, int slots) {}

    /** An eligible pair with its score. */
    public record Candidate(String needId, String supporterId, double score) {}

    /** The problem: needs, supporters and the eligible pairs between them. */
    public record Problem(List<Need> needs, List<Supply> supplies, List<Candidate> candidates) {}

    /** A supporter allocated to a need. */
    public record Match(String needId, String supporterId, double score) {}

    /** What the allocation decided, with each need's allocated count. */
    public record Result(List<Match> matches, Map<String, Integer> allocated, Map<Integer, Integer> servedByTier) {

        public double totalScore() {
            return matches.stream().mapToDouble(Match::score).sum();
        }
    }

    private Allocation() {}

    public static Result solve(Problem problem) {
        List<Need> needs = problem.needs().stream()
                .filter(n -> n.wanted() > 0)
                .sorted(Comparator.comparing(Need::id))
                .toList();
        List<Supply> supplies = problem.supplies().stream()
                .filter(s -> s.slots() > 0)
                .sorted(Comparator.comparing(Supply::supporterId))
                .toList();
        Map<String, Integer> needIndex = index(needs.stream().map(Need::id).toList());
        Map<String, Integer> supplyIndex =
                index(supplies.stream().map(Supply::supporterId).toList());
        List<Candidate> candidates = problem.candidates().stream()
                .filter(c -> needIndex.containsKey(c.needId()) && supplyIndex.containsKey(c.supporterId()))
                .sorted(Comparator.comparing(Candidate::needId).thenComparing(Candidate::supporterId))
                .toList();
        Map<String, Integer> allocated = new LinkedHashMap<>();
        needs.forEach(n -> allocated.put(n.id(), 0));
        TreeSet<Integer> tiers = new TreeSet<>(Comparator.reverseOrder());
        needs.forEach(n -> tiers.add(n.tier()));
        if (candidates.isEmpty()) {
            return new Result(List.of(), allocated, new TreeMap<>());
        }

        Map<Integer, Integer> servedByTier = new TreeMap<>(Comparator.reverseOrder());
        tiers.forEach(tier -> servedByTier.put(tier, 0));
        List<Match> matches = new ArrayList<>();
        for (Problem part : components(needs, supplies, candidates, needIndex, supplyIndex)) {
            Map<String, Integer> partNeeds =
                    index(part.needs().stream().map(Need::id).toList());
            Map<String, Integer> partSupplies =
                    index(part.supplies().stream().map(Supply::supporterId).toList());
            TreeSet<Integer> partTiers = new TreeSet<>(Comparator.reverseOrder());
            part.needs().forEach(n -> partTiers.add(n.tier()));
            Map<Integer, Integer> served =
                    placesPerTier(part.needs(), part.supplies(), part.candidates(), partNeeds, partSupplies, partTiers);
            matches.addAll(
                    bestScore(part.needs(), part.supplies(), part.candidates(), partNeeds, partSupplies, served));
            served.forEach((tier, places) -> servedByTier.merge(tier, places, Integer::sum));
        }
        matches.sort(Comparator.comparing(Match::needId).thenComparing(Match::supporterId));
        matches.forEach(m -> allocated.merge(m.needId(), 1, Integer::sum));
        return new Result(List.copyOf(matches), allocated, servedByTier);
    }

    /**
     * The problem split into its connected parts: needs and supporters linked by eligible pairs,
     * directly or through each other. No pair crosses two parts, so the places each tier can get
     * and the best score are those of the parts added up, and each part is solved on its own. The
     * flow algorithms' cost grows faster than the graph, and eligibility (phase, specialism,
     * distance) leaves many small parts: at the 0.5x benchmark the largest of 152 parts had 421 of
     * the 5,000 needs and supporters. Needs and supporters without an eligible pair are left out.
     */
    private static List<Problem> components(
            List<Need> needs,
            List<Supply> supplies,
            List<Candidate> candidates,
            Map<String, Integer> needIndex,
            Map<String, Integer> supplyIndex) {
        int[] parent = new int[needs.size() + supplies.size()];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        for (Candidate c : candidates) {
            int a = root(parent, needIndex.get(c.needId()));
            int b = root(parent, needs.size() + supplyIndex.get(c.supporterId()));
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        // Parts in order of their first need, each keeping the sorted order of its needs, supporters and pairs.
        Map<Integer, List<Need>> partNeeds = new TreeMap<>();
        Map<Integer, List<Supply>> partSupplies = new HashMap<>();
        Map<Integer, List<Candidate>> partCandidates = new HashMap<>();
        for (Candidate c : candidates) {
            partCandidates
                    .computeIfAbsent(root(parent, needIndex.get(c.needId())), k -> new ArrayList<>())
                    .add(c);
        }
        for (int i = 0; i < needs.size(); i++) {
            int r = root(parent, i);
            if (partCandidates.containsKey(r)) {
                partNeeds.computeIfAbsent(r, k -> new ArrayList<>()).add(needs.get(i));
            }
        }
        for (int j = 0; j < supplies.size(); j++) {
            int r = root(parent, needs.size() + j);
            if (partCandidates.containsKey(r)) {
                partSupplies.computeIfAbsent(r, k -> new ArrayList<>()).add(supplies.get(j));
            }
        }
        List<Problem> parts = new ArrayList<>();
        partNeeds.forEach((r, list) -> parts.add(new Problem(list, partSupplies.get(r), partCandidates.get(r))));
        return parts;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        ids.forEach(id -> index.put(id, index.size()));
        return index;
    }

    /**
     * How many places each tier gets when higher tiers are served first: the maximum flow over
     * the needs of the top tiers, tier by tier, minus what the tiers above already had.
     */
    private static Map<Integer, Integer> placesPerTier(
            List<Need> needs,
            List<Supply> supplies,
            List<Candidate> candidates,
            Map<String, Integer> needIndex,
            Map<String, Integer> supplyIndex,
            TreeSet<Integer> tiers) {
        int source = 0;
        int sink = 1;
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex(source);
        graph.addVertex(sink);
        List<DefaultWeightedEdge> sourceEdges = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            graph.addVertex(needVertex(i));
            sourceEdges.add(graph.addEdge(source, needVertex(i)));
        }
        for (int j = 0; j < supplies.size(); j++) {
            int v = supplyVertex(needs.size(), j);
            graph.addVertex(v);
            graph.setEdgeWeight(graph.addEdge(v, sink), supplies.get(j).slots());
        }
        for (Candidate c : candidates) {
            DefaultWeightedEdge e = graph.addEdge(
                    needVertex(needIndex.get(c.needId())),
                    supplyVertex(needs.size(), supplyIndex.get(c.supporterId())));
            graph.setEdgeWeight(e, 1);
        }
        Map<Integer, Integer> served = new TreeMap<>(Comparator.reverseOrder());
        int before = 0;
        for (int tier : tiers) {
            for (int i = 0; i < needs.size(); i++) {
                graph.setEdgeWeight(
                        sourceEdges.get(i),
                        needs.get(i).tier() >= tier ? needs.get(i).wanted() : 0);
            }
            int flow = (int) Math.round(new PushRelabelMFImpl<>(graph).getMaximumFlowValue(source, sink));
            served.put(tier, flow - before);
            before = flow;
        }
        return served;
    }

    /**
     * The allocation of maximum total score among those giving each tier exactly its places: a
     * minimum-cost flow from one source per tier, where a pair costs the best score less its own.
     */
    private static List<Match> bestScore(
            List<Need> needs,
            List<Supply> supplies,
            List<Candidate> candidates,
            Map<String, Integer> needIndex,
            Map<String, Integer> supplyIndex,
            Map<Integer, Integer> servedByTier) {
        int sink = 1;
        int firstTierSource = -1;
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex(sink);
        Map<Integer, Integer> tierSource = new HashMap<>();
        for (int tier : servedByTier.keySet()) {
            int v = firstTierSource - tierSource.size();
            tierSource.put(tier, v);
            graph.addVertex(v);
        }
        // Arcs other than candidate pairs cost nothing.
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            graph.addVertex(needVertex(i));
            capacity.put(
                    graph.addEdge(tierSource.get(needs.get(i).tier()), needVertex(i)),
                    needs.get(i).wanted());
        }
        for (int j = 0; j < supplies.size(); j++) {
            int v = supplyVertex(needs.size(), j);
            graph.addVertex(v);
            DefaultWeightedEdge e = graph.addEdge(v, sink);
            graph.setEdgeWeight(e, 0);
            capacity.put(e, supplies.get(j).slots());
        }
        double best = candidates.stream().mapToDouble(Candidate::score).max().orElse(0);
        Map<DefaultWeightedEdge, Candidate> pairOf = new HashMap<>();
        for (Candidate c : candidates) {
            DefaultWeightedEdge e = graph.addEdge(
                    needVertex(needIndex.get(c.needId())),
                    supplyVertex(needs.size(), supplyIndex.get(c.supporterId())));
            capacity.put(e, 1);
            // JGraphT 1.5.3's capacity scaling reads arc costs from the edge weights.
            graph.setEdgeWeight(e, best - c.score());
            pairOf.put(e, c);
        }
        int total = servedByTier.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> supply = new HashMap<>();
        servedByTier.forEach((tier, places) -> supply.put(tierSource.get(tier), places));
        supply.put(sink, -total);
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> flowProblem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                        graph, v -> supply.getOrDefault(v, 0), capacity::get, e -> 0, graph::getEdgeWeight);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(flowProblem);
        List<Match> matches = new ArrayList<>();
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            Candidate c = pairOf.get(e);
            if (c != null && flow.getFlow(e) > 0.5) {
                matches.add(new Match(c.needId(), c.supporterId(), c.score()));
            }
        }
        return matches;
    }

    private static int needVertex(int index) {
        return 2 + index;
    }

    private static int supplyVertex(int needCount, int index) {
        return 2 + needCount + index;
    }
}
