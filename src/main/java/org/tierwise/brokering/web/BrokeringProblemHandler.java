package org.tierwise.brokering.web;

import static org.tierwise.web.Problems.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tierwise.brokering.BrokeringNotFoundException;
import org.tierwise.brokering.NoTieringRunException;

/** Problem details (RFC 7807) for the brokering API. */
@RestControllerAdvice(basePackageClasses = BrokeringProblemHandler.class)
class BrokeringProblemHandler {

    @ExceptionHandler
    ProblemDetail notFound(BrokeringNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noTiering(NoTieringRunException e) {
        return problem(HttpStatus.CONFLICT, "No tiering run to broker from", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad brokering request", e.getMessage());
    }
}
