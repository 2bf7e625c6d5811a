package org.tierwise.school.imports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tierwise.imports.RowReader;
import org.tierwise.school.Measure;

/** Readers for the cell types of the DfE performance-tables files. */
final class Cells {

    static final String MARKERS = "a DfE marker (SUPP, NE, NP, NA, LOWCOV, NEW, x, c, z)";

    static final String MEASURE_EXPECTED = "a number, a percentage, or " + MARKERS + ", at most 12 characters";

    /** DfE progress bands: codes 1 to 5, or the words the 2022-23 files print instead. */
    private static final Map<String, Integer> BAND_WORDS = Map.of(
            "well above average", 1,
            "above average", 2,
            "average", 3,
            "below average", 4,
            "well below average", 5);

    /** A share of pupils: PTRWM_EXP, PTFSM6CLA1A, P8MEACOV, PTL2BASICS_95, ... */
    static final BiFunction<RowReader, String, Optional<Measure>> PERCENTAGE = within(0, 100, "a percentage");

    /** A number of pupils: TELIG, TPUP, P8PUP. */
    static final BiFunction<RowReader, String, Optional<Measure>> PUPILS = count("a number of pupils");

    /**
     * A KS2 progress score (READPROG, WRITPROG, MATPROG). DfE's "Primary school accountability:
     * technical guidance" defines a pupil's score as their KS2 scaled score (80 to 120 for pupils
     * who sat the test) less the average score of pupils nationally with the same KS1 prior
     * attainment, and a school's score as the mean of its pupils' scores, which it reports as
     * roughly -5 to +5 for most schools. The bound is a generous plausibility check, not a
     * derivation: it refuses only figures no school could have, such as -99999. The real
     * Hertfordshire and Hampshire files (2016-17 to 2022-23) hold scores from -20.3 to +8.7.
     */
    static final BiFunction<RowReader, String, Optional<Measure>> KS2_PROGRESS =
            within(-40, 40, "a KS2 progress score");

    /**
     * A limit of a KS2 progress score's 95% confidence interval (READPROG_LOWER, ..._UPPER): the
     * score plus or minus a margin that is widest for the smallest cohorts, so wider than the
     * score's bound. The real files hold limits from -23.5 to +11.9.
     */
    static final BiFunction<RowReader, String, Optional<Measure>> KS2_PROGRESS_LIMIT =
            within(-60, 60, "a limit of a KS2 progress score's confidence interval");

    /**
     * A Progress 8 score (P8MEA and its breakdowns). DfE's "Secondary accountability measures:
     * guide for maintained secondary schools, academies and free schools" defines a pupil's score
     * as their Attainment 8 (0 to 90) less the average of pupils nationally with the same KS2
     * prior attainment, divided by 10, so no score can lie outside -9 to +9. The real files hold
     * scores from -3.02 to +0.97.
     */
    static final BiFunction<RowReader, String, Optional<Measure>> PROGRESS_8 = within(-10, 10, "a Progress 8 score");

    /** A limit of a Progress 8 score's 95% confidence interval (P8CILOW, P8CIUPP): the score's bound and a margin. */
    static final BiFunction<RowReader, String, Optional<Measure>> PROGRESS_8_LIMIT =
            within(-15, 15, "a limit of a Progress 8 score's confidence interval");

    /** An Attainment 8 score: ten slots of GCSE points 0 to 9. */
    static final BiFunction<RowReader, String, Optional<Measure>> ATTAINMENT_8 = within(0, 90, "an Attainment 8 score");

    /** The EBacc average point score: GCSE points 0 to 9. */
    static final BiFunction<RowReader, String, Optional<Measure>> EBACC_APS =
            within(0, 9, "an EBacc average point score");

    private Cells() {}

    static Optional<Measure> measure(RowReader row, String column) {
        return row.text(column).flatMap(v -> row.parse(column, v, MEASURE_EXPECTED, Measure::parse));
    }

    /**
     * A reader of figures from {@code low} to {@code high}: a value outside them is refused naming
     * the range, because a figure the DfE could not have published (a percentage of 150, a count of
     * -7, a progress score of -99999) would otherwise be stored and decide a school's tier.
     */
    static BiFunction<RowReader, String, Optional<Measure>> within(int low, int high, String what) {
        BigDecimal min = BigDecimal.valueOf(low);
        BigDecimal max = BigDecimal.valueOf(high);
        String expected = "a number from " + low + " to " + high + " (" + what + "), or " + MARKERS;
        return (row, column) -> row.text(column)
                .flatMap(v -> row.parse(column, v, expected, text -> {
                    Measure measure = Measure.parse(text);
                    if (measure.isPublished()
                            && (measure.value().compareTo(min) < 0
                                    || measure.value().compareTo(max) > 0)) {
                        throw new IllegalArgumentException(what + " out of range: " + text);
                    }
                    return measure;
                }));
    }

    /** A reader of whole numbers from 0 up. */
    static BiFunction<RowReader, String, Optional<Measure>> count(String what) {
        String expected = "a whole number from 0 up (" + what + "), or " + MARKERS;
        return (row, column) -> row.text(column)
                .flatMap(v -> row.parse(column, v, expected, text -> {
                    Measure measure = Measure.parse(text);
                    if (measure.isPublished()
                            && (measure.value().signum() < 0
                                    || measure.value().stripTrailingZeros().scale() > 0)) {
                        throw new IllegalArgumentException(what + " out of range: " + text);
                    }
                    return measure;
                }));
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
