package org.tierwise.brokering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tierwise.school.InspectionRepository;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;
import org.tierwise.school.facts.InspectionFacts;
import org.tierwise.school.facts.OfstedFacts;
import org.tierwise.school.facts.SchoolFactsMapper;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredDetail;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.TieringRunStore;

/**
 * Reads what a brokering run needs as facts: the schools of a tiering run in a brokered tier with
 * their support needs, and every supporter with its home school as it stood on the run's date.
 */
@Component
class BrokeringInputs {

    private final TieringRunStore tierings;
    private final SchoolRepository schools;
    private final InspectionRepository inspections;
    private final SchoolFactsMapper mapper;
    private final SupporterRepository supporters;
    private final DeploymentOutcomes outcomes;

    BrokeringInputs(
            TieringRunStore tierings,
            SchoolRepository schools,
            InspectionRepository inspections,
            SchoolFactsMapper mapper,
            SupporterRepository supporters,
            DeploymentOutcomes outcomes) {
        this.tierings = tierings;
        this.schools = schools;
        this.inspections = inspections;
        this.mapper = mapper;
        this.supporters = supporters;
        this.outcomes = outcomes;
    }

    @Transactional(readOnly = true)
    public BrokeringInput load(RunRecord run, BrokeringParameters parameters) {
        LocalDate asOf = run.asOf();
        Map<Integer, StoredTier> tiers =
                tierings.results(run.id()).stream().collect(Collectors.toMap(StoredTier::urn, Function.identity()));
        Map<Integer, List<StoredDetail>> details = tierings.details(run.id());
        List<Supporter> registered = supporters.findAll().stream()
                .sorted(Comparator.comparing(Supporter::getId))
                .toList();
        Set<Integer> urns = new LinkedHashSet<>(tiers.keySet());
        registered.stream().map(Supporter::getHomeUrn).filter(u -> u != null).forEach(urns::add);
        Map<Integer, School> register =
                schools.findAllById(urns).stream().collect(Collectors.toMap(School::getUrn, Function.identity()));

        List<DeploymentFacts> deployments = outcomes.all();
        Map<String, Long> active = deployments.stream()
                .filter(d -> !d.start().isAfter(asOf) && !d.end().isBefore(asOf))
                .collect(Collectors.groupingBy(DeploymentFacts::supporterId, Collectors.counting()));
        Map<Integer, OfstedFacts> ofsted = ofsted(registered, asOf);
        List<SupporterFacts> supporterFacts = new ArrayList<>();
        for (Supporter s : registered) {
            School home = s.getHomeUrn() == null ? null : register.get(s.getHomeUrn());
            OfstedFacts judged = s.getHomeUrn() == null ? null : ofsted.get(s.getHomeUrn());
            StoredTier homeTier = s.getHomeUrn() == null ? null : tiers.get(s.getHomeUrn());
            int running = active.getOrDefault(s.getId(), 0L).intValue();
            supporterFacts.add(new SupporterFacts(
                    s.getId(),
                    s.getName(),
                    s.getRole(),
                    s.getHomeUrn(),
                    SupporterLists.phases(s.getPhases()),
                    SupporterLists.words(s.getSpecialisms()),
                    s.getCapacityDeployments(),
                    s.getCapacityDays(),
                    running,
                    (int) Math.round(running * parameters.daysPerDeployment()),
                    s.getAvailableFrom(),
                    s.getAvailableTo(),
                    s.getClusterId(),
                    s.getAlliance(),
                    home == null ? null : home.getTrustName(),
                    SupporterLists.urns(s.getConflictUrns()),
                    s.getPost(),
                    s.getLeadershipSince(),
                    s.getTenureEnd(),
                    home == null ? s.getEasting() : home.getEasting(),
                    home == null ? s.getNorthing() : home.getNorthing(),
                    home == null ? null : home.getPhase(),
                    judged == null ? null : judged.gradeEquivalent(),
                    judged == null ? null : judged.latestDate(),
                    judged == null ? null : judged.latestLeadership(),
                    homeTier == null ? null : homeTier.effectiveTier().level()));
        }

        // The Dorset model: a cluster is linked to the alliance of a teaching school in it.
        Map<String, String> linkedAlliance = new HashMap<>();
        registered.stream()
                .filter(s -> s.getRole() == SupporterRole.TEACHING_SCHOOL && s.getClusterId() != null)
                .filter(s -> s.getAlliance() != null)
                .forEach(s -> linkedAlliance.putIfAbsent(s.getClusterId(), s.getAlliance()));

        List<BrokeringInput.Target> targets = new ArrayList<>();
        Map<Integer, Integer> withoutNeeds = new TreeMap<>();
        for (StoredTier tier : tiers.values().stream()
                .sorted(Comparator.comparing(StoredTier::urn))
                .toList()) {
            int level = tier.effectiveTier().level();
            if (level < parameters.minTier()) {
                continue;
            }
            List<String> areas = details.getOrDefault(tier.urn(), List.of()).stream()
                    .filter(d -> d.kind().equals("NEED"))
                    .map(StoredDetail::code)
                    .distinct()
                    .sorted()
                    .toList();
            if (areas.isEmpty()) {
                withoutNeeds.put(tier.urn(), level);
                continue;
            }
            School school = register.get(tier.urn());
            TargetFacts target = new TargetFacts(
                    tier.urn(),
                    tier.schoolName(),
                    tier.phase(),
                    tier.clusterId(),
                    school == null ? null : school.getTrustName(),
                    school == null ? null : school.getEasting(),
                    school == null ? null : school.getNorthing(),
                    level,
                    tier.clusterId() == null ? null : linkedAlliance.get(tier.clusterId()));
            targets.add(new BrokeringInput.Target(
                    target,
                    areas.stream()
                            .map(area -> new NeedFacts(tier.urn(), area, level, parameters.wanted(level)))
                            .toList()));
        }
        return new BrokeringInput(run, asOf, targets, supporterFacts, deployments, withoutNeeds);
    }

    private Map<Integer, OfstedFacts> ofsted(List<Supporter> registered, LocalDate asOf) {
        Set<Integer> homes = registered.stream()
                .map(Supporter::getHomeUrn)
                .filter(u -> u != null)
                .collect(Collectors.toSet());
        Map<Integer, List<InspectionFacts>> byUrn = inspections.findByUrnIn(homes).stream()
                .map(mapper::toFacts)
                .collect(Collectors.groupingBy(InspectionFacts::urn));
        Map<Integer, OfstedFacts> summaries = new HashMap<>();
        byUrn.forEach((urn, list) -> OfstedFacts.of(urn, list, asOf).ifPresent(o -> summaries.put(urn, o)));
        return summaries;
    }
}
