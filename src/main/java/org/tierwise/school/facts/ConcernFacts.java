package org.tierwise.school.facts;

import java.time.LocalDate;
import org.tierwise.school.ConcernKind;

/** An officer's recorded concern about a school, as the rules see it. */
public record ConcernFacts(long id, int urn, ConcernKind kind, LocalDate recordedOn, String note) {}
