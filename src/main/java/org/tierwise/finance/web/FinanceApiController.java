package org.tierwise.finance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.finance.FinanceCheck;
import org.tierwise.finance.FinanceCheckException;
import org.tierwise.finance.FinanceCheckRun;
import org.tierwise.finance.FinanceCheckScope;
import org.tierwise.finance.FinanceFlagRecord;
import org.tierwise.finance.Severity;

/** Finance checks: run one over a fund, a year or everything; read the latest run's flags as JSON or CSV. */
@RestController
@RequestMapping("/api/finance")
class FinanceApiController {

    private static final String SEVERITIES =
            Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final FinanceCheck check;
    private final FinanceViewMapper views;

    FinanceApiController(FinanceCheck check, FinanceViewMapper views) {
        this.check = check;
        this.views = views;
    }

    @PostMapping("/checks")
    ResponseEntity<FinanceViews.RunView> runCheck(@RequestBody(required = false) FinanceViews.CheckRequest request) {
        FinanceCheckScope scope =
                request == null ? FinanceCheckScope.all() : new FinanceCheckScope(request.fund(), request.year());
        FinanceCheckRun run = check.run(scope, LocalDate.now());
        return ResponseEntity.created(URI.create("/api/finance/checks/" + run.getId()))
                .body(views.toView(run));
    }

    @GetMapping("/checks/{id}")
    FinanceViews.RunDetail getCheck(@PathVariable long id) {
        FinanceCheckRun run = check.run(id);
        return new FinanceViews.RunDetail(views.toView(run), views.toViews(check.flags(run, null, null)));
    }

    @GetMapping("/flags")
    FinanceViews.FlagsView flags(
            @RequestParam(required = false) String fund, @RequestParam(required = false) String severity) {
        FinanceCheckRun run = check.latest();
        return new FinanceViews.FlagsView(
                views.toView(run), views.toViews(check.flags(run, blank(fund), severity(severity))));
    }

    @GetMapping(value = "/flags.csv", produces = "text/csv")
    ResponseEntity<String> flagsCsv(
            @RequestParam(required = false) String fund, @RequestParam(required = false) String severity) {
        FinanceCheckRun run = check.latest();
        List<FinanceFlagRecord> flags = check.flags(run, blank(fund), severity(severity));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"finance-flags-run-" + run.getId() + ".csv\"")
                .body(FlagsCsv.write(run, flags));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Severity severity(String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FinanceCheckException("severity '" + value + "' is not one of " + SEVERITIES);
        }
    }
}
