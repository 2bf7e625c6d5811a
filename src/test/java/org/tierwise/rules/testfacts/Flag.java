package org.tierwise.rules.testfacts;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/** A test outcome: an item flagged at a level, with its explanation. */
@org.tierwise.rules.AllowedInRules
public record Flag(String itemId, String level, Explanation explanation) implements Outcome {}
