package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/**
 * What a decision's reader should know about the data it rests on, though it does not change the
 * tier: a missing figure that could not have mattered, a measure DfE did not publish that year,
 * provisional results, an old judgement, Ofsted data that ends long before the decision date.
 *
 * @param code e.g. NOT_NEEDED_KS2, PROVISIONAL_RESULTS, OFSTED_DATA_OLD
 * @param academicYear the end year of the results it is about, or 0 when not about a year
 */
@AllowedInRules
public record DataNote(int urn, String code, int academicYear, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("DataNote", urn, "code=" + code, explanation);
    }
}
