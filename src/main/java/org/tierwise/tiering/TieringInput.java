package org.tierwise.tiering;

import java.util.List;
import java.util.Map;
import org.tierwise.school.Governance;
import org.tierwise.school.facts.SchoolFacts;

/**
 * The facts a tiering evaluation reads, per school: its register entry, Ofsted summary, results
 * for the year and the two before, and recorded concerns.
 *
 * @param digest SHA-256 of every fact, so a run says exactly what data it read
 * @param notTiered the schools open on the run's date that were left out, by governance: those
 *     that are not state-funded schools (independent, non-maintained special, other provision)
 * @param dataAsAt how recent each input is, a fact of every school's evaluation
 */
public record TieringInput(
        int academicYear,
        List<SchoolFacts> schools,
        Map<Integer, List<Object>> factsBySchool,
        String digest,
        Map<Governance, Integer> notTiered,
        List<DataAsAt> dataAsAt) {

    public TieringInput(
            int academicYear, List<SchoolFacts> schools, Map<Integer, List<Object>> factsBySchool, String digest) {
        this(academicYear, schools, factsBySchool, digest, Map.of(), List.of());
    }

    /** How many schools were left out. */
    public int notTieredCount() {
        return notTiered.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Why, with the count for each governance; null when none was left out. */
    public String notTieredReason() {
        if (notTiered.isEmpty()) {
            return null;
        }
        StringBuilder reason =
                new StringBuilder("not state-funded schools, outside the LA's school-improvement duties: ");
        String separator = "";
        for (Map.Entry<Governance, Integer> entry : notTiered.entrySet()) {
            reason.append(separator).append(entry.getValue()).append(' ').append(entry.getKey());
            separator = ", ";
        }
        return reason.toString();
    }
}
