package org.tierwise.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Counts what an import did, row by row, and turns it into an {@link ImportReport}. */
public final class ImportTally {

    private final String kind;
    private final CsvTable table;
    private int created;
    private int updated;
    private int unchanged;
    private final List<ImportReport.SkippedRow> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int summaryRows;
    private final Set<Integer> summaryRecordTypes = new TreeSet<>();
    private final Map<Integer, Authority> notInRegister = new LinkedHashMap<>();

    /** The rows of one LA for schools not in the register, as they are counted. */
    private static final class Authority {
        private static final int EXAMPLES = 5;
        private final Integer la;
        private final boolean other;
        private int rows;
        private final List<Integer> examples = new ArrayList<>();

        Authority(Integer la, boolean other) {
            this.la = la;
            this.other = other;
        }

        ImportReport.NotInRegister counted() {
            return new ImportReport.NotInRegister(la, other, rows, List.copyOf(examples));
        }
    }

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

    /** Counts a DfE summary row (an LA's or England's totals, with no URN) set aside. */
    public void summaryRow(Integer recordType) {
        summaryRows++;
        if (recordType != null) {
            summaryRecordTypes.add(recordType);
        }
    }

    /**
     * Counts a row for a school the register does not hold, under its LA ({@code null} when the
     * file does not say); {@code otherAuthority} when the register holds none of that LA's schools.
     */
    public void notInRegister(Integer la, boolean otherAuthority, int urn) {
        Authority authority = notInRegister.computeIfAbsent(la, code -> new Authority(code, otherAuthority));
        authority.rows++;
        if (authority.examples.size() < Authority.EXAMPLES) {
            authority.examples.add(urn);
        }
    }

    public void note(String note) {
        notes.add(note);
    }

    public ImportReport report() {
        List<ImportReport.NotInRegister> counted =
                notInRegister.values().stream().map(Authority::counted).toList();
        List<String> said = new ArrayList<>(notes);
        said.addAll(setAsideSentences(counted));
        return new ImportReport(
                kind,
                table.fileName(),
                table.sha256(),
                table.rows().size(),
                created,
                updated,
                unchanged,
                List.copyOf(skipped),
                summaryRows == 0 && counted.isEmpty()
                        ? ImportReport.SetAside.NONE
                        : new ImportReport.SetAside(summaryRows, counted),
                List.copyOf(said));
    }

    /** The set-aside rows in words, e.g. "16,355 rows for 152 other authorities not in the register: ...". */
    private List<String> setAsideSentences(List<ImportReport.NotInRegister> counted) {
        List<String> sentences = new ArrayList<>();
        if (summaryRows > 0) {
            sentences.add(number(summaryRows) + " LA/national summary " + (summaryRows == 1 ? "row" : "rows")
                    + (summaryRecordTypes.isEmpty()
                            ? ""
                            : " (RECTYPE "
                                    + summaryRecordTypes.stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(", "))
                                    + ")")
                    + " set aside: they are totals, not schools");
        }
        for (ImportReport.NotInRegister own :
                counted.stream().filter(c -> !c.otherAuthority()).toList()) {
            sentences.add(number(own.rows()) + " " + (own.rows() == 1 ? "row" : "rows") + " for schools"
                    + (own.la() == null ? "" : " of LA " + own.la()) + " not in the register (URN "
                    + own.exampleUrns().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (own.rows() > own.exampleUrns().size() ? ", …" : "")
                    + "): import their school information first to load them");
        }
        List<ImportReport.NotInRegister> others = counted.stream()
                .filter(ImportReport.NotInRegister::otherAuthority)
                .toList();
        if (!others.isEmpty()) {
            int rows =
                    others.stream().mapToInt(ImportReport.NotInRegister::rows).sum();
            sentences.add(number(rows) + " " + (rows == 1 ? "row" : "rows") + " for "
                    + (others.size() == 1
                            ? "1 other authority (LA "
                                    + Objects.toString(others.get(0).la()) + ")"
                            : number(others.size()) + " other authorities")
                    + " not in the register: import " + (others.size() == 1 ? "its" : "their")
                    + " register to load them");
        }
        return sentences;
    }

    private static String number(int count) {
        return String.format(Locale.UK, "%,d", count);
    }
}
