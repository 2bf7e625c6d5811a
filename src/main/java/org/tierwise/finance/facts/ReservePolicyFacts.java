package org.tierwise.finance.facts;

import java.util.List;
import java.util.Objects;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.rules.AllowedInRules;

/**
 * The council's policy for a reserve held from the DSG: its recommended range as a percentage of
 * the DSG, the valued risks it must cover, and what it may be spent on.
 */
@AllowedInRules
public record ReservePolicyFacts(
        String fundRef,
        double minPercentOfDsg,
        double maxPercentOfDsg,
        double riskCover,
        List<ExpenditureCategory> permittedCategories,
        String risks) {

    public ReservePolicyFacts {
        Objects.requireNonNull(fundRef, "fundRef is required");
        permittedCategories = permittedCategories == null ? List.of() : List.copyOf(permittedCategories);
    }

    /** The lowest balance the range allows, for a year's DSG of {@code dsg}. */
    public double floor(double dsg) {
        return dsg * minPercentOfDsg / 100;
    }

    public boolean permits(ExpenditureCategory category) {
        return permittedCategories.contains(category);
    }
}
