package org.tierwise.imports;

import java.util.Map;

/** Reads one kind of file (school register, inspections, KS2 results, ...) into the database. */
public interface Importer {

    /** The kind as used in {@code POST /api/imports/{kind}}, e.g. {@code ks2}. */
    String kind();

    /** What the file is, for people: e.g. "DfE KS2 performance tables results". */
    String description();

    /** Place in a folder import: files that others depend on (the register) come first. */
    int order();

    /** True when the header carries the columns that identify this kind of file. */
    boolean recognises(CsvTable table);

    /** The columns this kind requires, for an error message when a file lacks them. */
    String requiredColumns();

    /**
     * The most characters each text column may hold, by column name (every alias the file may use):
     * the sizes of the database columns they are stored in. A longer value is refused naming its
     * line and column before anything is written.
     */
    default Map<String, Integer> maxLengths() {
        return Map.of();
    }

    /**
     * Imports the table inside the caller's transaction. Every row is validated before anything is
     * written; on any bad row the whole file is refused with an {@link ImportRejectedException}.
     */
    ImportReport importTable(CsvTable table, ImportOptions options);
}
