package org.tierwise.tiering;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/** An input a tiering rule needed that is missing or was not published. */
public record MissingInput(int urn, String input, Explanation explanation) implements Outcome {}
