package org.tierwise.brokering;

import java.time.Instant;
import java.time.LocalDate;

/** A persisted brokering run: the tiering run it brokered from, the rules, and what it allocated. */
public record BrokeringRunRecord(
        long id,
        long tieringRunId,
        Integer laCode,
        LocalDate asOf,
        String ruleSetDigest,
        String ruleSetLabel,
        String runBy,
        Instant startedAt,
        Instant finishedAt,
        int needCount,
        int matchCount,
        int unmetCount,
        double totalScore,
        long allocationMillis) {}
