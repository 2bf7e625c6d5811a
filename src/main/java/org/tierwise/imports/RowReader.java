package org.tierwise.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to one row. A value that cannot be read is recorded as a {@link RowError} naming the
 * file, line, column, value and what was expected, and read as absent, so that one pass over a
 * file reports every bad cell.
 */
public final class RowReader {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CsvTable table;
    private final CsvRow row;
    private final List<RowError> errors;

    RowReader(CsvTable table, CsvRow row, List<RowError> errors) {
        this.table = table;
        this.row = row;
        this.errors = errors;
    }

    public long line() {
        return row.line();
    }

    /** The trimmed cell, or empty when the column is missing or the cell blank. */
    public Optional<String> text(String column) {
        String value = row.value(table.indexOf(column));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The cell of the first alias the file has. */
    public Optional<String> text(List<String> aliases) {
        return table.firstPresent(aliases).flatMap(this::text);
    }

    /** A cell that must be present and not blank. */
    public Optional<String> required(String column, String expected) {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            error(column, "", expected);
        }
        return value;
    }

    /** A URN: a positive whole number; {@code 117552.0}, a spreadsheet artefact, is accepted. */
    public Optional<Integer> urn(String column) {
        return required(column, "a school URN (a positive whole number)")
                .flatMap(v -> parse(column, v, "a school URN (a positive whole number)", RowReader::wholeNumber))
                .filter(urn -> {
                    if (urn <= 0) {
                        error(column, String.valueOf(urn), "a school URN (a positive whole number)");
                        return false;
                    }
                    return true;
                });
    }

    public Optional<Integer> integer(String column) {
        return text(column).flatMap(v -> parse(column, v, "a whole number", RowReader::wholeNumber));
    }

    public Optional<Integer> integer(List<String> aliases) {
        return table.firstPresent(aliases).flatMap(this::integer);
    }

    /** A whole number from {@code min} to {@code max}; {@code what} says what it counts or measures. */
    public Optional<Integer> integer(String column, int min, int max, String what) {
        String expected = max == Integer.MAX_VALUE
                ? "a whole number from " + min + " up (" + what + ")"
                : "a whole number from " + min + " to " + max + " (" + what + ")";
        return text(column)
                .flatMap(v -> parse(column, v, expected, text -> {
                    int number = wholeNumber(text);
                    if (number < min || number > max) {
                        throw new IllegalArgumentException("out of range: " + text);
                    }
                    return number;
                }));
    }

    /** A count, of pupils for example: a whole number from 0 up. */
    public Optional<Integer> count(String column, String what) {
        return integer(column, 0, Integer.MAX_VALUE, what);
    }

    public Optional<BigDecimal> decimal(String column) {
        return text(column).flatMap(v -> parse(column, v, "a number", s -> new BigDecimal(s.replace("%", ""))));
    }

    public Optional<BigDecimal> decimal(List<String> aliases) {
        return table.firstPresent(aliases).flatMap(this::decimal);
    }

    /** A percentage from 0 to 100 ({@code 12.5} or {@code 12.5%}). */
    public Optional<BigDecimal> percentage(String column) {
        return text(column)
                .flatMap(v -> parse(column, v, "a percentage from 0 to 100", s -> {
                    BigDecimal percent = new BigDecimal(s.replace("%", "").trim());
                    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                        throw new IllegalArgumentException("out of range: " + s);
                    }
                    return percent;
                }));
    }

    /** A date as ISO (2018-01-16), or dd-mm-yyyy / dd/mm/yyyy as GIAS and Ofsted publish it. */
    public Optional<LocalDate> date(String column) {
        return text(column)
                .flatMap(v -> parse(column, v, "a date such as 2018-01-16 or 16-01-2018", RowReader::parseDate));
    }

    public Optional<LocalDate> date(List<String> aliases) {
        return table.firstPresent(aliases).flatMap(this::date);
    }

    /** A date of something that has happened (an inspection, a concern recorded): not after {@code today}. */
    public Optional<LocalDate> pastDate(String column, LocalDate today) {
        return date(column).filter(date -> {
            if (date.isAfter(today)) {
                error(column, text(column).orElse(date.toString()), "a date no later than today, " + today);
                return false;
            }
            return true;
        });
    }

    public Optional<LocalDate> pastDate(List<String> aliases, LocalDate today) {
        return table.firstPresent(aliases).flatMap(column -> pastDate(column, today));
    }

    /** Parses a cell, recording an error naming what was expected when it does not parse. */
    public <T> Optional<T> parse(String column, String value, String expected, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (RuntimeException e) {
            error(column, value, expected);
            return Optional.empty();
        }
    }

    /** Records an error; the column is named as the file spells it (EASTING is reported as Easting). */
    public void error(String column, String value, String expected) {
        int index = table.indexOf(column);
        String named = index >= 0 ? table.header().get(index) : column;
        errors.add(new RowError(row.file(), row.line(), named, value, expected));
    }

    private static Integer wholeNumber(String text) {
        return new BigDecimal(text).intValueExact();
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        throw new IllegalArgumentException("not a date: " + text);
    }
}
