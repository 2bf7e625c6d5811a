package org.tierwise.finance;

import org.tierwise.rules.AllowedInRules;

/** How money leaves a fund; grant and purchase are told apart because VAT treats them differently. */
@AllowedInRules
public enum SpendKind {
    /** A payment or grant to the recipient, with nothing supplied to the council. */
    PAYMENT,
    /** The council buys goods or services from the recipient. */
    PURCHASE,
    /** Budget moved to a recipient's budget (e.g. named schools) under the financial regulations. */
    VIREMENT,
    /** Money moved from this fund to another of the council's funds or DSG blocks. */
    TRANSFER
}
