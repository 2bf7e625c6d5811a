package org.tierwise.school.facts;

import java.time.LocalDate;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.ConcernKind;

/** An officer's recorded concern about a school, as the rules see it. */
@AllowedInRules
public record ConcernFacts(long id, int urn, ConcernKind kind, LocalDate recordedOn, String note) {

    /** True when the concern was recorded on or before {@code date} and less than {@code months} before it. */
    public boolean activeOn(LocalDate date, double months) {
        return !recordedOn.isAfter(date) && recordedOn.plusMonths((long) months).isAfter(date);
    }
}
