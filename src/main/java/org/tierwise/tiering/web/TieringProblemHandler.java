package org.tierwise.tiering.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tierwise.tiering.RunNotFoundException;

/** Problem details for the tiering API. */
@RestControllerAdvice(basePackageClasses = TieringProblemHandler.class)
class TieringProblemHandler {

    @ExceptionHandler
    ProblemDetail notFound(RunNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Tiering run not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad tiering request");
        return problem;
    }
}
