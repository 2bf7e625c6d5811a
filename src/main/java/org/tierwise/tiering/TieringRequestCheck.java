package org.tierwise.tiering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tierwise.rules.Parameter;
import org.tierwise.rules.RuleEngine;
import org.tierwise.runs.RunKind;
import org.tierwise.runs.RunRequestRejectedException;
import org.tierwise.school.AcademicYear;

/**
 * Refuses a tiering run nobody can have meant, before anything is run or stored: an authority with
 * no schools loaded (a run of no schools), or an academic year after the current one (a future year
 * tiered from old data) or before the first year the rules cover.
 */
@Component
public class TieringRequestCheck {

    /** The parameter in {@code rules/parameters/tiers.yaml} naming the first academic year the rules cover. */
    static final String FIRST_YEAR = "tiering.first-academic-year";

    /** At most this many authorities are named in a refusal; the count says how many there are. */
    private static final int LISTED = 20;

    private final JdbcClient jdbc;
    private final RuleEngine engine;
    private final Clock clock;

    TieringRequestCheck(JdbcClient jdbc, RuleEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * @throws RunRequestRejectedException naming the field ({@code la} or {@code academicYear}), the
     *     value and what is allowed
     */
    public void check(Integer laCode, AcademicYear year) {
        if (laCode != null) {
            checkAuthority(laCode);
        }
        checkYear(year);
    }

    private void checkAuthority(int laCode) {
        Map<Integer, String> known = new LinkedHashMap<>();
        jdbc.sql("SELECT la_code, MAX(la_name) AS la_name FROM school WHERE la_code IS NOT NULL"
                        + " GROUP BY la_code ORDER BY la_code")
                .query(rs -> {
                    known.put(rs.getInt("la_code"), rs.getString("la_name"));
                });
        if (known.containsKey(laCode)) {
            return;
        }
        String allowed = known.isEmpty()
                ? "none: no school is loaded yet (import a school information file first)"
                : known.entrySet().stream()
                                .limit(LISTED)
                                .map(e -> e.getKey() + (e.getValue() == null ? "" : " " + e.getValue()))
                                .collect(Collectors.joining(", "))
                        + (known.size() > LISTED ? " and " + (known.size() - LISTED) + " more" : "");
        throw new RunRequestRejectedException(
                RunKind.TIERING,
                "la",
                laCode,
                allowed,
                "LA " + laCode + " has no schools loaded; known: " + allowed
                        + " (or leave la out for every authority)");
    }

    private void checkYear(AcademicYear year) {
        AcademicYear current = AcademicYear.containing(LocalDate.now(clock));
        Bound first = firstYear();
        String allowed = first.year() + " to " + current;
        if (year.compareTo(current) > 0) {
            throw new RunRequestRejectedException(
                    RunKind.TIERING,
                    "academicYear",
                    year.label(),
                    allowed,
                    "academicYear " + year + " is after the current academic year " + current
                            + ": its results cannot exist yet; allowed: " + allowed);
        }
        if (year.compareTo(first.year()) < 0) {
            throw new RunRequestRejectedException(
                    RunKind.TIERING,
                    "academicYear",
                    year.label(),
                    allowed,
                    "academicYear " + year + " is before " + first.year() + ", " + first.why() + "; allowed: "
                            + allowed);
        }
    }

    /** The earliest year a run may be for, and why. */
    private record Bound(AcademicYear year, String why) {}

    /**
     * The first year the rules cover, as policy staff wrote it; without that parameter, the earliest
     * year with results loaded.
     */
    private Bound firstYear() {
        LocalDate today = LocalDate.now(clock);
        Optional<String> written = engine.current().parameters().stream()
                .filter(p -> p.name().equals(FIRST_YEAR) && p.appliesOn(today) && p.text() != null)
                .map(Parameter::text)
                .findFirst();
        if (written.isPresent()) {
            return new Bound(
                    AcademicYear.parse(written.get()),
                    "the first year the tiering rules cover (" + FIRST_YEAR + " in rules/parameters/tiers.yaml)");
        }
        Integer earliest = jdbc
                .sql("SELECT MIN(y) FROM (SELECT MIN(academic_year) AS y FROM ks2_result"
                        + " UNION ALL SELECT MIN(academic_year) AS y FROM ks4_result) years")
                .query(Integer.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return earliest == null
                ? new Bound(new AcademicYear(1990), "the earliest academic year there is")
                : new Bound(new AcademicYear(earliest), "the earliest year with results loaded");
    }
}
