package org.tierwise.tiering;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/** What may or must be done: a statutory power, a referral, a task with a deadline, a support offer. */
public record TierAction(int urn, String code, Explanation explanation) implements Outcome {}
