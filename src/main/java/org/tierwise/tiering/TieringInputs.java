package org.tierwise.tiering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tierwise.school.Governance;
import org.tierwise.school.Inspection;
import org.tierwise.school.InspectionRepository;
import org.tierwise.school.Ks2ResultRepository;
import org.tierwise.school.Ks4ResultRepository;
import org.tierwise.school.LocalIntelligenceRepository;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;
import org.tierwise.school.SchoolStatus;
import org.tierwise.school.facts.InspectionFacts;
import org.tierwise.school.facts.OfstedFacts;
import org.tierwise.school.facts.SchoolFacts;
import org.tierwise.school.facts.SchoolFactsMapper;

/**
 * Reads what a tiering run needs from the database as facts: the state-funded schools of an
 * authority that were open on the run's date, with what was known on that date.
 */
@Component
public class TieringInputs {

    private final SchoolRepository schools;
    private final InspectionRepository inspections;
    private final Ks2ResultRepository ks2;
    private final Ks4ResultRepository ks4;
    private final LocalIntelligenceRepository concerns;
    private final SchoolFactsMapper mapper;

    TieringInputs(
            SchoolRepository schools,
            InspectionRepository inspections,
            Ks2ResultRepository ks2,
            Ks4ResultRepository ks4,
            LocalIntelligenceRepository concerns,
            SchoolFactsMapper mapper) {
        this.schools = schools;
        this.inspections = inspections;
        this.ks2 = ks2;
        this.ks4 = ks4;
        this.concerns = concerns;
        this.mapper = mapper;
    }

    /**
     * The facts for the schools of {@code laCode} (all authorities when null) open on {@code asOf},
     * with results for {@code academicYear} and the two years before, and inspections and concerns
     * recorded on or before {@code asOf}.
     */
    @Transactional(readOnly = true)
    public TieringInput load(Integer laCode, int academicYear, LocalDate asOf) {
        List<School> open = (laCode == null ? schools.findAll() : schools.findByLaCode(laCode))
                .stream()
                        .filter(s -> openOn(s, asOf))
                        .sorted(Comparator.comparing(School::getUrn))
                        .toList();
        // Not state-funded schools (independent, non-maintained special, other provision) are
        // outside the LA's school-improvement duties: left out, and counted so the run says so.
        Map<Governance, Integer> notTiered = new EnumMap<>(Governance.class);
        List<School> selected = new ArrayList<>();
        for (School school : open) {
            if (school.getGovernance() != null && !school.getGovernance().isStateFundedSchool()) {
                notTiered.merge(school.getGovernance(), 1, Integer::sum);
            } else {
                selected.add(school);
            }
        }
        Map<Integer, List<Object>> facts = new LinkedHashMap<>();
        List<SchoolFacts> schoolFacts = new ArrayList<>();
        for (School school : selected) {
            SchoolFacts fact = mapper.toFacts(school);
            schoolFacts.add(fact);
            facts.computeIfAbsent(school.getUrn(), u -> new ArrayList<>()).add(fact);
        }
        List<Inspection> held = inspections.findAll();
        // As far as the Ofsted data runs: the newest inspection held for any school by the decision date.
        List<DataAsAt> asAt = held.stream()
                .map(Inspection::getInspectionDate)
                .filter(date -> !date.isAfter(asOf))
                .max(java.util.Comparator.naturalOrder())
                .map(date -> List.of(new DataAsAt("Ofsted", date)))
                .orElse(List.of());
        Map<Integer, List<InspectionFacts>> byUrn = held.stream()
                .filter(i -> facts.containsKey(i.getUrn()))
                .map(mapper::toFacts)
                .collect(Collectors.groupingBy(InspectionFacts::urn));
        byUrn.forEach((urn, list) ->
                OfstedFacts.of(urn, list, asOf).ifPresent(o -> facts.get(urn).add(o)));
        ks2.findAll().stream()
                .filter(r -> facts.containsKey(r.getUrn()) && inWindow(r.getAcademicYear(), academicYear))
                .forEach(r -> facts.get(r.getUrn()).add(mapper.toFacts(r)));
        ks4.findAll().stream()
                .filter(r -> facts.containsKey(r.getUrn()) && inWindow(r.getAcademicYear(), academicYear))
                .forEach(r -> facts.get(r.getUrn()).add(mapper.toFacts(r)));
        concerns.findAll().stream()
                .filter(c -> facts.containsKey(c.getUrn()) && !c.getRecordedOn().isAfter(asOf))
                .forEach(c -> facts.get(c.getUrn()).add(mapper.toFacts(c)));
        return new TieringInput(academicYear, schoolFacts, facts, digest(facts), notTiered, asAt);
    }

    private static boolean openOn(School school, LocalDate date) {
        if (school.getOpenDate() != null && school.getOpenDate().isAfter(date)) {
            return false;
        }
        if (school.getCloseDate() != null) {
            return school.getCloseDate().isAfter(date);
        }
        return school.getStatus() != SchoolStatus.CLOSED;
    }

    /** The run year and the two before it: what coasting and trends read. */
    private static boolean inWindow(int year, int runYear) {
        return year <= runYear && year >= runYear - 2;
    }

    private static String digest(Map<Integer, List<Object>> facts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            facts.values().forEach(list -> list.stream()
                    .map(String::valueOf)
                    .sorted()
                    .forEach(text -> sha.update((text + "\n").getBytes(StandardCharsets.UTF_8))));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
