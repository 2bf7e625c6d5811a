package org.tierwise.school.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tierwise.imports.RowReader;
import org.tierwise.school.Measure;

/** Readers for the cell types of the DfE performance-tables files. */
final class Cells {

    static final String MEASURE_EXPECTED =
            "a number, a percentage, or a DfE marker (SUPP, NE, NP, NA, LOWCOV, NEW, x, c, z), at most 12 characters";

    /** DfE progress bands: codes 1 to 5, or the words the 2022-23 files print instead. */
    private static final Map<String, Integer> BAND_WORDS = Map.of(
            "well above average", 1,
            "above average", 2,
            "average", 3,
            "below average", 4,
            "well below average", 5);

    private Cells() {}

    static Optional<Measure> measure(RowReader row, String column) {
        return row.text(column).flatMap(v -> row.parse(column, v, MEASURE_EXPECTED, Measure::parse));
    }

    /** A progress band, stored as its code 1 (well above average) to 5 (well below average). */
    static Optional<Measure> band(RowReader row, String column) {
        return row.text(column)
                .flatMap(v -> row.parse(column, v, "a progress band 1-5, its words, or a DfE marker", Cells::band));
    }

    private static Measure band(String text) {
        Integer code = BAND_WORDS.get(text.toLowerCase(Locale.ROOT));
        Measure measure = code != null ? Measure.of(String.valueOf(code)) : Measure.parse(text);
        if (measure.isPublished() && (measure.number() < 1 || measure.number() > 5 || measure.number() % 1 != 0)) {
            throw new IllegalArgumentException("band out of range: " + text);
        }
        return measure;
    }
}
