package org.tierwise.finance;

import org.tierwise.rules.AllowedInRules;

/** The governance type of whoever receives the money. */
@AllowedInRules
public enum RecipientType {
    MAINTAINED_SCHOOL(false),
    ACADEMY(true),
    /** An academy trust (single or multi-academy). */
    TRUST(true),
    COMPANY(false),
    COUNCIL(false),
    INDIVIDUAL(false);

    private final boolean academy;

    RecipientType(boolean academy) {
        this.academy = academy;
    }

    /** True for an academy or an academy trust: a separate legal entity outside the council's VAT position. */
    public boolean isAcademy() {
        return academy;
    }
}
