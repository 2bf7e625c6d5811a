package org.tierwise.imports;

/**
 * One problem in an input file, precise enough to fix: where (file, line, column), what was found
 * and what was expected.
 */
public record RowError(String file, long line, String column, String value, String expected) {

    @Override
    public String toString() {
        return file + ":" + line + ": column " + column + " has '" + value + "', expected " + expected;
    }
}
