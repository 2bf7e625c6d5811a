package org.tierwise.finance.web;

import static org.tierwise.web.Problems.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tierwise.finance.FinanceCheckException;
import org.tierwise.finance.FinanceCheckNotFoundException;

/** Turns finance-check errors into RFC 7807 problem details. */
@RestControllerAdvice
class FinanceProblemHandler {

    @ExceptionHandler
    ProblemDetail badCheck(FinanceCheckException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Finance check refused", e.getMessage());
        problem.setType(URI.create("urn:tierwise:finance-check-refused"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(FinanceCheckNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Finance check not found", e.getMessage());
    }
}
