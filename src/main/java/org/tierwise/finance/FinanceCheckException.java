package org.tierwise.finance;

/** A finance check that cannot run as asked, e.g. an unknown fund or a malformed year. */
public class FinanceCheckException extends RuntimeException {

    public FinanceCheckException(String message) {
        super(message);
    }
}
