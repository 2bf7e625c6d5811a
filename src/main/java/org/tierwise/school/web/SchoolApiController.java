package org.tierwise.school.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.school.ConcernKind;
import org.tierwise.school.Confidentiality;
import org.tierwise.school.Phase;
import org.tierwise.school.SchoolSearch;
import org.tierwise.school.SchoolService;

/** The register: search schools, read one school's data, record a concern. */
@RestController
@RequestMapping("/api/schools")
class SchoolApiController {

    private final SchoolService schools;
    private final SchoolViewMapper views;

    SchoolApiController(SchoolService schools, SchoolViewMapper views) {
        this.schools = schools;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Search schools by local authority code, phase, and name, URN or postcode")
    PageView<SchoolViews.SchoolSummary> search(
            @RequestParam(required = false) Integer la,
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("name"));
        return PageView.of(schools.search(new SchoolSearch(la, phase, q), request), views::toSummary);
    }

    @GetMapping("/{urn}")
    @Operation(summary = "A school's register entry, inspections, results by year and local intelligence")
    SchoolViews.SchoolDetail school(@PathVariable int urn) {
        return new SchoolViews.SchoolDetail(
                views.toView(schools.school(urn)),
                schools.inspections(urn).stream().map(views::toView).toList(),
                schools.ks2(urn).stream().map(views::toView).toList(),
                schools.ks4(urn).stream().map(views::toView).toList(),
                schools.intelligence(urn).stream().map(views::toView).toList());
    }

    /** A concern to record; the date defaults to today. */
    record NewConcern(
            @NotNull ConcernKind kind,
            @PastOrPresent LocalDate recordedOn,
            @NotBlank @Size(max = 2000) String note,
            @NotBlank @Size(max = 100) String recordedBy,
            Confidentiality confidentiality) {}

    @PostMapping("/{urn}/intelligence")
    @Operation(summary = "Record an officer's concern about a school")
    ResponseEntity<SchoolViews.ConcernView> recordConcern(
            @PathVariable int urn, @Valid @RequestBody NewConcern concern) {
        var saved = schools.recordConcern(
                urn,
                concern.kind(),
                concern.recordedOn() == null ? LocalDate.now() : concern.recordedOn(),
                concern.note().trim(),
                concern.recordedBy().trim(),
                Confidentiality.of(concern.kind(), concern.confidentiality()));
        return ResponseEntity.created(URI.create("/api/schools/" + urn)).body(views.toView(saved));
    }
}
