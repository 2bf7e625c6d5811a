package org.tierwise.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/**
 * What a file does not say about itself: the academic year its results are for and the stage of
 * the release. Either may be given, or read from a file name such as {@code 919_ks2_2022-23.csv},
 * {@code 850_ks2final_2018-19.csv} or {@code 2018-2019_850_ks4final.csv}.
 */
public record ImportOptions(AcademicYear year, DataStatus status) {

    /** A start year and its end year, written 2018-19 or 2018-2019 (or with an underscore). */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})[-_](20\\d{2}|\\d{2})(?!\\d)");

    public static ImportOptions none() {
        return new ImportOptions(null, null);
    }

    /** Fills what was not given from the file name; the release stage defaults to final. */
    public ImportOptions completedFrom(String fileName) {
        AcademicYear y = year != null ? year : yearIn(fileName).orElse(null);
        DataStatus s = status != null ? status : statusIn(fileName);
        return new ImportOptions(y, s);
    }

    public Optional<AcademicYear> academicYear() {
        return Optional.ofNullable(year);
    }

    static Optional<AcademicYear> yearIn(String fileName) {
        var m = YEAR_IN_NAME.matcher(fileName);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (m.group(2).length() == 4 ? end == start + 1 : (start + 1) % 100 == end) {
                return Optional.of(new AcademicYear(start + 1));
            }
        }
        return Optional.empty(); // e.g. a date such as 2018-07-31, not an academic year
    }

    private static DataStatus statusIn(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.contains("provisional")) {
            return DataStatus.PROVISIONAL;
        }
        if (name.contains("revised")) {
            return DataStatus.REVISED;
        }
        return DataStatus.FINAL;
    }
}
