package org.tierwise.tiering.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.RunComparison;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringRun;
import org.tierwise.tiering.TieringRunStore;

/** Results-day tiering runs: start one, read its totals and schools, compare, export, override, withdraw. */
@RestController
@RequestMapping("/api/tiering/runs")
class TieringApiController {

    private final TieringRun tiering;
    private final TieringReports reports;
    private final RunComparison comparison;
    private final TieringExport export;
    private final TieringRunStore store;

    TieringApiController(
            TieringRun tiering,
            TieringReports reports,
            RunComparison comparison,
            TieringExport export,
            TieringRunStore store) {
        this.tiering = tiering;
        this.reports = reports;
        this.comparison = comparison;
        this.export = export;
        this.store = store;
    }

    /** A run to start: the authority (leave out for all), the academic year, the release stage. */
    record NewRun(Integer la, @NotBlank String academicYear, DataStatus dataStatus, LocalDate asOf) {}

    @PostMapping
    @Operation(summary = "Tier every school of a local authority (or all) for an academic year, and store the run")
    ResponseEntity<TieringViews.RunSummary> start(@Valid @RequestBody NewRun request, Principal principal) {
        AcademicYear year = AcademicYearParam.parse(request.academicYear());
        RunRecord run = tiering.run(
                new TieringRun.Request(request.la(), year, request.dataStatus(), request.asOf()),
                principal == null ? "anonymous" : principal.getName());
        return ResponseEntity.created(URI.create("/api/tiering/runs/" + run.id()))
                .body(reports.summary(run.id()));
    }

    @GetMapping
    @Operation(summary = "Every tiering run, newest first")
    List<RunRecord> runs() {
        return store.runs();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A run's totals per tier, per cluster and per phase")
    TieringViews.RunSummary run(@PathVariable long id) {
        return reports.summary(id);
    }

    @GetMapping("/{id}/schools")
    @Operation(summary = "Every school of a run with its tier and any override")
    List<TieringViews.SchoolLine> schools(@PathVariable long id) {
        return reports.schools(id);
    }

    @GetMapping("/{id}/schools/{urn}")
    @Operation(summary = "One school's tier in a run, with every reason and its source")
    TieringViews.SchoolTier school(@PathVariable long id, @PathVariable int urn) {
        return reports.tier(id, urn);
    }

    @GetMapping("/{id}/near-misses")
    @Operation(
            summary = "The schools of a run within the near-miss margin of a standard (KS2_FLOOR,"
                    + " KS2_COASTING_YEAR, KS4_FLOOR, KS4_COASTING_YEAR; leave out for all), closest first;"
                    + " the margins are dated parameters in rules/parameters/near-misses.yaml")
    List<TieringViews.NearMissLine> nearMisses(
            @PathVariable long id, @RequestParam(name = "standard", required = false) String standard) {
        if (standard == null || standard.isBlank()) {
            return reports.nearMisses(id, null);
        }
        String code = standard.trim();
        if (!code.matches("[A-Z0-9_]{1,60}")) {
            throw new IllegalArgumentException(
                    "standard '" + (code.length() > 60 ? code.substring(0, 60) + "…" : code)
                            + "' is not a standard code: capitals, digits and _ such as KS4_COASTING_YEAR (leave it out for all)");
        }
        return reports.nearMisses(id, code);
    }

    @GetMapping("/{id}/compare")
    @Operation(summary = "Schools that moved up or down since an earlier run, and why")
    RunComparison.Result compare(@PathVariable long id, @RequestParam("with") long earlier) {
        return comparison.compare(id, earlier);
    }

    @GetMapping(path = "/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "The run as CSV, one row per school")
    ResponseEntity<String> exportCsv(@PathVariable long id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tiering-run-" + id + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(export.csv(id));
    }

    @GetMapping(path = "/{id}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The run as JSON: every school with every reason")
    List<TieringViews.SchoolTier> exportJson(@PathVariable long id) {
        return reports.schools(id).stream().map(s -> reports.tier(id, s.urn())).toList();
    }

    /** Why a run is withdrawn. */
    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/{id}/withdraw")
    @Operation(
            summary = "Withdraw a run nobody meant, with a reason: it stays stored, marked withdrawn, but is no"
                    + " longer any school's current tier")
    TieringViews.RunSummary withdraw(
            @PathVariable long id, @Valid @RequestBody Withdrawal request, Principal principal) {
        tiering.withdraw(id, request.reason().trim(), principal == null ? "anonymous" : principal.getName());
        return reports.summary(id);
    }

    /** A commissioning group's override of a computed tier. */
    record NewOverride(@NotNull Integer urn, @NotNull Tier tier, @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/{id}/overrides")
    @Operation(summary = "Override one school's tier in a run, with a recorded reason")
    ResponseEntity<TieringViews.SchoolTier> override(
            @PathVariable long id, @Valid @RequestBody NewOverride request, Principal principal) {
        if (request.tier() == Tier.CANNOT_DETERMINE) {
            throw new IllegalArgumentException(
                    "an override must place the school in a tier (UNIVERSAL to INTERVENTION)");
        }
        tiering.override(
                id,
                request.urn(),
                request.tier(),
                request.reason().trim(),
                principal == null ? "anonymous" : principal.getName());
        return ResponseEntity.created(URI.create("/api/tiering/runs/" + id + "/schools/" + request.urn()))
                .body(reports.tier(id, request.urn()));
    }

    /** Why an override is removed. */
    record OverrideRemoval(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/{id}/overrides/{urn}/remove")
    @Operation(
            summary = "Remove the override in force on one school in a run, with a reason: the rules' tier is in"
                    + " force again and the next run carries no override for the school")
    TieringViews.SchoolTier removeOverride(
            @PathVariable long id,
            @PathVariable int urn,
            @Valid @RequestBody OverrideRemoval request,
            Principal principal) {
        tiering.removeOverride(id, urn, request.reason().trim(), principal == null ? "anonymous" : principal.getName());
        return reports.tier(id, urn);
    }
}
