package org.tierwise.imports;

import java.util.List;

/**
 * What an import did: rows read, records created, updated and left unchanged, and the rows that
 * were not stored with the reason (e.g. results for a URN not in the register).
 */
public record ImportReport(
        String kind,
        String file,
        String sha256,
        int rows,
        int created,
        int updated,
        int unchanged,
        List<SkippedRow> skipped,
        List<String> notes) {

    /** A row read but not stored, and why. */
    public record SkippedRow(long line, String key, String reason) {}
}
