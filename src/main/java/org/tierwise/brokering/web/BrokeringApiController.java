package org.tierwise.brokering.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.audit.Actors;
import org.tierwise.brokering.BrokeringRun;
import org.tierwise.brokering.Deployments;

/** Brokering runs, a school's recommendation, and confirming a match as a deployment. */
@RestController
class BrokeringApiController {

    /** How many ranked alternatives and exclusions a recommendation lists per need unless {@code full=true}. */
    static final int LISTED = 5;

    private final BrokeringRun brokering;
    private final BrokeringReports reports;
    private final Deployments deployments;

    BrokeringApiController(BrokeringRun brokering, BrokeringReports reports, Deployments deployments) {
        this.brokering = brokering;
        this.reports = reports;
        this.deployments = deployments;
    }

    @PostMapping("/api/brokering/runs")
    @ResponseStatus(HttpStatus.CREATED)
    BrokeringViews.Run run(@RequestBody(required = false) BrokeringViews.RunRequest request) {
        long id = brokering
                .run(request == null ? null : request.tieringRunId(), Actors.current())
                .id();
        return reports.run(id);
    }

    @GetMapping("/api/brokering/runs/{id}")
    BrokeringViews.Run get(@PathVariable long id) {
        return reports.run(id);
    }

    @GetMapping("/api/schools/{urn}/recommendation")
    BrokeringViews.Recommendation recommendation(
            @PathVariable int urn, @RequestParam(defaultValue = "false") boolean full) {
        return reports.recommendation(urn, full ? null : LISTED);
    }

    @PostMapping("/api/brokering/runs/{id}/matches/{matchId}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    BrokeringViews.DeploymentView confirm(
            @PathVariable long id,
            @PathVariable long matchId,
            @Valid @RequestBody BrokeringViews.ConfirmRequest request) {
        return BrokeringReports.deployment(deployments.confirm(
                id,
                matchId,
                request.start(),
                request.end(),
                request.fundingSource(),
                request.cost(),
                request.confirmedBy()));
    }
}
