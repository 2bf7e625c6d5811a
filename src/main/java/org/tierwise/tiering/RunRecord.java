package org.tierwise.tiering;

import java.time.Instant;
import java.time.LocalDate;
import org.tierwise.school.DataStatus;

/**
 * A persisted tiering run: what it covered, which rules and data it used, who ran it and when, the
 * schools of its scope it left out and why, and its withdrawal if a commissioning group withdrew it
 * (null while it is in force).
 *
 * @param notTiered how many schools open on the run's date were left out (not state-funded schools)
 * @param notTieredReason why, with the count by governance; null when none was
 */
public record RunRecord(
        long id,
        Integer laCode,
        int academicYear,
        DataStatus dataStatus,
        LocalDate asOf,
        String ruleSetDigest,
        String ruleSetLabel,
        String inputDigest,
        String runBy,
        Instant startedAt,
        Instant finishedAt,
        int schoolCount,
        int notTiered,
        String notTieredReason,
        Withdrawal withdrawal) {

    /** Why, by whom and when a run was withdrawn: it stays stored, but gives no school its current tier. */
    public record Withdrawal(String reason, String by, Instant at) {}

    public boolean withdrawn() {
        return withdrawal != null;
    }
}
