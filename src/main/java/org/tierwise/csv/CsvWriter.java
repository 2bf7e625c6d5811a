package org.tierwise.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV that is safe to open in a spreadsheet (RFC 4180, CRLF line ends, Apache Commons CSV).
 *
 * <p><b>Formula escaping</b> is done here and nowhere else: a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe, so a
 * spreadsheet shows it as text instead of running it (CSV injection, OWASP).
 *
 * <p><b>Numbers are told apart by their Java type, never by their text.</b> A cell passed as a
 * {@link Number} ({@code Integer}, {@code Long}, {@code BigDecimal}, {@code Double}, …) is written
 * as the number it is, so {@code -0.25} stays a negative number a spreadsheet can sum. Every other
 * value is text: a {@code String} {@code "-0.25"} (or a school name {@code "-1 Academy"}) is
 * prefixed to {@code '-0.25}, because text that merely looks numeric may come from an uploaded
 * file. Callers with a numeric column pass the number, not its string. {@code null} is an empty
 * cell; other objects (enums, dates) are written as their {@code toString()}, as text.
 *
 * <p>The header line is written as given, unquoted; its names must be plain column names.
 */
public final class CsvWriter {

    /** How cells are quoted; the header line is never quoted. */
    public enum Quoting {
        /** Every cell in double quotes. */
        ALL,
        /** Only cells that need it (Commons CSV {@code QuoteMode.MINIMAL}: a comma, quote or line break, some leading characters, a trailing space). */
        MINIMAL
    }

    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z0-9_ ]+");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;
    private final int columns;

    private CsvWriter(Quoting quoting, String... header) {
        for (String name : header) {
            if (!COLUMN_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain column name: " + name);
            }
        }
        this.columns = header.length;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator("\r\n")
                .setQuoteMode(quoting == Quoting.ALL ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .get();
        out.append(String.join(",", header)).append("\r\n");
        try {
            this.printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer that quotes every cell, after the header line {@code header}. */
    public static CsvWriter quotingAll(String... header) {
        return new CsvWriter(Quoting.ALL, header);
    }

    /** A writer that quotes only the cells that need it, after the header line {@code header}. */
    public static CsvWriter quotingMinimal(String... header) {
        return new CsvWriter(Quoting.MINIMAL, header);
    }

    /** Adds one row; it must have one cell per header column. */
    public CsvWriter row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns + " columns");
        }
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvWriter::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds one row; it must have one cell per header column. */
    public CsvWriter row(List<?> cells) {
        return row(cells.toArray());
    }

    /** The CSV written so far: the header line and every row, each ending CRLF. */
    @Override
    public String toString() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What a value is written as: a number as itself, anything else as defused text. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        return defuse(value.toString());
    }

    /**
     * Text a spreadsheet shows as text: one starting {@code =}, {@code +}, {@code -}, {@code @}, a
     * tab or a carriage return gets a leading apostrophe; any other text is returned unchanged.
     */
    public static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
