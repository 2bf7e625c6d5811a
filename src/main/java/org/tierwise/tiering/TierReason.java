package org.tierwise.tiering;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/** Evidence that puts a school in at least {@code tier}. */
public record TierReason(int urn, Tier tier, String code, Explanation explanation) implements Outcome {}
