package org.tierwise.brokering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.Phase;

/**
 * A supporter as the brokering rules see it: its register entry, what its home school looked like
 * on the evaluation date (latest Ofsted judgement, tier, location), and how much of its capacity is
 * already committed.
 *
 * @param phases the phases it serves
 * @param specialisms the need areas it covers (LEADERSHIP, GOVERNANCE, MATHS, ...)
 * @param capacityDeployments concurrent deployments it offers, or null when it offers days only
 * @param capacityDays release days it offers, or null when it offers deployments only
 * @param activeDeployments confirmed deployments running on the evaluation date
 * @param daysCommitted release days those deployments take
 * @param conflictUrns schools where it is a governor or trustee or is employed (conflict of interest)
 * @param post the person's post for individual designations (HEADTEACHER, DEPUTY, MIDDLE_LEADER, HLTA)
 * @param homeTierLevel the home school's tier in the tiering run brokered from, or null
 */
@AllowedInRules
public record SupporterFacts(
        String id,
        String name,
        SupporterRole role,
        Integer homeUrn,
        Set<Phase> phases,
        Set<String> specialisms,
        Integer capacityDeployments,
        Integer capacityDays,
        Integer activeDeployments,
        Integer daysCommitted,
        LocalDate availableFrom,
        LocalDate availableTo,
        String clusterId,
        String alliance,
        String trustName,
        Set<Integer> conflictUrns,
        String post,
        LocalDate leadershipSince,
        LocalDate tenureEnd,
        Integer easting,
        Integer northing,
        Phase homePhase,
        Integer homeOfstedGrade,
        LocalDate homeInspectionDate,
        Integer homeLeadershipGrade,
        Integer homeTierLevel) {

    public SupporterFacts {
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        specialisms = specialisms == null ? Set.of() : Set.copyOf(specialisms);
        conflictUrns = conflictUrns == null ? Set.of() : Set.copyOf(conflictUrns);
        activeDeployments = activeDeployments == null ? 0 : activeDeployments;
        daysCommitted = daysCommitted == null ? 0 : daysCommitted;
    }

    /** A parameter name for this supporter's role, e.g. {@code brokering.cap.NLE}. */
    public String roleKey(String prefix) {
        return prefix + "." + role;
    }

    /** True when the role is one of the space-separated roles of a text parameter. */
    public boolean roleIn(String roles) {
        return listed(roles, role.name());
    }

    /** True when its recorded post is one of the space-separated posts of a text parameter. */
    public boolean postIn(String posts) {
        return post != null && listed(posts, post);
    }

    public boolean serves(Phase phase) {
        return phases.contains(phase);
    }

    public boolean covers(String area) {
        return specialisms.contains(area);
    }

    /** True when the home school's latest judgement is good (2) or outstanding (1). */
    public boolean homeGoodOrBetter() {
        return homeOfstedGrade != null && homeOfstedGrade <= 2;
    }

    public boolean homeOutstanding() {
        return homeOfstedGrade != null && homeOfstedGrade == 1;
    }

    /** True when both this supporter and the school have grid references. */
    public boolean locatedWith(TargetFacts school) {
        return easting != null && northing != null && school.located();
    }

    /**
     * Straight-line distance in km between the home base and the school, from British National
     * Grid eastings and northings (metres); NaN when either is not located.
     */
    public double distanceKm(TargetFacts school) {
        if (!locatedWith(school)) {
            return Double.NaN;
        }
        double de = easting - school.easting();
        double dn = northing - school.northing();
        return Math.sqrt(de * de + dn * dn) / 1000.0;
    }

    /** Points for nearness: the full weight at the school's door, falling to 0 at the maximum distance. */
    public double nearnessPoints(TargetFacts school, double maxKm, double weight) {
        double km = distanceKm(school);
        return Double.isNaN(km) || maxKm <= 0 ? 0 : round(weight * Math.max(0, 1 - km / maxKm));
    }

    /** Concurrent deployments it offers, capped by the role's cap. */
    public int offeredDeployments(double roleCap) {
        return capacityDeployments == null ? (int) roleCap : Math.min(capacityDeployments, (int) roleCap);
    }

    /** Deployments it can still take on: its capped offer less those running. */
    public int remainingDeployments(double roleCap) {
        return Math.max(0, offeredDeployments(roleCap) - activeDeployments);
    }

    /** Deployments its remaining release days allow; unlimited when it offers no days figure. */
    public int remainingDeploymentsByDays(double daysPerDeployment) {
        if (capacityDays == null) {
            return Integer.MAX_VALUE;
        }
        return daysPerDeployment <= 0
                ? Integer.MAX_VALUE
                : Math.max(0, (int) Math.floor((capacityDays - daysCommitted) / daysPerDeployment));
    }

    /** What it can take on: the smaller of its deployments and days limits. */
    public int slots(double roleCap, double daysPerDeployment) {
        return Math.min(remainingDeployments(roleCap), remainingDeploymentsByDays(daysPerDeployment));
    }

    /** Points for spare capacity: the weight times the share of its capped offer still free. */
    public double sparePoints(double roleCap, double weight) {
        int offered = offeredDeployments(roleCap);
        return offered <= 0 ? 0 : round(weight * remainingDeployments(roleCap) / offered);
    }

    /** Available on the date: within its availability window (open ends allowed). */
    public boolean availableOn(LocalDate date) {
        return (availableFrom == null || !date.isBefore(availableFrom))
                && (availableTo == null || !date.isAfter(availableTo));
    }

    /** Whole years in the current leadership post on the date; 0 when the start is not known. */
    public long leadershipYears(LocalDate date) {
        return leadershipSince == null ? 0 : ChronoUnit.YEARS.between(leadershipSince, date);
    }

    /** True when its own school is the school, or it declared an interest in the school. */
    public boolean conflictWith(int urn) {
        return conflictUrns.contains(urn);
    }

    /** True when its home school is in the same academy trust as the school. */
    public boolean sameTrustAs(TargetFacts school) {
        return trustName != null && !trustName.isBlank() && trustName.equalsIgnoreCase(school.trustName());
    }

    static boolean listed(String spaceSeparated, String value) {
        return spaceSeparated != null
                && Arrays.asList(spaceSeparated.trim().split("[\\s,]+")).contains(value);
    }

    static double round(double points) {
        return Math.round(points * 10) / 10.0;
    }
}
