package org.tierwise.imports;

import java.util.ArrayList;
import java.util.List;

/** Counts what an import did, row by row, and turns it into an {@link ImportReport}. */
public final class ImportTally {

    private final String kind;
    private final CsvTable table;
    private int created;
    private int updated;
    private int unchanged;
    private final List<ImportReport.SkippedRow> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ImportTally(String kind, CsvTable table) {
        this.kind = kind;
        this.table = table;
        notes.addAll(table.readingNotes());
    }

    public void created() {
        created++;
    }

    /** Counts an existing record as updated or unchanged. */
    public void existing(boolean changed) {
        if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }

    public void skipped(long line, String key, String reason) {
        skipped.add(new ImportReport.SkippedRow(line, key, reason));
    }

    public void note(String note) {
        notes.add(note);
    }

    public ImportReport report() {
        return new ImportReport(
                kind,
                table.fileName(),
                table.sha256(),
                table.rows().size(),
                created,
                updated,
                unchanged,
                List.copyOf(skipped),
                List.copyOf(notes));
    }
}
