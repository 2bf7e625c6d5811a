package org.tierwise.finance.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tierwise.imports.RowReader;

/** Reading the cells of the finance files: pounds, enumerated codes and references, each error naming what is allowed. */
final class FinanceCells {

    static final String MONEY = "an amount in pounds such as 600000 or £600,000.00, under £10 trillion";

    /** Digits before the point that numeric(15,2) holds. */
    private static final int MAX_POUND_DIGITS = 13;

    private FinanceCells() {}

    /** An amount in pounds (a £ sign and thousands commas allowed), to the penny; not negative unless allowed. */
    static Optional<BigDecimal> money(RowReader row, String column, boolean required, boolean negativeAllowed) {
        Optional<String> text = required ? row.required(column, MONEY) : row.text(column);
        String expected = negativeAllowed ? MONEY + " (negative for a deficit)" : MONEY + ", not negative";
        return text.flatMap(value -> row.parse(column, value, expected, v -> {
            BigDecimal amount =
                    new BigDecimal(v.replace("£", "").replace(",", "").trim());
            if (!negativeAllowed && amount.signum() < 0) {
                throw new IllegalArgumentException("negative");
            }
            // Checked before the scale is set: 1e999999999 would otherwise be expanded digit by digit.
            if (amount.precision() - amount.scale() > MAX_POUND_DIGITS) {
                throw new IllegalArgumentException("too large");
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        }));
    }

    /** A code from an enumeration, e.g. ACADEMY; case and spaces forgiven. */
    static <E extends Enum<E>> Optional<E> code(RowReader row, String column, Class<E> type) {
        String expected = "one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return row.required(column, expected)
                .flatMap(value -> row.parse(
                        column,
                        value,
                        expected,
                        v -> Enum.valueOf(
                                type,
                                v.trim()
                                        .toUpperCase(Locale.ROOT)
                                        .replace(' ', '_')
                                        .replace('-', '_'))));
    }

    /** Sets a field only when its value differs; true when it did. */
    static <V> boolean set(Supplier<V> getter, Consumer<V> setter, V value) {
        V current = getter.get();
        boolean same = current instanceof BigDecimal a && value instanceof BigDecimal b
                ? a.compareTo(b) == 0
                : Objects.equals(current, value);
        if (!same) {
            setter.accept(value);
        }
        return !same;
    }
}
