package org.tierwise.school;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Pattern;

/** An academic year such as 2018-19, identified by the calendar year in which it ends. */
public record AcademicYear(int endYear) implements Comparable<AcademicYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*[-/]?\\s*(\\d{2}|\\d{4})");

    public AcademicYear {
        if (endYear < 1990 || endYear > 2100) {
            throw new IllegalArgumentException("academic year out of range: " + endYear);
        }
    }

    /** Reads "2018-19", "2018/19", "201819", "2018-2019" or the end year alone ("2019"). */
    public static AcademicYear parse(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}")) {
            return new AcademicYear(Integer.parseInt(t));
        }
        var m = LABEL.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an academic year (expected e.g. 2018-19): " + text);
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        int fullEnd = m.group(2).length() == 2 && (start + 1) % 100 == end ? start + 1 : end;
        if (fullEnd != start + 1) {
            throw new IllegalArgumentException("not consecutive years: " + text);
        }
        return new AcademicYear(fullEnd);
    }

    /** The academic year a day falls in: from 1 September to 31 August. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() + 1 : date.getYear());
    }

    public int startYear() {
        return endYear - 1;
    }

    public String label() {
        return startYear() + "-" + String.format("%02d", endYear % 100);
    }

    public AcademicYear previous() {
        return new AcademicYear(endYear - 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(endYear, other.endYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
