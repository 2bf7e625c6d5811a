package org.tierwise.rules.web;

import static org.tierwise.web.Problems.problem;

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
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The rules do not compile",
                errors.size() + " error(s); the rules that were live stay live. First: " + errors.get(0));
        problem.setProperty("errors", errors.stream().map(RuleProblem::toString).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noSuchDirectory(RulesDirectoryNotFoundException e) {
        return problem(HttpStatus.BAD_REQUEST, "No such rules directory", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail ruleFailed(RuleEvaluationException e) {
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "A rule failed", e.getMessage());
        if (e.rule() != null) {
            problem.setProperty("ruleId", e.rule().ruleId());
            problem.setProperty("file", e.rule().file());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noSuchChange(RuleChangeNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Rule change not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail changeConflict(RuleChangeConflictException e) {
        return problem(HttpStatus.CONFLICT, "The rule change cannot be decided", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail sameUser(RuleChangeForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "A second approver is needed", e.getMessage());
    }
}
