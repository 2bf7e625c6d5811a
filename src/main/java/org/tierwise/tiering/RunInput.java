package org.tierwise.tiering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.school.facts.ConcernFacts;
import org.tierwise.school.facts.Ks2Facts;
import org.tierwise.school.facts.Ks4Facts;
import org.tierwise.school.facts.OfstedFacts;

/**
 * One input a run read and how recent it is, as the run states it (issue 17): "KS2 2018-19: 412
 * schools, final 412, from 2018-2019_919_ks2final.csv"; "Ofsted: 498 schools judged, data as at
 * 2019-07-12".
 *
 * @param input what it is: Ofsted, KS2 2018-19, KS4 2017-18, Local intelligence
 * @param schools how many schools of the run it has a fact for
 * @param releases for results, how many schools' figures are at each release stage, e.g. "final 412"
 * @param asAt how far the data runs, where known (Ofsted: the newest inspection held)
 * @param files the files the facts were read from (without line numbers), or how they were constructed
 */
public record RunInput(String input, int schools, String releases, LocalDate asAt, List<String> files) {

    /** The inputs of a run, from the facts it read. */
    static List<RunInput> of(TieringInput input) {
        List<RunInput> inputs = new ArrayList<>();
        List<Object> facts =
                input.factsBySchool().values().stream().flatMap(List::stream).toList();
        LocalDate ofstedAsAt = input.dataAsAt().stream()
                .filter(d -> d.input().equals("Ofsted"))
                .map(DataAsAt::date)
                .findFirst()
                .orElse(null);
        inputs.add(new RunInput(
                "Ofsted",
                (int) facts.stream().filter(OfstedFacts.class::isInstance).count(),
                null,
                ofstedAsAt,
                List.of()));
        Map<String, List<Object>> results = new TreeMap<>();
        for (Object fact : facts) {
            if (fact instanceof Ks2Facts k) {
                results.computeIfAbsent("KS2 " + new AcademicYear(k.academicYear()).label(), x -> new ArrayList<>())
                        .add(k);
            } else if (fact instanceof Ks4Facts k) {
                results.computeIfAbsent("KS4 " + new AcademicYear(k.academicYear()).label(), x -> new ArrayList<>())
                        .add(k);
            }
        }
        results.forEach((name, list) -> {
            Map<DataStatus, Integer> byStatus = new EnumMap<>(DataStatus.class);
            TreeSet<String> files = new TreeSet<>();
            for (Object fact : list) {
                DataStatus status = fact instanceof Ks2Facts k ? k.dataStatus() : ((Ks4Facts) fact).dataStatus();
                String source = fact instanceof Ks2Facts k ? k.dataSource() : ((Ks4Facts) fact).dataSource();
                if (status != null) {
                    byStatus.merge(status, 1, Integer::sum);
                }
                if (source != null) {
                    Arrays.stream(source.split("; "))
                            .map(s -> s.replaceFirst(", line \\d+$", ""))
                            .forEach(files::add);
                }
            }
            String releases = byStatus.entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            inputs.add(new RunInput(name, list.size(), releases, null, List.copyOf(files)));
        });
        inputs.add(new RunInput(
                "Local intelligence",
                (int) facts.stream()
                        .filter(ConcernFacts.class::isInstance)
                        .map(f -> ((ConcernFacts) f).urn())
                        .distinct()
                        .count(),
                null,
                null,
                List.of()));
        return inputs;
    }
}
