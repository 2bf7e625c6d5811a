package org.tierwise.tiering.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.school.SchoolService;

/** One school's current tier, for officers. */
@RestController
class SchoolTierApiController {

    private final SchoolService schools;
    private final TieringReports reports;

    SchoolTierApiController(SchoolService schools, TieringReports reports) {
        this.schools = schools;
        this.reports = reports;
    }

    @GetMapping("/api/schools/{urn}/tier")
    @Operation(
            summary = "The school's current tier (the newest academic year's latest run not withdrawn), with"
                    + " reasons, sources, needs, actions and rule-set version")
    @Transactional(readOnly = true)
    TieringViews.SchoolTier tier(@PathVariable int urn) {
        schools.school(urn);
        return reports.currentTier(urn);
    }
}
