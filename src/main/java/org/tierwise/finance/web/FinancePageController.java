package org.tierwise.finance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierwise.finance.FinanceCheck;
import org.tierwise.finance.FinanceCheckException;
import org.tierwise.finance.FinanceCheckNotFoundException;
import org.tierwise.finance.FinanceCheckRun;
import org.tierwise.finance.FinanceCheckScope;
import org.tierwise.finance.FinanceFlagRecord;
import org.tierwise.finance.Severity;
import org.tierwise.runs.RunInProgressException;

/** The finance officers' page: the latest check's flags by fund and severity, with the regulation. */
@Controller
class FinancePageController {

    private final FinanceCheck check;

    FinancePageController(FinanceCheck check) {
        this.check = check;
    }

    @GetMapping("/finance")
    String flags(
            @RequestParam(required = false) String fund,
            @RequestParam(required = false) Severity severity,
            Model model) {
        model.addAttribute("severities", Severity.values());
        model.addAttribute("fund", fund == null ? "" : fund);
        model.addAttribute("severity", severity);
        FinanceCheckRun run;
        try {
            run = check.latest();
        } catch (FinanceCheckNotFoundException none) {
            return "finance/index";
        }
        List<FinanceFlagRecord> flags = check.flags(run, fund == null || fund.isBlank() ? null : fund, severity);
        Map<String, List<FinanceFlagRecord>> byFund = new TreeMap<>();
        flags.forEach(f ->
                byFund.computeIfAbsent(f.getFundRef(), k -> new ArrayList<>()).add(f));
        model.addAttribute("run", run);
        model.addAttribute("byFund", byFund);
        model.addAttribute(
                "funds",
                check.flags(run, null, null).stream()
                        .map(FinanceFlagRecord::getFundRef)
                        .distinct()
                        .sorted()
                        .toList());
        return "finance/index";
    }

    @PostMapping("/finance/checks")
    String run(@RequestParam(required = false) String year, RedirectAttributes redirect) {
        try {
            FinanceCheckRun run = check.run(new FinanceCheckScope(null, year), LocalDate.now());
            redirect.addFlashAttribute(
                    "message",
                    "Check " + run.getId() + ": " + run.getItemsChecked() + " items, " + run.getFlagCount()
                            + " flag(s)");
        } catch (FinanceCheckException | RunInProgressException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/finance";
    }
}
