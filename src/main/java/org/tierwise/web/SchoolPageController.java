package org.tierwise.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tierwise.brokering.BrokeringNotFoundException;
import org.tierwise.brokering.web.BrokeringReports;
import org.tierwise.brokering.web.BrokeringViews;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks4Result;
import org.tierwise.school.SchoolSearch;
import org.tierwise.school.SchoolService;
import org.tierwise.security.Role;
import org.tierwise.security.Roles;
import org.tierwise.tiering.RunNotFoundException;
import org.tierwise.tiering.web.TieringReports;
import org.tierwise.tiering.web.TieringViews;

/** Officers' pages: find a school, and see everything about it on one page. */
@Controller
class SchoolPageController {

    private final SchoolService schools;
    private final TieringReports tiering;
    private final BrokeringReports brokering;

    SchoolPageController(SchoolService schools, TieringReports tiering, BrokeringReports brokering) {
        this.schools = schools;
        this.tiering = tiering;
        this.brokering = brokering;
    }

    @GetMapping("/schools")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            var results = schools.search(
                    new SchoolSearch(null, null, q), PageRequest.of(Math.max(page, 0), 50, Sort.by("name")));
            model.addAttribute("results", results);
        }
        return "schools/search";
    }

    @GetMapping("/schools/{urn}")
    String school(@PathVariable int urn, Model model) {
        model.addAttribute("school", schools.school(urn));
        model.addAttribute("inspections", schools.inspections(urn));
        List<Ks2Result> ks2 = schools.ks2(urn).stream()
                .sorted(Comparator.comparing(Ks2Result::getAcademicYear))
                .toList();
        List<Ks4Result> ks4 = schools.ks4(urn).stream()
                .sorted(Comparator.comparing(Ks4Result::getAcademicYear))
                .toList();
        model.addAttribute("ks2", ks2);
        model.addAttribute(
                "ks2Chart",
                ChartData.of(
                        ks2.stream()
                                .map(r -> new AcademicYear(r.getAcademicYear()).label())
                                .toList(),
                        ks2.stream()
                                .map(r -> r.getRwmExpected() == null
                                        ? null
                                        : r.getRwmExpected().number())
                                .toList()));
        model.addAttribute("ks4", ks4);
        model.addAttribute("concerns", schools.intelligence(urn));
        // A safeguarding concern's note only for the SAFEGUARDING role; others see that one is recorded.
        model.addAttribute("readsSafeguardingNotes", Roles.currentUserHolds(Role.SAFEGUARDING));
        model.addAttribute("tier", currentTier(urn).orElse(null));
        model.addAttribute("recommendation", recommendation(urn).orElse(null));
        return "schools/school";
    }

    private Optional<BrokeringViews.Recommendation> recommendation(int urn) {
        try {
            return Optional.of(brokering.recommendation(urn));
        } catch (BrokeringNotFoundException notBrokered) {
            return Optional.empty();
        }
    }

    private Optional<TieringViews.SchoolTier> currentTier(int urn) {
        try {
            return Optional.of(tiering.currentTier(urn));
        } catch (RunNotFoundException notTieredYet) {
            return Optional.empty();
        }
    }
}
