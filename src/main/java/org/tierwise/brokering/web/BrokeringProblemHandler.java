package org.tierwise.brokering.web;

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noTiering(NoTieringRunException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("No tiering run to broker from");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad brokering request");
        return problem;
    }
}
