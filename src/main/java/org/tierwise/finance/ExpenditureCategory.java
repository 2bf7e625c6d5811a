package org.tierwise.finance;

import org.tierwise.rules.AllowedInRules;

/**
 * What spending is for, in the classes of the School and Early Years Finance (England) Regulations:
 * whether it belongs to the schools budget (DSG may fund nothing else), whether it is a central
 * deduction the schools forum decides (reg 8(5)), whether it is held for maintained schools only
 * (de-delegated), and whether it is a Schedule 2 Part 1 historic commitment.
 */
@AllowedInRules
public enum ExpenditureCategory {
    BUDGET_SHARE("Individual schools budget: budget shares through the local formula", true, false, false, false),
    ADMISSIONS("Sch 2 Part 1 para 1: admissions and appeals", true, true, false, false),
    SCHOOLS_FORUM("Sch 2 Part 1 para 2: servicing the schools forum", true, true, false, false),
    CERA("Sch 2 Part 1 para 3: capital expenditure charged to revenue", true, true, false, true),
    HISTORIC_COMMITMENT("Sch 2 Part 1 para 4(a)-(d): historic commitments", true, true, false, true),
    HISTORIC_OTHER("Sch 2 Part 1 para 4(e): historic commitments for other purposes", true, true, false, true),
    GROWTH_FUND("Sch 2 Part 2: growth fund", true, true, false, false),
    FALLING_ROLLS_FUND("Sch 2 Part 2: falling rolls fund", true, true, false, false),
    LICENCES("Sch 2 Part 2: centrally negotiated licences", true, true, false, false),
    EARLY_YEARS_CENTRAL("Sch 2 Part 3: central early years expenditure", true, true, false, false),
    HIGH_NEEDS("Sch 2 Part 4: high needs", true, false, false, false),
    DE_DELEGATED(
            "Sch 2 de-delegated items (Part 5 in 2013-14): maintained mainstream schools only",
            true,
            true,
            true,
            false),
    SCHOOL_IMPROVEMENT(
            "Support for school improvement retained centrally with schools forum approval", true, true, false, false),
    DSG_DEFICIT("Funding a schools-budget (DSG) deficit carried forward", true, false, false, false),
    LA_FUNCTION(
            "Council functions outside the schools budget (Sch 1, statutory duties, corporate costs)",
            false,
            false,
            false,
            false),
    NON_EDUCATION("Spending outside education", false, false, false, false);

    private final String description;
    private final boolean schoolsBudget;
    private final boolean central;
    private final boolean maintainedOnly;
    private final boolean historic;

    ExpenditureCategory(
            String description, boolean schoolsBudget, boolean central, boolean maintainedOnly, boolean historic) {
        this.description = description;
        this.schoolsBudget = schoolsBudget;
        this.central = central;
        this.maintainedOnly = maintainedOnly;
        this.historic = historic;
    }

    public String getDescription() {
        return description;
    }

    /** True when the class is part of the schools budget as the Regulations define it. */
    public boolean isSchoolsBudget() {
        return schoolsBudget;
    }

    /** True for a central deduction that needs schools forum (or Secretary of State) authorisation, reg 8(5). */
    public boolean isCentral() {
        return central;
    }

    /** True for money removed from maintained schools' budget shares and held for them only. */
    public boolean isMaintainedOnly() {
        return maintainedOnly;
    }

    /** True for a Sch 2 Part 1 para 3-4 class: only commitments made before 1 April 2013 may be funded. */
    public boolean isHistoric() {
        return historic;
    }
}
