package org.tierwise.tiering.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierwise.runs.RunRequestRejectedException;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.OverrideNotFoundException;
import org.tierwise.tiering.RunComparison;
import org.tierwise.tiering.RunNotFoundException;
import org.tierwise.tiering.RunWithdrawnException;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringJobs;
import org.tierwise.tiering.TieringRun;
import org.tierwise.tiering.TieringRunStore;
import org.tierwise.web.ChartData;

/** Commissioning groups' pages: start a run and follow it, read a run, compare, override, withdraw. */
@Controller
class TieringPageController {

    private final TieringJobs jobs;
    private final TieringRun tiering;
    private final TieringRunStore store;
    private final TieringReports reports;
    private final RunComparison comparison;

    TieringPageController(
            TieringJobs jobs,
            TieringRun tiering,
            TieringRunStore store,
            TieringReports reports,
            RunComparison comparison) {
        this.jobs = jobs;
        this.tiering = tiering;
        this.store = store;
        this.reports = reports;
        this.comparison = comparison;
    }

    /** The form that starts a run. */
    static class RunForm {
        Integer la = 919;

        @NotBlank(message = "Give the academic year of the results, such as 2018-19")
        @Pattern(regexp = "\\d{4}[-/]\\d{2}", message = "Write the academic year as 2018-19")
        String academicYear;

        @NotNull(message = "Choose the stage of the results")
        DataStatus dataStatus = DataStatus.FINAL;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf;

        public Integer getLa() {
            return la;
        }

        public void setLa(Integer la) {
            this.la = la;
        }

        public String getAcademicYear() {
            return academicYear;
        }

        public void setAcademicYear(String academicYear) {
            this.academicYear = academicYear;
        }

        public DataStatus getDataStatus() {
            return dataStatus;
        }

        public void setDataStatus(DataStatus dataStatus) {
            this.dataStatus = dataStatus;
        }

        public LocalDate getAsOf() {
            return asOf;
        }

        public void setAsOf(LocalDate asOf) {
            this.asOf = asOf;
        }
    }

    /** The form that overrides one school's tier. */
    static class OverrideForm {
        @NotNull(message = "Choose the school")
        Integer urn;

        @NotNull(message = "Choose the tier")
        Tier tier;

        @NotBlank(message = "Say why the computed tier is overridden")
        @Size(max = 2000, message = "Keep the reason under 2,000 characters")
        String reason;

        public Integer getUrn() {
            return urn;
        }

        public void setUrn(Integer urn) {
            this.urn = urn;
        }

        public Tier getTier() {
            return tier;
        }

        public void setTier(Tier tier) {
            this.tier = tier;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @GetMapping("/tiering")
    String runs(Model model) {
        if (!model.containsAttribute("runForm")) {
            model.addAttribute("runForm", new RunForm());
        }
        model.addAttribute("runs", store.runs());
        model.addAttribute("statuses", DataStatus.values());
        return "tiering/index";
    }

    @PostMapping("/tiering/runs")
    String start(
            @Valid @ModelAttribute("runForm") RunForm form, BindingResult errors, Model model, Principal principal) {
        if (!errors.hasErrors() && form.asOf != null && form.asOf.isAfter(LocalDate.now())) {
            errors.rejectValue("asOf", "future", "The date of the decisions cannot be in the future");
        }
        TieringRun.Request request = null;
        if (!errors.hasErrors()) {
            request =
                    new TieringRun.Request(form.la, AcademicYear.parse(form.academicYear), form.dataStatus, form.asOf);
            try {
                tiering.check(request);
            } catch (RunRequestRejectedException e) {
                errors.rejectValue(e.field(), "rejected", e.getMessage());
            }
        }
        if (errors.hasErrors()) {
            return runs(model);
        }
        long job = jobs.start(request, principal == null ? "anonymous" : principal.getName());
        return "redirect:/tiering/jobs/" + job;
    }

    @GetMapping("/tiering/jobs/{id}")
    String job(@PathVariable long id, Model model) {
        TieringJobs.Job job = jobs.job(id).orElseThrow(() -> new RunNotFoundException("no tiering job " + id));
        if (job.runId() != null) {
            return "redirect:/tiering/runs/" + job.runId();
        }
        model.addAttribute("job", job);
        return "tiering/job";
    }

    @GetMapping("/tiering/runs/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) Long compare, Model model) {
        TieringViews.RunSummary summary = reports.summary(id);
        model.addAttribute("run", summary);
        model.addAttribute(
                "tierChart",
                ChartData.of(
                        summary.tiers().stream()
                                .map(TieringViews.TierCount::name)
                                .toList(),
                        summary.tiers().stream()
                                .map(TieringViews.TierCount::schools)
                                .toList()));
        model.addAttribute("schools", reports.schools(id));
        model.addAttribute(
                "others", store.runs().stream().filter(r -> r.id() != id).toList());
        model.addAttribute("compare", compare);
        if (compare != null) {
            model.addAttribute("comparison", comparison.compare(id, compare));
        }
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", new OverrideForm());
        }
        model.addAttribute(
                "tiers",
                Arrays.stream(Tier.values())
                        .filter(t -> t != Tier.CANNOT_DETERMINE)
                        .toList());
        model.addAttribute("changes", List.of(RunComparison.Change.values()));
        return "tiering/run";
    }

    @PostMapping("/tiering/runs/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            redirect.addFlashAttribute("error", "Run " + id + " was not withdrawn: say why, in under 2,000 characters");
            return "redirect:/tiering/runs/" + id;
        }
        try {
            tiering.withdraw(id, reason.trim(), principal == null ? "anonymous" : principal.getName());
            redirect.addFlashAttribute(
                    "message", "Run " + id + " withdrawn: it is no longer any school's current tier");
        } catch (RunWithdrawnException e) {
            redirect.addFlashAttribute("error", "Run " + id + " was not withdrawn: " + e.getMessage());
        }
        return "redirect:/tiering/runs/" + id;
    }

    @PostMapping("/tiering/runs/{id}/overrides/{urn}/remove")
    String removeOverride(
            @PathVariable long id,
            @PathVariable int urn,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            redirect.addFlashAttribute(
                    "error", "The override of URN " + urn + " was not removed: say why, in under 2,000 characters");
            return "redirect:/tiering/runs/" + id;
        }
        try {
            tiering.removeOverride(id, urn, reason.trim(), principal == null ? "anonymous" : principal.getName());
            redirect.addFlashAttribute("message", "Override removed for URN " + urn);
        } catch (OverrideNotFoundException | RunWithdrawnException e) {
            redirect.addFlashAttribute("error", "The override was not removed: " + e.getMessage());
        }
        return "redirect:/tiering/runs/" + id;
    }

    @PostMapping("/tiering/runs/{id}/overrides")
    String override(
            @PathVariable long id,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            BindingResult errors,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return run(id, null, model);
        }
        tiering.override(
                id, form.urn, form.tier, form.reason.trim(), principal == null ? "anonymous" : principal.getName());
        redirect.addFlashAttribute("message", "Override recorded for URN " + form.urn);
        return "redirect:/tiering/runs/" + id;
    }
}
