package org.tierwise.tiering;

import java.time.LocalDate;
import org.tierwise.rules.AllowedInRules;

/**
 * How recent an input of a run is, for every school in it: for Ofsted, the newest inspection the
 * service holds on or before the decision date, which is as far as the Ofsted data runs.
 *
 * @param input what it is about, e.g. "Ofsted"
 * @param date the newest date the input covers
 */
@AllowedInRules
public record DataAsAt(String input, LocalDate date) {}
