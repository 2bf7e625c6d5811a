package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;

/**
 * The kinds of supporter a school can be brokered to (DOMAIN E.1-E.5): teaching schools (with
 * their alliances), national, local and specialist leaders of education, national leaders of
 * governance, maths hubs and school improvement partners.
 */
@AllowedInRules
public enum SupporterRole {
    TEACHING_SCHOOL,
    NLE,
    LLE,
    SLE,
    NLG,
    MATHS_HUB,
    SIP
}
