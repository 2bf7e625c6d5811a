package org.tierwise.web;

import static org.tierwise.web.Problems.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tierwise.database.ConnectionPool;
import org.tierwise.database.DatabaseRefusal;
import org.tierwise.database.DatabaseUnavailable;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportTooLargeException;
import org.tierwise.imports.ImportsBusyException;
import org.tierwise.imports.RowError;
import org.tierwise.imports.UnknownImportKindException;
import org.tierwise.runs.RunInProgressException;
import org.tierwise.runs.RunRequestRejectedException;
import org.tierwise.school.SchoolNotFoundException;

/** Turns the service's errors into RFC 7807 problem details a user can act on. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ConnectionPool connections;

    ApiExceptionHandler(ConnectionPool connections) {
        this.connections = connections;
    }

    /** At most this many row errors are listed; the count says how many there were. */
    private static final int MAX_LISTED_ERRORS = 200;

    @ExceptionHandler
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Import refused: nothing was stored", detail(e));
        problem.setType(URI.create("urn:tierwise:import-rejected"));
        problem.setProperty("file", e.file());
        problem.setProperty("errorCount", e.errors().size());
        problem.setProperty("errors", errors(e.errors()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail importTooLarge(ImportTooLargeException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONTENT_TOO_LARGE, "Import refused: nothing was stored", e.getMessage());
        problem.setType(URI.create("urn:tierwise:import-too-large"));
        problem.setProperty("file", e.file());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> importsBusy(ImportsBusyException e) {
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "Import not read yet: nothing was stored", e.getMessage());
        problem.setType(URI.create("urn:tierwise:imports-busy"));
        problem.setProperty("file", e.file());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail unknownKind(UnknownImportKindException e) {
        return problem(HttpStatus.BAD_REQUEST, "Unknown kind of import", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail schoolNotFound(SchoolNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "School not found", e.getMessage());
    }

    /**
     * A value the database refused (too long, a duplicate key, a missing reference): the request
     * was bad, and its transaction stored nothing. The endpoints check what they can name; this is
     * the safety net for what they miss. The driver's message quotes the SQL, so it is logged under
     * a reference and the answer says in words what was refused.
     */
    @ExceptionHandler
    ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e) {
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "Refused by the database",
                "the database refused a value and nothing was stored: " + refusal.words() + " (reference "
                        + refusal.reference() + " in the service log)");
        problem.setProperty("reference", refusal.reference());
        return problem;
    }

    /**
     * The database could not do its part: 503 when it cannot work at all (a full or failing disk,
     * the database closed after a failed write, no connection), which passes, so the request may be
     * sent again; otherwise 500. Either way nothing of the request was saved, and the driver's text
     * goes to the log under a reference.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseFailed(RuntimeException e) {
        String reference = DatabaseRefusal.newReference();
        if (!DatabaseUnavailable.is(e)) {
            log.error("A database operation failed (reference {})", reference, e);
            ProblemDetail problem = problem(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Internal Server Error",
                    "the database could not do what was asked and nothing was saved (reference " + reference
                            + " in the service log)");
            problem.setProperty("reference", reference);
            return ResponseEntity.internalServerError().body(problem);
        }
        log.error("The database cannot work (reference {})", reference, e);
        connections.renewAll();
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot save or read now: nothing was saved",
                "the database could not save or read (its disk may be full or failing), so nothing of this"
                        + " request was saved; send it again once /actuator/health says the database is up"
                        + " (reference " + reference + " in the service log)");
        problem.setType(URI.create("urn:tierwise:database-unavailable"));
        problem.setProperty("reference", reference);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail runInProgress(RunInProgressException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "A " + e.kind().label() + " is in progress", e.getMessage());
        problem.setType(URI.create("urn:tierwise:run-in-progress"));
        problem.setProperty("kind", e.kind().key());
        problem.setProperty("scope", e.scope());
        if (e.holder() != null) {
            problem.setProperty("startedBy", e.holder().startedBy());
            problem.setProperty("instance", e.holder().instance());
            problem.setProperty("startedAt", e.holder().acquiredAt().toInstant().toString());
            problem.setProperty(
                    "lastRenewedAt", e.holder().renewedAt().toInstant().toString());
        }
        return problem;
    }

    /** A well-formed request for a run that cannot be meant: 422, naming the field, the value and what is allowed. */
    @ExceptionHandler
    ProblemDetail runRequestRejected(RunRequestRejectedException e) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "The " + e.kind().label() + " was not started", e.getMessage());
        problem.setType(URI.create("urn:tierwise:run-request-rejected"));
        problem.setProperty("field", e.field());
        problem.setProperty("value", e.value());
        problem.setProperty("allowed", e.allowed());
        return problem;
    }

    private static String detail(ImportRejectedException e) {
        if (e.errors().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + "; first error: " + e.errors().get(0);
    }

    private static List<Map<String, Object>> errors(List<RowError> errors) {
        return errors.stream()
                .limit(MAX_LISTED_ERRORS)
                .map(error -> Map.<String, Object>of(
                        "file", error.file(),
                        "line", error.line(),
                        "column", error.column(),
                        "value", error.value(),
                        "expected", error.expected(),
                        "message", error.toString()))
                .toList();
    }
}
