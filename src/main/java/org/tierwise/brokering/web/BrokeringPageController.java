package org.tierwise.brokering.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierwise.brokering.BrokeringRun;
import org.tierwise.brokering.Deployments;
import org.tierwise.brokering.NoTieringRunException;
import org.tierwise.runs.RunInProgressException;

/** Commissioning groups' brokering pages: start a run from a tiering run, read it, confirm matches. */
@Controller
class BrokeringPageController {

    private final BrokeringRun brokering;
    private final BrokeringReports reports;
    private final Deployments deployments;

    BrokeringPageController(BrokeringRun brokering, BrokeringReports reports, Deployments deployments) {
        this.brokering = brokering;
        this.reports = reports;
        this.deployments = deployments;
    }

    @PostMapping("/brokering/runs")
    String start(@RequestParam long tieringRunId, Principal principal, RedirectAttributes redirect) {
        long id;
        try {
            id = brokering
                    .run(tieringRunId, principal == null ? "anonymous" : principal.getName())
                    .id();
        } catch (RunInProgressException | NoTieringRunException e) {
            redirect.addFlashAttribute("error", "Brokering was not started: " + e.getMessage());
            return "redirect:/tiering/runs/" + tieringRunId;
        }
        return "redirect:/brokering/runs/" + id;
    }

    @GetMapping("/brokering/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("brokering", reports.run(id));
        return "brokering/run";
    }

    @PostMapping("/brokering/runs/{id}/matches/{matchId}/confirm")
    String confirm(
            @PathVariable long id,
            @PathVariable long matchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            @RequestParam(required = false) String fundingSource,
            @RequestParam(required = false) BigDecimal cost,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            deployments.confirm(
                    id,
                    matchId,
                    start,
                    end,
                    fundingSource,
                    cost,
                    principal == null ? "anonymous" : principal.getName());
            redirect.addFlashAttribute("message", "Match " + matchId + " confirmed as a deployment");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Match " + matchId + " was not confirmed: " + e.getMessage());
        }
        return "redirect:/brokering/runs/" + id;
    }
}
