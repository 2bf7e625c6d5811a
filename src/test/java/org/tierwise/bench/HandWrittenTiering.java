package org.tierwise.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tierwise.rules.Parameter;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.ConcernKind;
import org.tierwise.school.Governance;
import org.tierwise.school.Phase;
import org.tierwise.school.facts.ConcernFacts;
import org.tierwise.school.facts.Ks2Facts;
import org.tierwise.school.facts.Ks4Facts;
import org.tierwise.school.facts.OfstedFacts;
import org.tierwise.school.facts.SchoolFacts;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringInput;

/**
 * The tier decision of {@code rules/tiering/*.drl} written by hand in plain Java, as the baseline
 * the rules engine is measured against: the same facts, the same dated parameters, one pass per
 * school, no explanations. Only what decides the tier is here (reasons, raises, missing inputs and
 * the decision rules TIER-090 to TIER-093); needs, actions and findings that decide nothing are not.
 */
public final class HandWrittenTiering {

    private static final Set<Phase> KS2_PHASES = EnumSet.of(Phase.PRIMARY, Phase.MIDDLE, Phase.ALL_THROUGH);
    private static final Set<Phase> KS4_PHASES = EnumSet.of(Phase.SECONDARY, Phase.ALL_THROUGH);
    private static final Set<Phase> NOT_FLOOR = EnumSet.of(Phase.SPECIAL, Phase.ALTERNATIVE_PROVISION);

    private final Map<String, List<Parameter>> parameters;

    public HandWrittenTiering(Collection<Parameter> parameters) {
        this.parameters = parameters.stream().collect(Collectors.groupingBy(Parameter::name));
    }

    /** The tier of every school of the input, in the input's order. */
    public Map<Integer, Tier> tiers(TieringInput input, LocalDate asOf) {
        Map<Integer, Tier> tiers = new LinkedHashMap<>();
        for (SchoolFacts school : input.schools()) {
            tiers.put(school.urn(), tier(school, input.factsBySchool().get(school.urn()), input.academicYear(), asOf));
        }
        return tiers;
    }

    /** The value of the parameter in force on {@code date}, or null when none is (the rule cannot fire). */
    private Double param(String name, LocalDate date) {
        for (Parameter p : parameters.getOrDefault(name, List.of())) {
            if (p.appliesOn(date)) {
                return p.number();
            }
        }
        return null;
    }

    private boolean inForce(String name, LocalDate date) {
        return parameters.getOrDefault(name, List.of()).stream().anyMatch(p -> p.appliesOn(date));
    }

    Tier tier(SchoolFacts s, List<Object> facts, int year, LocalDate asOf) {
        OfstedFacts o = null;
        Map<Integer, Ks2Facts> ks2 = new HashMap<>();
        Map<Integer, Ks4Facts> ks4 = new HashMap<>();
        List<ConcernFacts> concerns = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof OfstedFacts of) {
                o = of;
            } else if (fact instanceof Ks2Facts k) {
                ks2.put(k.academicYear(), k);
            } else if (fact instanceof Ks4Facts k) {
                ks4.put(k.academicYear(), k);
            } else if (fact instanceof ConcernFacts c) {
                concerns.add(c);
            }
        }
        int highest = 0;
        int missing = 0;
        if (o != null) {
            highest = Math.max(highest, ofsted(s, o, asOf));
            if (inForce("law.coasting-2022", asOf) // TIER-012
                    && is(o.latestGrade(), 3)
                    && o.previousGrade() != null
                    && o.previousGrade() >= 3
                    && (o.latestQualityOfEducation() == null || o.previousQualityOfEducation() == null)) {
                missing++;
            }
        } else {
            missing++; // TIER-080
        }
        highest = Math.max(highest, floorAndCoasting(s, ks2, ks4, year));
        highest = Math.max(highest, trendsAndGaps(ks2, ks4, year, asOf));
        int raises = 0;
        for (ConcernFacts c : concerns) {
            if (c.kind() == ConcernKind.SAFEGUARDING && active(c, "concern.safeguarding.months", asOf)) {
                highest = Math.max(highest, 3); // TIER-060
            } else if ((c.kind() == ConcernKind.LEADERSHIP_CHANGE && active(c, "concern.leadership.months", asOf))
                    || (c.kind() == ConcernKind.GOVERNANCE && active(c, "concern.governance.months", asOf))
                    || (c.kind() == ConcernKind.FINANCE && active(c, "concern.finance.months", asOf))) {
                raises++; // TIER-061 to TIER-063
            }
        }
        boolean ks2Phase = KS2_PHASES.contains(s.phase()) && !s.infantOrFirst();
        Ks2Facts k2 = ks2.get(year);
        if (ks2Phase
                && (k2 == null || k2.rwmExpected() == null || !k2.progressPublished())
                && !(k2 != null && attainmentNotNeeded(k2, ks2.get(year - 1), ks2.get(year - 2)))) {
            missing++; // TIER-081, TIER-082 (not where TIER-088 finds attainment not needed)
        }
        Ks4Facts k4 = ks4.get(year);
        if (KS4_PHASES.contains(s.phase()) && (k4 == null || k4.progress8() == null || k4.progress8Upper() == null)) {
            missing++; // TIER-083, TIER-084
        }
        if (highest == 0) { // TIER-090, TIER-092, TIER-093
            if (missing > 0 && raises == 0) {
                return Tier.CANNOT_DETERMINE;
            }
            highest = 1;
        }
        Tier reached = Tier.ofLevel(highest); // TIER-091
        return raises > 0 ? reached.raisedBy(1) : reached;
    }

    private boolean active(ConcernFacts c, String months, LocalDate asOf) {
        Double m = param(months, asOf);
        return m != null && c.activeOn(asOf, m);
    }

    /** TIER-001 to TIER-011: the level the Ofsted judgements reach (0 for none). */
    private int ofsted(SchoolFacts s, OfstedFacts o, LocalDate asOf) {
        int level = 0;
        if (o.category() == CategoryOfConcern.SPECIAL_MEASURES
                || o.category() == CategoryOfConcern.SERIOUS_WEAKNESSES) {
            level = 4;
        }
        if (is(o.latestGrade(), 4) && o.category() == CategoryOfConcern.NONE) {
            level = 4;
        }
        if (is(o.latestGrade(), 3)) {
            level = Math.max(
                    level,
                    o.consecutiveRequiresImprovement() >= 2 ? 3 : o.consecutiveRequiresImprovement() == 1 ? 2 : 0);
        }
        Double notYetGood = param("tiering.not-yet-good.months", asOf);
        if (notYetGood != null
                && o.latestGrade() != null
                && o.latestGrade() >= 3
                && o.monthsBelowGood(asOf) >= notYetGood) {
            level = Math.max(level, 3);
        }
        if (o.declined()) {
            level = Math.max(level, 2);
        }
        Double reinspection = param("ofsted.good.reinspection-months", asOf);
        if (reinspection != null && is(o.latestGrade(), 2) && o.monthsSinceLatest(asOf) > reinspection) {
            level = Math.max(level, 2);
        }
        Double stale = param("ofsted.outstanding.stale-months", asOf);
        if (stale != null && is(o.latestGrade(), 1) && o.monthsSinceLatest(asOf) > stale) {
            level = Math.max(level, 2);
        }
        if (inForce("law.coasting-2022", asOf)
                && s.phase() != Phase.NURSERY
                && is(o.latestQualityOfEducation(), 3)
                && o.previousQualityOfEducation() != null
                && o.previousQualityOfEducation() >= 3) {
            level = 4;
        }
        return level;
    }

    /** TIER-020 to TIER-031: floor standards, coasting over three years, Progress 8 well below average. */
    private int floorAndCoasting(SchoolFacts s, Map<Integer, Ks2Facts> ks2, Map<Integer, Ks4Facts> ks4, int year) {
        int level = 0;
        boolean ks2Phase = KS2_PHASES.contains(s.phase());
        boolean ks4Floor = !NOT_FLOOR.contains(s.phase()) && s.governance() != Governance.INDEPENDENT;
        Ks2Facts r2 = ks2.get(year);
        if (ks2Phase && !s.infantOrFirst() && r2 != null && !is(r2.recordType(), 2)) {
            if (ks2Floor2016(r2) || ks2Floor2014(r2)) {
                level = 3;
            }
        }
        Ks4Facts r4 = ks4.get(year);
        if (r4 != null && !is(r4.recordType(), 2) && !NOT_FLOOR.contains(s.phase())) {
            if ((ks4Floor && ks4Floor2016(r4)) || ks4Floor2014(r4)) {
                level = 3;
            }
            Double wellBelow = param("ks4.well-below.progress8", r4.yearEnd());
            if (ks4Floor
                    && wellBelow != null
                    && r4.progress8() != null
                    && r4.progress8Upper() != null
                    && r4.progress8() < wellBelow
                    && r4.progress8Upper() < 0) {
                level = 3; // TIER-031
            }
        }
        if (ks2Phase && coastingThreeYears(year, y -> ks2.get(y) != null && ks2CoastingYear(ks2.get(y)))) {
            level = 3;
        }
        if (!NOT_FLOOR.contains(s.phase())
                && coastingThreeYears(year, y -> ks4.get(y) != null && ks4CoastingYear(ks4.get(y)))) {
            level = 3;
        }
        return level;
    }

    private static boolean coastingThreeYears(int year, java.util.function.IntPredicate coastingYear) {
        return coastingYear.test(year) && coastingYear.test(year - 1) && coastingYear.test(year - 2); // TIER-028
    }

    private boolean attainmentNotNeeded(Ks2Facts r, Ks2Facts y1, Ks2Facts y2) { // TIER-088
        if (r.rwmExpected() != null || !r.progressPublished()) {
            return false;
        }
        for (String test : List.of("ks2.floor", "ks2.coasting")) {
            Double rd = param(test + ".reading", r.yearEnd());
            Double wr = param(test + ".writing", r.yearEnd());
            Double ma = param(test + ".maths", r.yearEnd());
            if (rd != null && wr != null && ma != null && r.subjectsBelow(rd, wr, ma) > 0) {
                return false;
            }
        }
        return y1 == null
                || y1.rwmExpected() == null
                || y2 == null
                || y2.rwmExpected() == null
                || y2.rwmExpected() <= y1.rwmExpected();
    }

    private boolean ks2Floor2016(Ks2Facts r) { // TIER-020
        if (r.rwmExpected() == null || !r.progressPublished()) {
            return false;
        }
        Double att = param("ks2.floor.attainment", r.yearEnd());
        Double rd = param("ks2.floor.reading", r.yearEnd());
        Double wr = param("ks2.floor.writing", r.yearEnd());
        Double ma = param("ks2.floor.maths", r.yearEnd());
        Double min = param("ks2.floor.min-pupils", r.yearEnd());
        if (att == null || rd == null || wr == null || ma == null || min == null) {
            return false;
        }
        int below = r.subjectsBelow(rd, wr, ma);
        return r.eligiblePupils() != null
                && r.eligiblePupils() >= min
                && r.rwmExpected() < att
                && (below >= 2 || (below == 1 && r.belowSubjectsSignificant(rd, wr, ma)));
    }

    private boolean ks2Floor2014(Ks2Facts r) { // TIER-021
        if (r.rwmLevel4() == null
                || r.readingExpectedProgress() == null
                || r.writingExpectedProgress() == null
                || r.mathsExpectedProgress() == null) {
            return false;
        }
        Double att = param("ks2.floor.level4-attainment", r.yearEnd());
        Double rd = param("ks2.median.reading", r.yearEnd());
        Double wr = param("ks2.median.writing", r.yearEnd());
        Double ma = param("ks2.median.maths", r.yearEnd());
        Double min = param("ks2.floor.min-pupils", r.yearEnd());
        return att != null
                && rd != null
                && wr != null
                && ma != null
                && min != null
                && r.eligiblePupils() != null
                && r.eligiblePupils() >= min
                && r.rwmLevel4() < att
                && r.readingExpectedProgress() < rd
                && r.writingExpectedProgress() < wr
                && r.mathsExpectedProgress() < ma;
    }

    private boolean ks4Floor2016(Ks4Facts r) { // TIER-022
        if (r.progress8() == null || r.progress8Upper() == null) {
            return false;
        }
        Double p8 = param("ks4.floor.progress8", r.yearEnd());
        Double min = param("ks4.floor.min-pupils", r.yearEnd());
        Double cov = param("ks4.floor.min-prior-coverage", r.yearEnd());
        return p8 != null
                && min != null
                && cov != null
                && r.progress8() < p8
                && r.progress8Upper() < 0
                && (r.pupils() == null || r.pupils() >= min)
                && (r.progress8Coverage() == null || r.progress8Coverage() >= cov);
    }

    private boolean ks4Floor2014(Ks4Facts r) { // TIER-023
        if (r.fiveACEnglishMaths() == null
                || r.englishExpectedProgress() == null
                || r.mathsExpectedProgress() == null) {
            return false;
        }
        Double att = param("ks4.floor.five-ac-em", r.yearEnd());
        Double en = param("ks4.median.english", r.yearEnd());
        Double ma = param("ks4.median.maths", r.yearEnd());
        return att != null
                && en != null
                && ma != null
                && r.fiveACEnglishMaths() < att
                && r.englishExpectedProgress() < en
                && r.mathsExpectedProgress() < ma;
    }

    private boolean ks2CoastingYear(Ks2Facts r) { // TIER-024, TIER-025
        if (is(r.recordType(), 2)) {
            return false;
        }
        Double att = param("ks2.coasting.attainment", r.yearEnd());
        if (att == null) {
            return false;
        }
        if (r.rwmExpected() != null && r.progressPublished()) {
            Double rd = param("ks2.coasting.reading", r.yearEnd());
            Double wr = param("ks2.coasting.writing", r.yearEnd());
            Double ma = param("ks2.coasting.maths", r.yearEnd());
            if (rd != null
                    && wr != null
                    && ma != null
                    && r.rwmExpected() < att
                    && r.subjectsBelow(rd, wr, ma) >= 1
                    && r.belowSubjectsSignificant(rd, wr, ma)) {
                return true;
            }
        }
        if (r.rwmLevel4() != null
                && r.readingExpectedProgress() != null
                && r.writingExpectedProgress() != null
                && r.mathsExpectedProgress() != null) {
            Double rd = param("ks2.median.reading", r.yearEnd());
            Double wr = param("ks2.median.writing", r.yearEnd());
            Double ma = param("ks2.median.maths", r.yearEnd());
            return rd != null
                    && wr != null
                    && ma != null
                    && r.rwmLevel4() < att
                    && r.readingExpectedProgress() < rd
                    && r.writingExpectedProgress() < wr
                    && r.mathsExpectedProgress() < ma;
        }
        return false;
    }

    private boolean ks4CoastingYear(Ks4Facts r) { // TIER-026, TIER-027
        if (is(r.recordType(), 2)) {
            return false;
        }
        Double p8 = param("ks4.coasting.progress8", r.yearEnd());
        if (p8 != null
                && r.progress8() != null
                && r.progress8Upper() != null
                && r.progress8() < p8
                && r.progress8Upper() < 0) {
            return true;
        }
        if (r.fiveACEnglishMaths() == null
                || r.englishExpectedProgress() == null
                || r.mathsExpectedProgress() == null) {
            return false;
        }
        Double att = param("ks4.coasting.five-ac-em", r.yearEnd());
        Double en = param("ks4.median.english", r.yearEnd());
        Double ma = param("ks4.median.maths", r.yearEnd());
        return att != null
                && en != null
                && ma != null
                && r.fiveACEnglishMaths() < att
                && r.englishExpectedProgress() < en
                && r.mathsExpectedProgress() < ma;
    }

    /** TIER-040 to TIER-043: three years of falling results, and wide gaps for disadvantaged pupils. */
    private int trendsAndGaps(Map<Integer, Ks2Facts> ks2, Map<Integer, Ks4Facts> ks4, int year, LocalDate asOf) {
        Ks2Facts k0 = ks2.get(year);
        Ks2Facts k1 = ks2.get(year - 1);
        Ks2Facts k2 = ks2.get(year - 2);
        Double fall = param("trend.ks2.fall-points", asOf);
        if (fall != null
                && k0 != null
                && k1 != null
                && k2 != null
                && k0.rwmExpected() != null
                && greater(k1.rwmExpected(), k0.rwmExpected())
                && greater(k2.rwmExpected(), k1.rwmExpected())
                && k2.rwmExpected() - k0.rwmExpected() >= fall) {
            return 2;
        }
        Ks4Facts p0 = ks4.get(year);
        Ks4Facts p1 = ks4.get(year - 1);
        Ks4Facts p2 = ks4.get(year - 2);
        Double p8Fall = param("trend.ks4.fall-progress8", asOf);
        if (p8Fall != null
                && p0 != null
                && p1 != null
                && p2 != null
                && p0.progress8() != null
                && greater(p1.progress8(), p0.progress8())
                && greater(p2.progress8(), p1.progress8())
                && p2.progress8() - p0.progress8() >= p8Fall) {
            return 2;
        }
        Double gap2 = param("gap.ks2.disadvantaged-points", asOf);
        if (gap2 != null && k0 != null && k0.disadvantagedGap() != null && k0.disadvantagedGap() >= gap2) {
            return 2;
        }
        Double gap4 = param("gap.ks4.disadvantaged-progress8", asOf);
        if (gap4 != null && p0 != null && p0.disadvantagedGap() != null && p0.disadvantagedGap() >= gap4) {
            return 2;
        }
        return 0;
    }

    private static boolean greater(Double a, Double b) {
        return a != null && b != null && a > b;
    }

    private static boolean is(Integer value, int expected) {
        return value != null && value == expected;
    }
}
