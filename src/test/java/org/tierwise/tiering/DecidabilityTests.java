package org.tierwise.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.facts.Ks2Facts;
import org.tierwise.school.facts.Ks4Facts;
import org.tierwise.school.facts.SchoolFacts;

/**
 * Issue 17, decidability not presence, on the real fixtures (Hampshire's downloads as published,
 * Hertfordshire's slices): a school is "cannot determine" only where some value of its missing
 * results could change its tier, and a school that met the coasting criteria in the run's year
 * with an earlier year not loaded is never decided without it.
 *
 * <p>The first is checked by filling each input an undecided school's decision lists as missing
 * with the worst and the best values DfE could have published (and mixes of the two across years)
 * and running the live rules again: if every fill gives the same tier, nothing missing could have
 * changed it. A figure the decision does not list (a suppressed earlier year) stays as published.
 */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:DecidabilityTests;DB_CLOSE_DELAY=-1"
        })
class DecidabilityTests {

    @Autowired
    TieringInputs inputs;

    @Autowired
    TieringEvaluator evaluator;

    @ParameterizedTest(name = "LA {0}, {1} results")
    @CsvSource({"850, 2018-19", "850, 2017-18", "919, 2018-19", "919, 2017-18"})
    void noSchoolIsUndecidedWhoseMissingResultsCouldNotChangeItsTier(int la, String year) {
        int endYear = AcademicYear.parse(year).endYear();
        LocalDate asOf = LocalDate.of(endYear, 12, 31);
        TieringInput input = inputs.load(la, endYear, asOf);
        List<SchoolTiering> results =
                evaluator.evaluate(input, asOf, done -> {}).schools();

        List<String> needlesslyUndecided = new ArrayList<>();
        int checked = 0;
        for (SchoolTiering school : results) {
            if (school.tier() != Tier.CANNOT_DETERMINE || missing(school, m -> m.contains("Ofsted"))) {
                continue; // a missing judgement can always change the tier (grade 4 is intervention)
            }
            checked++;
            Set<Tier> tiers = EnumSet.noneOf(Tier.class);
            for (Fill current : Fill.values()) {
                for (Fill earlier : Fill.values()) {
                    tiers.add(tierWith(input, school, current, earlier, asOf));
                }
            }
            if (tiers.size() < 2) {
                needlesslyUndecided.add(school.school().urn() + " "
                        + school.school().name() + ": missing "
                        + school.missing().stream().map(MissingInput::input).toList()
                        + ", yet every fill gives " + tiers);
            }
        }
        System.out.printf(
                "LA %d %s: %d of %d schools cannot be determined on results; %d of them needlessly%n",
                la, year, checked, results.size(), needlesslyUndecided.size());
        assertThat(needlesslyUndecided).isEmpty();
    }

    @ParameterizedTest(name = "LA {0}, {1} results")
    @CsvSource({"850, 2017-18", "850, 2018-19", "919, 2018-19"})
    void aSchoolThatMetTheCoastingCriteriaWithEarlierYearsNotLoadedIsNeverDecidedWithoutThem(int la, String year) {
        int endYear = AcademicYear.parse(year).endYear();
        LocalDate asOf = LocalDate.of(endYear, 12, 31);
        TieringInput input = inputs.load(la, endYear, asOf);
        int cases = 0;
        for (SchoolTiering school : evaluator.evaluate(input, asOf, done -> {}).schools()) {
            for (String stage : List.of("KS2", "KS4")) {
                Set<Integer> coastingYears = school.findings().stream()
                        .filter(f -> f.code().equals("COASTING_YEAR_" + stage))
                        .map(Finding::academicYear)
                        .collect(Collectors.toSet());
                if (!coastingYears.contains(endYear)) {
                    continue;
                }
                Set<Integer> loaded =
                        loadedYears(input.factsBySchool().get(school.school().urn()), stage);
                List<Integer> absent = List.of(endYear - 2, endYear - 1).stream()
                        .filter(y -> !loaded.contains(y))
                        .toList();
                boolean earlierRulesItOut =
                        loaded.stream().anyMatch(y -> y < endYear && y >= endYear - 2 && !coastingYears.contains(y));
                if (absent.isEmpty() || earlierRulesItOut) {
                    continue;
                }
                cases++;
                String years =
                        absent.stream().map(y -> new AcademicYear(y).label()).collect(Collectors.joining(" and "));
                assertThat(school.missing())
                        .as("%d %s", school.school().urn(), school.school().name())
                        .extracting(MissingInput::input)
                        .contains("coasting: " + stage + " results " + years + " not loaded");
                if (school.reasons().isEmpty()) {
                    assertThat(school.tier()).isEqualTo(Tier.CANNOT_DETERMINE);
                }
            }
        }
        System.out.printf(
                "LA %d %s: %d schools met the coasting criteria with earlier years absent%n", la, year, cases);
        if (la == 850 && endYear == 2018) {
            // Hampshire's files start at 2016-17, so a 2017-18 run has 2015-16 absent for every school.
            assertThat(cases).isPositive();
        }
    }

    private static boolean missing(SchoolTiering school, Predicate<String> test) {
        return school.missing().stream().map(MissingInput::input).anyMatch(test);
    }

    private static Set<Integer> loadedYears(List<Object> facts, String stage) {
        Set<Integer> years = new TreeSet<>();
        for (Object fact : facts) {
            if (stage.equals("KS2") && fact instanceof Ks2Facts k && k.rwmExpected() != null && k.progressPublished()) {
                years.add(k.academicYear());
            }
            if (stage.equals("KS4")
                    && fact instanceof Ks4Facts k
                    && k.progress8() != null
                    && k.upperBelowZero() != null) {
                years.add(k.academicYear());
            }
        }
        return years;
    }

    /** The extreme values DfE could have published for a figure that is not in the data. */
    enum Fill {
        WORST,
        BEST
    }

    /**
     * The school's tier with each input its decision lists as missing filled: the run's year's
     * results (present but not published in full, or absent) by one fill, the earlier years where a
     * coasting entry says they are not in the data by another. Figures it does not list stay as
     * they are (a fill leaves a published figure as published).
     */
    private Tier tierWith(TieringInput input, SchoolTiering school, Fill current, Fill earlier, LocalDate asOf) {
        SchoolFacts facts = school.school();
        int year = input.academicYear();
        String label = new AcademicYear(year).label();
        boolean ks2Now = missing(school, m -> m.startsWith("KS2 results " + label));
        boolean ks4Now =
                missing(school, m -> m.startsWith("KS4 results " + label) || m.startsWith("KS4 Progress 8 " + label));
        boolean ks2Before = missing(school, m -> m.startsWith("coasting: KS2"));
        boolean ks4Before = missing(school, m -> m.startsWith("coasting: KS4"));
        List<Object> filled = new ArrayList<>();
        Set<Integer> ks2Years = new TreeSet<>();
        Set<Integer> ks4Years = new TreeSet<>();
        for (Object fact : input.factsBySchool().get(facts.urn())) {
            if (fact instanceof Ks2Facts k) {
                boolean listed = k.academicYear() == year ? ks2Now : ks2Before;
                filled.add(listed ? fill(k, k.academicYear() == year ? current : earlier) : k);
                ks2Years.add(k.academicYear());
            } else if (fact instanceof Ks4Facts k) {
                boolean listed = k.academicYear() == year ? ks4Now : ks4Before;
                filled.add(listed ? fill(k, k.academicYear() == year ? current : earlier) : k);
                ks4Years.add(k.academicYear());
            } else {
                filled.add(fact);
            }
        }
        for (int y = year - 2; y <= year; y++) {
            Fill fill = y == year ? current : earlier;
            if ((y == year ? ks2Now : ks2Before) && !ks2Years.contains(y)) {
                filled.add(fill(emptyKs2(facts.urn(), y), fill));
            }
            if ((y == year ? ks4Now : ks4Before) && !ks4Years.contains(y)) {
                filled.add(fill(emptyKs4(facts.urn(), y), fill));
            }
        }
        TieringInput one = new TieringInput(year, List.of(facts), Map.of(facts.urn(), filled), input.digest());
        return evaluator.evaluate(one, asOf, done -> {}).schools().get(0).tier();
    }

    private static Double or(Double value, double instead) {
        return value != null ? value : instead;
    }

    private static Ks2Facts fill(Ks2Facts k, Fill fill) {
        boolean worst = fill == Fill.WORST;
        double progress = worst ? -20 : 20;
        return new Ks2Facts(
                k.urn(),
                k.academicYear(),
                k.recordType(),
                or(k.eligiblePupils(), 30),
                or(k.rwmExpected(), worst ? 0 : 100),
                or(k.readingProgress(), progress),
                or(k.readingProgressLower(), progress - 1),
                or(k.readingProgressUpper(), worst ? -0.1 : progress + 1),
                or(k.writingProgress(), progress),
                or(k.writingProgressLower(), progress - 1),
                or(k.writingProgressUpper(), worst ? -0.1 : progress + 1),
                or(k.mathsProgress(), progress),
                or(k.mathsProgressLower(), progress - 1),
                or(k.mathsProgressUpper(), worst ? -0.1 : progress + 1),
                k.disadvantagedPercent(),
                k.disadvantagedRwmExpected(),
                k.otherRwmExpected(),
                k.rwmLevel4(),
                k.readingExpectedProgress(),
                k.writingExpectedProgress(),
                k.mathsExpectedProgress(),
                k.dataStatus(),
                k.dataSource(),
                Map.of());
    }

    private static Ks4Facts fill(Ks4Facts k, Fill fill) {
        boolean worst = fill == Fill.WORST;
        double progress8 = or(k.progress8(), worst ? -3 : 3);
        boolean interval = k.progress8Upper() != null || k.progress8Band() != null;
        return new Ks4Facts(
                k.urn(),
                k.academicYear(),
                k.recordType(),
                or(k.pupils(), 150),
                or(k.progress8Coverage(), 100),
                progress8,
                interval ? k.progress8Lower() : Double.valueOf(progress8 - 0.2),
                interval ? k.progress8Upper() : Double.valueOf(worst ? -0.01 : progress8 + 1),
                k.progress8Band(),
                or(k.attainment8(), worst ? 10 : 80),
                or(k.englishMathsGrade5(), worst ? 0 : 100),
                k.ebaccEntry(),
                k.disadvantagedProgress8(),
                k.otherProgress8(),
                k.fiveACEnglishMaths(),
                k.englishExpectedProgress(),
                k.mathsExpectedProgress(),
                k.dataStatus(),
                k.dataSource(),
                Map.of());
    }

    private static Ks2Facts emptyKs2(int urn, int year) {
        return new Ks2Facts(
                urn, year, 1, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, Map.of());
    }

    private static Ks4Facts emptyKs4(int urn, int year) {
        return new Ks4Facts(
                urn, year, 1, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, Map.of());
    }
}
