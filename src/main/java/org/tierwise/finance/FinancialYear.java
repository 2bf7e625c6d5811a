package org.tierwise.finance;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A council financial year ("2015-16"): the funding period from 1 April to 31 March. */
public final class FinancialYear {

    private static final Pattern FORMAT = Pattern.compile("(20\\d{2})-(\\d{2})");

    private FinancialYear() {}

    /** The first day of the year, 1 April. */
    public static LocalDate start(String year) {
        Matcher m = year == null ? null : FORMAT.matcher(year);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("financial year '" + year + "' is not like 2015-16");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), 4, 1);
    }

    /** The financial year a date falls in. */
    public static String of(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%d-%02d", start, (start + 1) % 100);
    }
}
