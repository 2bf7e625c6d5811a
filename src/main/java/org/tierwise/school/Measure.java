package org.tierwise.school;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One published figure: either a number or the DfE marker published in its place.
 *
 * <p>Stored as text ("62", "-1.1", "SUPP") so that a suppressed value stays "not published
 * (suppressed)" and is never mistaken for zero.
 */
public record Measure(BigDecimal value, Marker marker) {

    /** The longest stored text (the size of the results' columns). */
    static final int MAX_TEXT = 12;

    public Measure {
        if ((value == null) == (marker == null)) {
            throw new IllegalArgumentException("a measure is either a value or a marker");
        }
    }

    public static Measure of(String number) {
        return new Measure(new BigDecimal(number), null);
    }

    public static Measure of(BigDecimal number) {
        return new Measure(number, null);
    }

    public static Measure of(Marker marker) {
        return new Measure(null, marker);
    }

    /**
     * Reads a published cell: blank gives {@code null} (no data), a marker gives that marker, and
     * a number may carry a trailing {@code %} or a redundant {@code .0}.
     *
     * @throws NumberFormatException when the cell is neither a number nor a known marker
     */
    public static Measure parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.trim();
        var marker = Marker.fromCode(text);
        if (marker.isPresent()) {
            return of(marker.get());
        }
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        BigDecimal number = new BigDecimal(text).stripTrailingZeros();
        // Checked before the scale is set: 1e999999999 would otherwise be expanded digit by digit.
        if (plainLength(number) > MAX_TEXT) {
            throw new NumberFormatException(
                    text + " is longer than a published figure (at most " + MAX_TEXT + " characters written out)");
        }
        return of(number.scale() < 0 ? number.setScale(0) : number);
    }

    /** The length of {@link BigDecimal#toPlainString()}, without building the string. */
    private static long plainLength(BigDecimal number) {
        long digits = number.scale() <= 0
                ? (long) number.precision() - number.scale()
                : Math.max(number.precision(), (long) number.scale() + 1) + 1;
        return digits + (number.signum() < 0 ? 1 : 0);
    }

    /** The stored form: the plain number, or the marker code. */
    public String text() {
        return value != null ? value.toPlainString() : marker.name();
    }

    /** In JSON: the number, or the marker with its meaning, e.g. "SUPP (suppressed: ...)". */
    @JsonValue
    public Object json() {
        return value != null ? value : toString();
    }

    public boolean isPublished() {
        return value != null;
    }

    /** The number, or {@code null} when a marker was published instead. */
    public Double number() {
        return value == null ? null : value.doubleValue();
    }

    @Override
    public String toString() {
        return value != null ? value.toPlainString() : marker.name() + " (" + marker.meaning() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Measure m
                && Objects.equals(marker, m.marker)
                && (value == null ? m.value == null : m.value != null && value.compareTo(m.value) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(marker, value == null ? null : value.stripTrailingZeros());
    }
}
