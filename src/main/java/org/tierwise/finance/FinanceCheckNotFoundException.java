package org.tierwise.finance;

/** No finance check run with the given id, or none at all yet. */
public class FinanceCheckNotFoundException extends RuntimeException {

    public FinanceCheckNotFoundException(String message) {
        super(message);
    }
}
