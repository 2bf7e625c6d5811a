package org.tierwise.tiering.web;

import static org.tierwise.web.Problems.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tierwise.tiering.OverrideNotFoundException;
import org.tierwise.tiering.RunNotFoundException;
import org.tierwise.tiering.RunWithdrawnException;

/** Problem details for the tiering API. */
@RestControllerAdvice(basePackageClasses = TieringProblemHandler.class)
class TieringProblemHandler {

    @ExceptionHandler
    ProblemDetail notFound(RunNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Tiering run not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noOverride(OverrideNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Override not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail withdrawn(RunWithdrawnException e) {
        return problem(HttpStatus.CONFLICT, "Tiering run withdrawn", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad tiering request", e.getMessage());
    }
}
