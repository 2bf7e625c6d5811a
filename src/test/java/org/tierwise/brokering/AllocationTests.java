package org.tierwise.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tierwise.brokering.Allocation.Candidate;
import org.tierwise.brokering.Allocation.Match;
import org.tierwise.brokering.Allocation.Need;
import org.tierwise.brokering.Allocation.Problem;
import org.tierwise.brokering.Allocation.Result;
import org.tierwise.brokering.Allocation.Supply;

/** The allocation on small hand-checked problems and against a brute-force optimum. */
class AllocationTests {

    @Test
    void aSupporterWithOnePlaceGoesWhereItScoresMostAndTheOtherNeedTakesItsSecondChoice() {
        // S1 (1 place) scores 50 at A and 40 at B; S2 scores 10 at A and 35 at B.
        // Best: S1->A (50) + S2->B (35) = 85, not S1->B + S2->A = 50.
        Result result = Allocation.solve(new Problem(
                List.of(new Need("A", 3, 1), new Need("B", 3, 1)),
                List.of(new Supply("S1", 1), new Supply("S2", 1)),
                List.of(
                        new Candidate("A", "S1", 50),
                        new Candidate("B", "S1", 40),
                        new Candidate("A", "S2", 10),
                        new Candidate("B", "S2", 35))));
        assertThat(result.matches()).containsExactly(new Match("A", "S1", 50), new Match("B", "S2", 35));
        assertThat(result.totalScore()).isEqualTo(85);
    }

    @Test
    void capacityBindsSoTheBestSupporterServesOnlyAsManyNeedsAsItHasPlaces() {
        // S1 is best everywhere but has 2 places for 3 needs; S2 takes the need where it loses least.
        Result result = Allocation.solve(new Problem(
                List.of(new Need("A", 3, 1), new Need("B", 3, 1), new Need("C", 3, 1)),
                List.of(new Supply("S1", 2), new Supply("S2", 5)),
                List.of(
                        new Candidate("A", "S1", 60),
                        new Candidate("B", "S1", 60),
                        new Candidate("C", "S1", 60),
                        new Candidate("A", "S2", 20),
                        new Candidate("B", "S2", 50),
                        new Candidate("C", "S2", 30))));
        assertThat(result.matches())
                .containsExactly(new Match("A", "S1", 60), new Match("B", "S2", 50), new Match("C", "S1", 60));
        assertThat(result.matches().stream().filter(m -> m.supporterId().equals("S1")))
                .hasSize(2);
    }

    @Test
    void aHigherTierIsServedFirstEvenWhenALowerTierWouldScoreMore() {
        Result result = Allocation.solve(new Problem(
                List.of(new Need("T4", 4, 1), new Need("T3", 3, 1)),
                List.of(new Supply("S1", 1)),
                List.of(new Candidate("T4", "S1", 5), new Candidate("T3", "S1", 90))));
        assertThat(result.matches()).containsExactly(new Match("T4", "S1", 5));
        assertThat(result.servedByTier()).containsEntry(4, 1).containsEntry(3, 0);
    }

    @Test
    void servingTheHigherTierFirstStillLeavesTheLowerTierWhatCanBeLeft() {
        // S1 is better for T4, but only S1 can serve T3: T4 takes S2 so both are served.
        Result result = Allocation.solve(new Problem(
                List.of(new Need("T4", 4, 1), new Need("T3", 3, 1)),
                List.of(new Supply("S1", 1), new Supply("S2", 1)),
                List.of(new Candidate("T4", "S1", 80), new Candidate("T4", "S2", 20), new Candidate("T3", "S1", 10))));
        assertThat(result.matches()).containsExactly(new Match("T3", "S1", 10), new Match("T4", "S2", 20));
    }

    @Test
    void aNeedNoSupporterCanMeetStaysUnmetAndOthersAreUnaffected() {
        Result result = Allocation.solve(new Problem(
                List.of(new Need("A", 4, 2), new Need("B", 3, 1)),
                List.of(new Supply("S1", 3)),
                List.of(new Candidate("B", "S1", 12))));
        assertThat(result.allocated()).containsEntry("A", 0).containsEntry("B", 1);
        assertThat(result.matches()).containsExactly(new Match("B", "S1", 12));
    }

    @Test
    void aNeedGetsNoMoreSupportersThanItAsksFor() {
        Result result = Allocation.solve(new Problem(
                List.of(new Need("A", 4, 2)),
                List.of(new Supply("S1", 1), new Supply("S2", 1), new Supply("S3", 1)),
                List.of(new Candidate("A", "S1", 10), new Candidate("A", "S2", 30), new Candidate("A", "S3", 20))));
        assertThat(result.matches()).containsExactly(new Match("A", "S2", 30), new Match("A", "S3", 20));
    }

    @Test
    void tiesAreBrokenTheSameWayWhateverOrderTheInputCameIn() {
        List<Need> needs = new ArrayList<>(List.of(new Need("A", 3, 1), new Need("B", 3, 1), new Need("C", 3, 1)));
        List<Supply> supplies = new ArrayList<>(List.of(new Supply("S1", 1), new Supply("S2", 1), new Supply("S3", 1)));
        List<Candidate> candidates = new ArrayList<>();
        for (Need need : needs) {
            for (Supply supply : supplies) {
                candidates.add(new Candidate(need.id(), supply.supporterId(), 25));
            }
        }
        Result first = Allocation.solve(new Problem(needs, supplies, candidates));
        assertThat(first.matches()).hasSize(3);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(needs, random);
            Collections.shuffle(supplies, random);
            Collections.shuffle(candidates, random);
            assertThat(Allocation.solve(new Problem(needs, supplies, candidates))
                            .matches())
                    .isEqualTo(first.matches());
        }
    }

    @Test
    void unconnectedPartsAreAllocatedAsOneProblemWithTheirPlacesPerTierAddedUp() {
        // Part 1: T4 and T3a compete for S1. Part 2: T3b and S2, no pair with part 1.
        Result result = Allocation.solve(new Problem(
                List.of(new Need("T4", 4, 1), new Need("T3a", 3, 1), new Need("T3b", 3, 1)),
                List.of(new Supply("S1", 1), new Supply("S2", 1)),
                List.of(
                        new Candidate("T4", "S1", 10),
                        new Candidate("T3a", "S1", 70),
                        new Candidate("T3b", "S2", 40))));
        assertThat(result.matches()).containsExactly(new Match("T3b", "S2", 40), new Match("T4", "S1", 10));
        assertThat(result.servedByTier()).containsExactly(Map.entry(4, 1), Map.entry(3, 1));
        assertThat(result.allocated())
                .containsEntry("T3a", 0)
                .containsEntry("T3b", 1)
                .containsEntry("T4", 1);
    }

    @Test
    void matchesTheBruteForceOptimumOnRandomSmallProblems() {
        Random random = new Random(20_191_231L);
        for (int round = 0; round < 300; round++) {
            int needCount = 1 + random.nextInt(4);
            int supplyCount = 1 + random.nextInt(4);
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < needCount; i++) {
                needs.add(new Need("N" + i, 2 + random.nextInt(3), 1 + random.nextInt(2)));
            }
            List<Supply> supplies = new ArrayList<>();
            for (int j = 0; j < supplyCount; j++) {
                supplies.add(new Supply("S" + j, random.nextInt(3)));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Need need : needs) {
                for (Supply supply : supplies) {
                    // Sparse rounds leave the problem in several unconnected parts, solved one by one.
                    if (random.nextDouble() < (round % 2 == 0 ? 0.6 : 0.25)) {
                        candidates.add(new Candidate(
                                need.id(), supply.supporterId(), Math.round(random.nextDouble() * 900) / 10.0 - 15));
                    }
                }
            }
            Problem problem = new Problem(needs, supplies, candidates);
            Result result = Allocation.solve(problem);
            BruteForce best = BruteForce.of(problem);
            String context = "round " + round + ": " + problem;
            assertThat(servedByTier(result.matches(), needs)).as(context).isEqualTo(best.servedByTier);
            assertThat(result.totalScore())
                    .as(context)
                    .isCloseTo(best.score, org.assertj.core.data.Offset.offset(1e-6));
            assertFeasible(problem, result);
        }
    }

    static void assertFeasible(Problem problem, Result result) {
        Map<String, Long> perSupporter = new HashMap<>();
        Map<String, Long> perNeed = new HashMap<>();
        for (Match m : result.matches()) {
            perSupporter.merge(m.supporterId(), 1L, Long::sum);
            perNeed.merge(m.needId(), 1L, Long::sum);
            assertThat(problem.candidates())
                    .anyMatch(c ->
                            c.needId().equals(m.needId()) && c.supporterId().equals(m.supporterId()));
        }
        problem.supplies().forEach(s -> assertThat(perSupporter.getOrDefault(s.supporterId(), 0L))
                .as("places of %s", s.supporterId())
                .isLessThanOrEqualTo(s.slots()));
        problem.needs().forEach(n -> assertThat(perNeed.getOrDefault(n.id(), 0L))
                .as("supporters of %s", n.id())
                .isLessThanOrEqualTo(n.wanted()));
        assertThat(result.matches().stream().map(m -> m.needId() + "|" + m.supporterId()))
                .doesNotHaveDuplicates();
    }

    private static Map<Integer, Integer> servedByTier(List<Match> matches, List<Need> needs) {
        Map<String, Integer> tierOf = new HashMap<>();
        needs.forEach(n -> tierOf.put(n.id(), n.tier()));
        Map<Integer, Integer> served = new TreeMap<>();
        needs.forEach(n -> served.put(n.tier(), 0));
        matches.forEach(m -> served.merge(tierOf.get(m.needId()), 1, Integer::sum));
        return served;
    }

    /** Every subset of the candidate pairs, kept when feasible; the best by places per tier, then score. */
    private record BruteForce(Map<Integer, Integer> servedByTier, double score) {

        static BruteForce of(Problem problem) {
            List<Candidate> pairs = problem.candidates();
            Map<String, Need> needs = new HashMap<>();
            problem.needs().forEach(n -> needs.put(n.id(), n));
            Map<String, Integer> slots = new HashMap<>();
            problem.supplies().forEach(s -> slots.put(s.supporterId(), s.slots()));
            BruteForce best = null;
            for (long mask = 0; mask < (1L << pairs.size()); mask++) {
                Map<String, Integer> usedNeed = new HashMap<>();
                Map<String, Integer> usedSupply = new HashMap<>();
                Map<Integer, Integer> served = new TreeMap<>();
                problem.needs().forEach(n -> served.put(n.tier(), 0));
                double score = 0;
                boolean feasible = true;
                for (int k = 0; k < pairs.size() && feasible; k++) {
                    if ((mask & (1L << k)) == 0) {
                        continue;
                    }
                    Candidate c = pairs.get(k);
                    int n = usedNeed.merge(c.needId(), 1, Integer::sum);
                    int s = usedSupply.merge(c.supporterId(), 1, Integer::sum);
                    feasible = n <= needs.get(c.needId()).wanted() && s <= slots.get(c.supporterId());
                    served.merge(needs.get(c.needId()).tier(), 1, Integer::sum);
                    score += c.score();
                }
                if (feasible && (best == null || better(served, score, best))) {
                    best = new BruteForce(served, score);
                }
            }
            return best;
        }

        private static boolean better(Map<Integer, Integer> served, double score, BruteForce than) {
            for (int tier : ((TreeMap<Integer, Integer>) served).descendingKeySet()) {
                int compare = Integer.compare(served.get(tier), than.servedByTier.get(tier));
                if (compare != 0) {
                    return compare > 0;
                }
            }
            return score > than.score + 1e-9;
        }
    }
}
