package org.tierwise.finance;

import java.util.Locale;
import org.tierwise.rules.AllowedInRules;

/** Money and percentages as finance officers write them, for flag messages: "£5,147,000", "2.21%". */
@AllowedInRules
public final class Pounds {

    private Pounds() {}

    /** Whole pounds with thousands separators; pence only when there are any. */
    public static String of(double amount) {
        String sign = amount < 0 ? "-" : "";
        double abs = Math.abs(amount);
        return abs == Math.rint(abs)
                ? String.format(Locale.UK, "%s£%,.0f", sign, abs)
                : String.format(Locale.UK, "%s£%,.2f", sign, abs);
    }

    /** {@code part} as a percentage of {@code whole}, to two decimals. */
    public static String percent(double part, double whole) {
        return whole == 0 ? "n/a" : String.format(Locale.UK, "%.2f%%", part * 100 / whole);
    }
}
