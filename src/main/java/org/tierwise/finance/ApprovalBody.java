package org.tierwise.finance;

import org.tierwise.rules.AllowedInRules;

/** Who gave an approval. */
@AllowedInRules
public enum ApprovalBody {
    SCHOOLS_FORUM,
    /** Cabinet, Executive Board or another executive decision under the council's constitution. */
    EXECUTIVE,
    /** The chief finance (section 151) officer, e.g. for a virement under the financial regulations. */
    SECTION_151_OFFICER,
    /** The Secretary of State, or the ESFA for them (disapplications, deficit recovery plans). */
    SECRETARY_OF_STATE
}
