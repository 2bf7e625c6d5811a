package org.tierwise.tiering;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/**
 * A support need for brokering to match on: LEADERSHIP, GOVERNANCE, MATHS, READING, WRITING,
 * SEND, DISADVANTAGED, SAFEGUARDING, TEACHING.
 */
public record SupportNeed(int urn, String area, Explanation explanation) implements Outcome {}
