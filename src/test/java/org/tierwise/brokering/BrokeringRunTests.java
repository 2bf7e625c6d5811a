package org.tierwise.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.rules.RuleEngine;
import org.tierwise.school.AcademicYear;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.TieringRun;
import org.tierwise.tiering.TieringRunStore;

/** A brokering run over the Hertfordshire fixtures after the 2018-19 tiering run. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:BrokeringRunTests;DB_CLOSE_DELAY=-1"
        })
class BrokeringRunTests {

    @Autowired
    TieringRun tiering;

    @Autowired
    TieringRunStore tierings;

    @Autowired
    BrokeringRun brokering;

    @Autowired
    BrokeringRunStore store;

    @Autowired
    SupporterRepository supporters;

    @Autowired
    RuleEngine engine;

    @Test
    void everySchoolInTier3Or4IsMatchedOrSaysWhyAndNoSupporterIsOverCapacity() {
        RunRecord tiered = tiering.run(new TieringRun.Request(919, AcademicYear.parse("2018-19"), null, null), "test");
        long started = System.nanoTime();
        BrokeringRunRecord run = brokering.run(tiered.id(), "test");
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<StoredTier> concern = tierings.results(tiered.id()).stream()
                .filter(t -> t.effectiveTier().level() >= 3)
                .toList();
        List<BrokeringRunStore.StoredNeed> needs = store.needs(run.id());
        Map<Integer, List<BrokeringRunStore.StoredNeed>> byUrn =
                needs.stream().collect(Collectors.groupingBy(BrokeringRunStore.StoredNeed::urn));
        List<BrokeringRunStore.StoredCandidate> matches = store.matches(run.id());
        Set<Integer> matched =
                matches.stream().map(BrokeringRunStore.StoredCandidate::urn).collect(Collectors.toSet());
        long withReason = concern.stream()
                .filter(t -> byUrn.getOrDefault(t.urn(), List.of()).stream().anyMatch(n -> n.unmetReason() != null))
                .count();
        System.out.printf(
                "Brokering run over LA 919 after tiering run %d: %d schools in tier 3 or 4, %d needs, %d matches,"
                        + " %d schools matched, %d with a stated reason for an unmet need, total score %.1f, in %d ms%n",
                tiered.id(),
                concern.size(),
                run.needCount(),
                run.matchCount(),
                matched.size(),
                withReason,
                run.totalScore(),
                millis);
        byUrn.values().stream()
                .flatMap(List::stream)
                .filter(n -> n.unmetReason() != null)
                .limit(8)
                .forEach(n -> System.out.printf("  unmet %d/%s: %s%n", n.urn(), n.area(), n.unmetReason()));

        assertThat(concern).isNotEmpty();
        assertThat(matches).isNotEmpty();
        assertThat(concern).allSatisfy(t -> assertThat(byUrn.get(t.urn()))
                .as("needs of %s (tier %s)", t.urn(), t.effectiveTier())
                .isNotEmpty()
                .allSatisfy(
                        n -> assertThat(n.allocated() >= n.wanted() && !n.area().equals(BrokeringRun.NO_NEED)
                                        || n.unmetReason() != null)
                                .as("%s/%s is met or says why", n.urn(), n.area())
                                .isTrue()));

        BrokeringParameters parameters = new BrokeringParameters(engine.current(), run.asOf());
        Map<String, Long> perSupporter = matches.stream()
                .collect(Collectors.groupingBy(BrokeringRunStore.StoredCandidate::supporterId, Collectors.counting()));
        Map<String, Supporter> register = new HashMap<>();
        supporters.findAll().forEach(s -> register.put(s.getId(), s));
        perSupporter.forEach((id, count) -> {
            Supporter s = register.get(id);
            int cap = (int) parameters.cap(s.getRole());
            int offered = s.getCapacityDeployments() == null ? cap : Math.min(cap, s.getCapacityDeployments());
            if (s.getCapacityDays() != null) {
                offered = Math.min(offered, (int) (s.getCapacityDays() / parameters.daysPerDeployment()));
            }
            assertThat(count).as("deployments of %s", id).isLessThanOrEqualTo(offered);
        });
        assertThat(matches)
                .allSatisfy(m -> assertThat(m.reasons()).anyMatch(r -> r.kind().equals("COMPONENT")));

        // Pairs and their reasons are written in batches: each stored reason belongs to its own pair.
        List<BrokeringRunStore.StoredCandidate> eligible = byUrn.keySet().stream()
                .flatMap(urn -> store.candidates(run.id(), urn).stream())
                .filter(BrokeringRunStore.StoredCandidate::eligible)
                .toList();
        assertThat(eligible).hasSizeGreaterThan(matches.size());
        assertThat(eligible).allSatisfy(c -> assertThat(c.reasons())
                .filteredOn(r -> r.kind().equals("ELIGIBLE"))
                .singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .startsWith(register.get(c.supporterId()).getName())
                        .endsWith(" for " + c.area() + " at " + c.urn())));
    }
}
