package org.tierwise.audit.web;

import static org.tierwise.web.Problems.problem;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.audit.AuditQuery;

/** The audit trail: who imported, ran, overrode, confirmed and changed the rules, and when. */
@RestController
@RequestMapping("/api/audit")
class AuditApiController {

    private static final int MAX_PAGE_SIZE = 500;

    private final AuditQuery query;
    private final RuleTrail ruleTrail;

    AuditApiController(AuditQuery query, RuleTrail ruleTrail) {
        this.query = query;
        this.ruleTrail = ruleTrail;
    }

    @GetMapping
    @Operation(
            summary = "Audit events, newest first, filtered by actor, action, time (from inclusive, to exclusive;"
                    + " a date alone means the whole day) and subject (an id such as a file name, or kind:id)")
    AuditQuery.Page events(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return query.find(
                filter(actor, action, from, to, subject),
                Math.max(page, 0),
                Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }

    @GetMapping(path = "/export.csv", produces = "text/csv")
    @Operation(summary = "Every audit event matching the same filters as CSV, safe to open in a spreadsheet")
    ResponseEntity<String> export(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String subject) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tierwise-audit.csv\"")
                .body(AuditCsv.write(query.all(filter(actor, action, from, to, subject))));
    }

    @GetMapping("/rules/{ruleId}")
    @Operation(
            summary = "Who changed a rule and which runs used it: the changes to its file with their diffs, and"
                    + " every recorded rule set that held it with the tiering, brokering and finance runs on it")
    RuleTrail.Trail rule(@PathVariable String ruleId) {
        return ruleTrail.of(ruleId);
    }

    private static AuditQuery.Filter filter(String actor, String action, String from, String to, String subject) {
        return new AuditQuery.Filter(
                actor, AuditQuery.Filter.action(action), time("from", from, false), time("to", to, true), subject);
    }

    /** An ISO date-time with its offset, or a date: its start, or for {@code to} the start of the next day. */
    private static OffsetDateTime time(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + value
                    + "' is not a date (2026-12-01) or a date-time with its offset (2026-12-01T09:30:00Z)");
        }
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad audit query", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notRecorded(RuleNotRecordedException e) {
        return problem(HttpStatus.NOT_FOUND, "Rule not found", e.getMessage());
    }
}
