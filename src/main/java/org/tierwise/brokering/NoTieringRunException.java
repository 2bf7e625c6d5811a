package org.tierwise.brokering;

/** Brokering was asked for before any tiering run, or for a tiering run that does not exist. */
public class NoTieringRunException extends RuntimeException {

    NoTieringRunException(String message) {
        super(message);
    }
}
