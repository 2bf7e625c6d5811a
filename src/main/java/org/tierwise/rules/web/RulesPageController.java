package org.tierwise.rules.web;

import java.nio.file.Path;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierwise.audit.Actors;
import org.tierwise.rules.CandidateRules;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleCatalogue;
import org.tierwise.rules.RuleChangeConflictException;
import org.tierwise.rules.RuleChangeForbiddenException;
import org.tierwise.rules.RuleChangeNotFoundException;
import org.tierwise.rules.RuleChanges;
import org.tierwise.rules.RuleCompilationException;
import org.tierwise.rules.RuleSetVersions;
import org.tierwise.rules.cases.CaseRunner;
import org.tierwise.rules.whatif.WhatIf;
import org.tierwise.security.PageAccess;

/** Policy staff's pages: the catalogue, the state of the rules directory, reload, cases and what-if. */
@Controller
class RulesPageController {

    private final RuleCatalogue catalogue;
    private final LiveRules liveRules;
    private final RuleSetVersions versions;
    private final CaseRunner cases;
    private final WhatIf whatIf;
    private final RuleChanges changes;
    private final CandidateRules candidates;
    private final PageAccess access;

    RulesPageController(
            RuleCatalogue catalogue,
            LiveRules liveRules,
            RuleSetVersions versions,
            CaseRunner cases,
            WhatIf whatIf,
            RuleChanges changes,
            CandidateRules candidates,
            PageAccess access) {
        this.access = access;
        this.catalogue = catalogue;
        this.liveRules = liveRules;
        this.versions = versions;
        this.cases = cases;
        this.whatIf = whatIf;
        this.changes = changes;
        this.candidates = candidates;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("catalogue", catalogue.catalogue());
        model.addAttribute("versions", versions.history(10));
        // Every member of staff reads the catalogue; the directory, reload and changes are POLICY's.
        boolean policy = access.may("POST", "/rules/reload");
        model.addAttribute("policy", policy);
        if (!policy) {
            return "rules/index";
        }
        model.addAttribute("directory", liveRules.directory().toAbsolutePath());
        model.addAttribute("validation", catalogue.validate(liveRules.directory()));
        model.addAttribute("approvalRequired", changes.approvalRequired());
        model.addAttribute(
                "pendingChanges",
                changes.pending().stream()
                        .map(change -> changes.find(change.id()).orElseThrow())
                        .toList());
        model.addAttribute("changes", changes.list(10));
        return "rules/index";
    }

    @PostMapping("/rules/reload")
    String reload(Principal principal, RedirectAttributes redirect) {
        try {
            LiveRules.Reload reload = liveRules.reload(Actors.of(principal));
            redirect.addFlashAttribute(
                    "message",
                    reload.pendingApproval()
                            ? "The changed rules wait for a second policy user's approval as rule change "
                                    + reload.change().id() + "; "
                                    + reload.version().shortDigest() + " stays live"
                            : reload.changed()
                                    ? "Reloaded: rule set " + reload.version().shortDigest() + " with "
                                            + reload.ruleCount() + " rules is live"
                                    : "The rules directory has not changed; "
                                            + reload.version().shortDigest() + " stays live");
        } catch (RuleCompilationException e) {
            redirect.addFlashAttribute("reloadErrors", e.errors());
        }
        return "redirect:/rules";
    }

    @PostMapping("/rules/changes/{id}/approve")
    String approve(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            LiveRules.Reload approved = liveRules.approve(id, Actors.of(principal));
            redirect.addFlashAttribute(
                    "message",
                    approved.pendingApproval()
                            ? "Rule change " + id + " approved by you; it was found on disk, so a second POLICY user"
                                    + " must approve it before it goes live"
                            : "Rule change " + id + " approved: rule set "
                                    + approved.version().shortDigest() + " with " + approved.ruleCount()
                                    + " rules is live");
        } catch (RuleChangeForbiddenException | RuleChangeConflictException | RuleChangeNotFoundException e) {
            redirect.addFlashAttribute("changeError", "Rule change " + id + " was not approved: " + e.getMessage());
        } catch (RuleCompilationException e) {
            redirect.addFlashAttribute("reloadErrors", e.errors());
        }
        return "redirect:/rules";
    }

    @PostMapping("/rules/changes/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            liveRules.reject(id, Actors.of(principal), reason);
            redirect.addFlashAttribute("message", "Rule change " + id + " rejected; the live rules stay as they are");
        } catch (RuleChangeConflictException | RuleChangeNotFoundException e) {
            redirect.addFlashAttribute("changeError", "Rule change " + id + " was not rejected: " + e.getMessage());
        }
        return "redirect:/rules";
    }

    @GetMapping("/rules/cases")
    String cases(Model model) {
        model.addAttribute("report", cases.run(liveRules.current(), liveRules.directory(), ""));
        return "rules/cases";
    }

    @GetMapping("/rules/what-if")
    String whatIf(@RequestParam(required = false) String rules, Model model) {
        model.addAttribute("rules", rules == null ? "" : rules);
        model.addAttribute("candidatesDirectory", candidates.directory());
        if (rules == null || rules.isBlank()) {
            return "rules/whatif";
        }
        Path dir;
        try {
            dir = candidates.resolveDraft(rules);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return "rules/whatif";
        }
        try {
            model.addAttribute("report", whatIf.compare(dir));
        } catch (RuleCompilationException e) {
            model.addAttribute("candidateErrors", e.errors());
        }
        return "rules/whatif";
    }
}
