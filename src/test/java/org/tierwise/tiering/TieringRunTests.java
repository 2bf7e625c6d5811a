package org.tierwise.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.ConcernKind;
import org.tierwise.school.DataStatus;
import org.tierwise.school.Ks4Result;
import org.tierwise.school.Ks4ResultRepository;
import org.tierwise.school.SchoolService;
import org.tierwise.tiering.web.TieringReports;

/** Results-day runs over the Hertfordshire fixtures. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:TieringRunTests;DB_CLOSE_DELAY=-1"
        })
class TieringRunTests {

    @Autowired
    TieringRun tiering;

    @Autowired
    TieringRunStore store;

    @Autowired
    TieringInputs inputs;

    @Autowired
    TieringEvaluator evaluator;

    @Autowired
    RunComparison comparison;

    @Autowired
    Ks4ResultRepository ks4;

    @Autowired
    SchoolService schools;

    @Autowired
    TieringReports reports;

    @Test
    void tiersEverySchoolOfTheAuthorityWithItsReasons() {
        long started = System.nanoTime();
        RunRecord run = tiering.run(request(2019, null), "test");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Tiering run over LA 919 (%d schools) took %d ms end to end%n", run.schoolCount(), millis);

        List<StoredTier> results = store.results(run.id());
        assertThat(results).hasSize(run.schoolCount()).hasSizeGreaterThan(450);
        Map<Integer, List<StoredDetail>> details = store.details(run.id());
        assertThat(results).allSatisfy(result -> {
            List<StoredDetail> d = details.get(result.urn());
            assertThat(d).as("details of %s", result.urn()).anyMatch(x -> x.kind()
                    .equals("DECISION"));
            if (result.tier() == Tier.CANNOT_DETERMINE) {
                assertThat(d).as("missing inputs of %s", result.urn()).anyMatch(x -> x.kind()
                        .equals("MISSING"));
            } else {
                assertThat(d).as("reasons of %s", result.urn()).anyMatch(x -> x.kind()
                        .equals("REASON"));
            }
            assertThat(d).allSatisfy(x -> assertThat(x.ruleId()).startsWith("TIER-"));
        });
        assertThat(run.ruleSetDigest()).hasSize(64);
        assertThat(run.inputDigest()).hasSize(64);
        assertThat(run.asOf()).isEqualTo(LocalDate.of(2019, 12, 31));

        // The run states what it read and how recent it was (issue 17).
        var inputs = store.inputs(run.id());
        assertThat(inputs)
                .extracting(RunInput::input)
                .contains("Ofsted", "KS2 2018-19", "KS4 2018-19", "KS2 2017-18", "Local intelligence");
        RunInput ofsted = inputs.get(0);
        assertThat(ofsted.asAt()).isNotNull().isBeforeOrEqualTo(run.asOf());
        assertThat(ofsted.schools()).isPositive();
        RunInput ks2 = inputs.stream()
                .filter(i -> i.input().equals("KS2 2018-19"))
                .findFirst()
                .orElseThrow();
        assertThat(ks2.releases()).startsWith("final ");
        assertThat(ks2.files()).isNotEmpty().allSatisfy(f -> assertThat(f)
                .matches("(published|constructed): .*")
                .doesNotContain(", line "));
    }

    @Test
    void findsTheConstructedCoastingCasesAndTheBoundaryOne() {
        Map<Integer, StoredTier> tiers =
                byUrn(store.results(tiering.run(request(2019, null), "test").id()));
        long runId = tiers.values().iterator().next().runId();
        assertThat(codes(runId, 138201, "FINDING")).contains("COASTING");
        assertThat(tiers.get(138201).tier()).isEqualTo(Tier.INTENSIVE);
        assertThat(codes(runId, 144903, "FINDING")).doesNotContain("COASTING");
        assertThat(codes(runId, 144904, "FINDING")).contains("COASTING");
        // 117552 meets the KS4 criteria in 2017 and 2018, but its published 2019 Progress 8 is
        // exactly -0.25, not below: two coasting years, not three, so not coasting.
        assertThat(codes(runId, 117552, "FINDING")).containsExactly("COASTING_YEAR_KS4", "COASTING_YEAR_KS4");
        assertThat(codes(runId, 117130, "REASON")).contains("FALLING_ATTAINMENT");

        // ... and its decision says how close it came (issue 17): the near miss is stored, shown
        // for the school and listed in the run among the schools within the margin, closest first.
        var nearMisses = reports.tier(runId, 117552).nearMisses();
        assertThat(nearMisses)
                .filteredOn(m -> m.standard().equals("KS4_COASTING_YEAR"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.margin()).isZero();
                    assertThat(m.withinMargin()).isTrue();
                    assertThat(m.reason())
                            .isEqualTo("KS4 2018-19: Progress 8 -0.25 equals the -0.25 coasting threshold"
                                    + " (below -0.25, significantly, is a coasting year)");
                    assertThat(m.ruleId()).isEqualTo("TIER-114");
                    // Provenance: the published Progress 8 and the constructed interval beside it.
                    assertThat(m.dataSources())
                            .containsExactlyInAnyOrder(
                                    "published: herts919_ks4_2018-19_p8_waiky8.csv, line 9",
                                    "constructed: designed 2018-19 KS4 confidence interval around the published"
                                            + " Progress 8");
                });
        var listed = reports.nearMisses(runId, "KS4_COASTING_YEAR");
        assertThat(listed).extracting(l -> l.urn()).contains(117552);
        assertThat(listed).allSatisfy(l -> {
            assertThat(l.nearMiss().withinMargin()).isTrue();
            assertThat(l.nearMiss().standard()).isEqualTo("KS4_COASTING_YEAR");
        });
        assertThat(listed).extracting(l -> l.nearMiss().margin()).isSorted();
        assertThat(reports.nearMisses(runId, null)).hasSizeGreaterThan(listed.size());
    }

    /**
     * No published file carries a floor flag, but DfE's Progress 8 band "well below average" is the
     * floor's test (P8 below -0.5 with the upper confidence limit below zero): every mainstream
     * school the rule flags must carry that band, and every mainstream school with it be flagged.
     */
    @Test
    void ks4FloorTestAgreesWithTheDfeWellBelowAverageBand() {
        long runId = tiering.run(request(2023, null), "test").id();
        List<Ks4Result> published = ks4.findAll().stream()
                .filter(r -> r.getAcademicYear() == 2023)
                .filter(r -> r.getRecordType() != null && r.getRecordType() == 1)
                .filter(r ->
                        r.getProgress8Band() != null && r.getProgress8Band().isPublished())
                .toList();
        assertThat(published).hasSizeGreaterThanOrEqualTo(6);
        int wellBelow = 0;
        for (Ks4Result result : published) {
            boolean banded = result.getProgress8Band().number() == 5;
            boolean flagged = codes(runId, result.getUrn(), "REASON").contains("PROGRESS8_WELL_BELOW");
            assertThat(flagged)
                    .as("URN %s, band %s", result.getUrn(), result.getProgress8Band())
                    .isEqualTo(banded);
            wellBelow += banded ? 1 : 0;
        }
        assertThat(wellBelow).isGreaterThanOrEqualTo(2);
    }

    /**
     * The 2018-19 slice publishes Progress 8 and its band but not the interval; the band carries the
     * interval's sign, so the floor rule flags exactly the mainstream schools banded well below average.
     */
    @Test
    void ks4FloorRuleAgreesWithThePublished2019Bands() {
        long runId = tiering.run(request(2019, null), "test").id();
        List<Ks4Result> published = ks4.findAll().stream()
                .filter(r -> r.getAcademicYear() == 2019)
                .filter(r -> r.getRecordType() != null && r.getRecordType() == 1)
                .filter(r -> r.getProgress8() != null && r.getProgress8().isPublished())
                .filter(r ->
                        r.getProgress8Band() != null && r.getProgress8Band().isPublished())
                .filter(r -> store.result(runId, r.getUrn()).isPresent())
                .toList();
        assertThat(published).hasSizeGreaterThan(50);
        long wellBelow = 0;
        for (Ks4Result result : published) {
            boolean banded = result.getProgress8Band().number() == 5;
            boolean flagged = codes(runId, result.getUrn(), "REASON").contains("BELOW_FLOOR_KS4");
            assertThat(flagged)
                    .as("URN %s, band %s", result.getUrn(), result.getProgress8Band())
                    .isEqualTo(banded);
            wellBelow += banded ? 1 : 0;
        }
        System.out.printf(
                "KS4 floor 2018-19: %d mainstream schools with a published band, %d well below average, all flagged%n",
                published.size(), wellBelow);
        assertThat(wellBelow).isGreaterThan(0);
    }

    @Test
    void aSecondRunOnChangedDataReportsExactlyTheSchoolsThatMovedAndWhy() {
        LocalDate asOf = LocalDate.of(2023, 12, 31);
        long first = tiering.run(request(2023, asOf), "test").id();
        List<StoredTier> firstResults = store.results(first);
        Map<Integer, StoredTier> before = byUrn(firstResults);
        int universal = before.values().stream()
                .filter(t -> t.tier() == Tier.UNIVERSAL)
                .findFirst()
                .orElseThrow()
                .urn();
        schools.recordConcern(
                universal, ConcernKind.SAFEGUARDING, asOf.minusDays(10), "Referral received", "test", null);

        long second = tiering.run(request(2023, asOf), "test").id();
        RunComparison.Result result = comparison.compare(second, first);

        assertThat(result.movers()).singleElement().satisfies(mover -> {
            assertThat(mover.urn()).isEqualTo(universal);
            assertThat(mover.before()).isEqualTo(Tier.UNIVERSAL);
            assertThat(mover.after()).isEqualTo(Tier.INTENSIVE);
            assertThat(mover.change()).isEqualTo(RunComparison.Change.UP);
            assertThat(mover.reasonsAdded()).containsExactly("SAFEGUARDING_CONCERN (TIER-060)");
            assertThat(mover.reasonsRemoved()).containsExactly("NO_CONCERN (TIER-090)");
        });
        assertThat(result.counts().get(RunComparison.Change.SAME)).isEqualTo(before.size() - 1);
        assertThat(store.results(first))
                .isEqualTo(List.copyOf(before.values().stream()
                        .sorted((a, b) -> store.results(first).indexOf(a)
                                - store.results(first).indexOf(b))
                        .toList()));
    }

    @Test
    void keepsAnOverrideBesideTheComputedTier() {
        long runId = tiering.run(request(2019, null), "test").id();
        StoredTier overridden =
                tiering.override(runId, 138201, Tier.INTERVENTION, "Governors resigned en bloc", "commissioner");
        assertThat(overridden.tier()).isEqualTo(Tier.INTENSIVE);
        assertThat(overridden.effectiveTier()).isEqualTo(Tier.INTERVENTION);
        assertThat(overridden.override().reason()).isEqualTo("Governors resigned en bloc");
        assertThat(overridden.override().by()).isEqualTo("commissioner");
        assertThatThrownBy(() -> tiering.override(runId, 999999, Tier.TARGETED, "x", "y"))
                .isInstanceOf(RunNotFoundException.class);
    }

    @Test
    void aNewRunCarriesTheOverrideFromTheRunBeforeItWithTheRulesOwnTierBeside() {
        long a = tiering.run(request(2019, null), "test").id();
        tiering.override(a, 138201, Tier.INTERVENTION, "Head and chair resigned", "commissioner");
        StoredTier.Override recorded = store.result(a, 138201).orElseThrow().override();
        assertThat(recorded.carried()).isFalse();

        long b = tiering.run(request(2019, null), "test").id();
        StoredTier inB = store.result(b, 138201).orElseThrow();
        assertThat(inB.effectiveTier()).isEqualTo(Tier.INTERVENTION);
        assertThat(inB.tier()).isEqualTo(Tier.INTENSIVE);
        assertThat(inB.override())
                .isEqualTo(new StoredTier.Override(
                        Tier.INTERVENTION, "Head and chair resigned", "commissioner", recorded.at(), a));
        assertThat(store.results(b).stream().filter(r -> r.override() != null))
                .extracting(StoredTier::urn)
                .containsExactly(138201);

        // Carried again, it still names the run the officer recorded it in.
        long c = tiering.run(request(2019, null), "test").id();
        assertThat(store.result(c, 138201).orElseThrow().override().carriedFromRun())
                .isEqualTo(a);

        // A withdrawn run's override is not carried: the next run carries the one in force before it.
        long w = tiering.run(request(2019, null), "test").id();
        tiering.override(w, 138201, Tier.TARGETED, "Typed in the wrong school", "commissioner");
        tiering.withdraw(w, "Run on the wrong data", "commissioner");
        long d = tiering.run(request(2019, null), "test").id();
        assertThat(store.result(d, 138201).orElseThrow().override())
                .isEqualTo(new StoredTier.Override(
                        Tier.INTERVENTION, "Head and chair resigned", "commissioner", recorded.at(), a));

        // An earlier year's run is not given a later year's override.
        assertThat(store.results(tiering.run(request(2018, null), "test").id()))
                .allSatisfy(r -> assertThat(r.override()).isNull());

        StoredTier removed = tiering.removeOverride(d, 138201, "Chair replaced, head appointed", "commissioner");
        assertThat(removed.override()).isNull();
        assertThat(removed.effectiveTier()).isEqualTo(Tier.INTENSIVE);
        assertThat(store.result(tiering.run(request(2019, null), "test").id(), 138201)
                        .orElseThrow()
                        .override())
                .isNull();
        assertThatThrownBy(() -> tiering.removeOverride(d, 138201, "again", "commissioner"))
                .isInstanceOf(OverrideNotFoundException.class);
    }

    @Test
    void leavesOutSchoolsClosedOnTheRunDateAndIndependentSchools() {
        TieringInput in2023 = inputs.load(919, 2023, LocalDate.of(2023, 12, 31));
        List<Integer> urns = in2023.schools().stream().map(s -> s.urn()).toList();
        assertThat(urns).doesNotContain(117285, 117348, 136607, 117600).contains(149330);
        TieringInput in2021 = inputs.load(919, 2022, LocalDate.of(2022, 1, 31));
        assertThat(in2021.schools().stream().map(s -> s.urn())).contains(117285).doesNotContain(149330);
    }

    @Test
    void evaluatesTheSameFactsToTheSameDecisions() {
        LocalDate asOf = LocalDate.of(2019, 12, 31);
        TieringInput input = inputs.load(919, 2019, asOf);
        TieringEvaluation once = evaluator.evaluate(input, asOf, done -> {});
        TieringEvaluation again = evaluator.evaluate(input, asOf, done -> {});
        assertThat(again.schools().stream().map(SchoolTiering::tier).toList())
                .isEqualTo(once.schools().stream().map(SchoolTiering::tier).toList());
        assertThat(inputs.load(919, 2019, asOf).digest()).isEqualTo(input.digest());
    }

    private static TieringRun.Request request(int year, LocalDate asOf) {
        return new TieringRun.Request(919, new AcademicYear(year), DataStatus.FINAL, asOf);
    }

    private List<String> codes(long runId, int urn, String kind) {
        return store.details(runId, urn).stream()
                .filter(d -> d.kind().equals(kind))
                .map(StoredDetail::code)
                .toList();
    }

    private static Map<Integer, StoredTier> byUrn(List<StoredTier> tiers) {
        return tiers.stream().collect(Collectors.toMap(StoredTier::urn, Function.identity()));
    }
}
