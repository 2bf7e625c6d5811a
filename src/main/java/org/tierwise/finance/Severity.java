package org.tierwise.finance;

/** How serious a finance flag is, most serious first. */
public enum Severity {
    /** The spending breaches a regulation, grant condition or the council's financial regulations. */
    BREACH,
    /** The spending is lawful only once the named approval is given. */
    NEEDS_APPROVAL,
    /** Someone should review it (e.g. the VAT officer); it is not known to be wrong. */
    WARNING
}
