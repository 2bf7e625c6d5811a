package org.tierwise.rules.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tierwise.rules.RuleChangeConflictException;
import org.tierwise.rules.RuleChangeForbiddenException;
import org.tierwise.rules.RuleChangeNotFoundException;
import org.tierwise.rules.RuleCompilationException;
import org.tierwise.rules.RuleEvaluationException;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RulesDirectoryNotFoundException;

/** Turns rule errors into RFC 7807 problem details, wherever in the API they surface. */
@RestControllerAdvice
class RulesProblemHandler {

    @ExceptionHandler
    ProblemDetail rulesDoNotCompile(RuleCompilationException e) {
        List<RuleProblem> errors = e.errors();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                errors.size() + " error(s); the rules that were live stay live. First: " + errors.get(0));
        problem.setTitle("The rules do not compile");
        problem.setProperty("errors", errors.stream().map(RuleProblem::toString).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noSuchDirectory(RulesDirectoryNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("No such rules directory");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail ruleFailed(RuleEvaluationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setTitle("A rule failed");
        if (e.rule() != null) {
            problem.setProperty("ruleId", e.rule().ruleId());
            problem.setProperty("file", e.rule().file());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noSuchChange(RuleChangeNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Rule change not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail changeConflict(RuleChangeConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The rule change cannot be decided");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail sameUser(RuleChangeForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("A second approver is needed");
        return problem;
    }
}
