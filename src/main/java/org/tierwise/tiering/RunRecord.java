package org.tierwise.tiering;

import java.time.Instant;
import java.time.LocalDate;
import org.tierwise.school.DataStatus;

/** A persisted tiering run: what it covered, which rules and data it used, who ran it and when. */
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
        int schoolCount) {}
