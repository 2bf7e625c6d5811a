package org.tierwise.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 7807 problem detail every exception handler of the API starts from: a status, a title
 * saying what went wrong and a detail saying why. Handlers add a type or properties where they
 * have more to say.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
