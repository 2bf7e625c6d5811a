package org.tierwise.rules;

/**
 * A decision a rule inserts (a tier reason, a finance flag ...). The engine collects every inserted
 * outcome; each says which rule made it and why.
 */
public interface Outcome {

    /** Which rule made this outcome, from which source, on which facts, and why. */
    Explanation explanation();
}
