package org.tierwise.brokering;

/** A brokering run, match, supporter or recommendation that does not exist. */
public class BrokeringNotFoundException extends RuntimeException {

    public BrokeringNotFoundException(String message) {
        super(message);
    }
}
