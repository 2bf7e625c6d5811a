package org.tierwise.rules;

import java.time.LocalDate;

/** The date an evaluation is made for, inserted into every session so rules can be dated. */
@AllowedInRules
public record AsOf(LocalDate date) {}
