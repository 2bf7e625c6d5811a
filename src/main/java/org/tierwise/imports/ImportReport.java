package org.tierwise.imports;

import java.util.List;

/**
 * What an import did: rows read, records created, updated and left unchanged, the rows that were
 * not stored with the reason (e.g. an intelligence note for a URN not in the register), and the
 * rows of a results file set aside by design: DfE's LA and national summary rows, and results for
 * schools the register does not hold, counted by local authority rather than listed.
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
        SetAside setAside,
        List<String> notes) {

    /** A row read but not stored, and why. */
    public record SkippedRow(long line, String key, String reason) {}

    /**
     * Rows read, checked and not stored, by design: none of them is an error.
     *
     * @param summaryRows DfE's summary rows (RECTYPE 3, 4, 5 or 7 with no URN: the LA's and
     *     England's totals), which are not schools
     * @param notInRegister results rows for schools the register does not hold, counted per local
     *     authority (the file's LEA column)
     */
    public record SetAside(int summaryRows, List<NotInRegister> notInRegister) {

        public static final SetAside NONE = new SetAside(0, List.of());

        /** Every row set aside. */
        public int rows() {
            return summaryRows
                    + notInRegister.stream().mapToInt(NotInRegister::rows).sum();
        }
    }

    /**
     * Results rows of one local authority for schools not in the register.
     *
     * @param la the LA code the file gives these rows ({@code null} when it has no LEA column)
     * @param otherAuthority true when the register holds no school of this LA: its register has
     *     not been imported
     * @param rows how many rows
     * @param exampleUrns the first few of their URNs
     */
    public record NotInRegister(Integer la, boolean otherAuthority, int rows, List<Integer> exampleUrns) {}
}
