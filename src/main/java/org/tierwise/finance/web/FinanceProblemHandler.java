package org.tierwise.finance.web;

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Finance check refused");
        problem.setType(URI.create("urn:tierwise:finance-check-refused"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(FinanceCheckNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Finance check not found");
        return problem;
    }
}
