package org.tierwise.finance;

import org.tierwise.rules.AllowedInRules;

/** What kind of money a fund holds; the DSG kinds are ring-fenced to the schools budget. */
@AllowedInRules
public enum FundKind {
    /** The Dedicated Schools Grant as a whole: its budget is the year's DSG, its balance the cumulative DSG balance. */
    DSG(true),
    DSG_SCHOOLS_BLOCK(true),
    /** The central school services block (from 2018-19), and centrally retained schools-budget lines before it. */
    DSG_CENTRAL_BLOCK(true),
    DSG_HIGH_NEEDS_BLOCK(true),
    DSG_EARLY_YEARS_BLOCK(true),
    /** A reserve of unspent DSG carried forward, e.g. Nottingham's Statutory Schools Reserve. */
    DSG_RESERVE(true),
    GENERAL_FUND(false),
    IMPROVEMENT_FUND(false),
    TRADED_INCOME(false);

    private final boolean dsg;

    FundKind(boolean dsg) {
        this.dsg = dsg;
    }

    /** True for DSG money, which may only support the schools budget. */
    public boolean isDsg() {
        return dsg;
    }
}
