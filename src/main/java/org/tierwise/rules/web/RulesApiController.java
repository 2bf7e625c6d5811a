package org.tierwise.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tierwise.audit.Actors;
import org.tierwise.rules.CandidateRules;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleCatalogue;
import org.tierwise.rules.RuleChange;
import org.tierwise.rules.RuleChangeNotFoundException;
import org.tierwise.rules.RuleChanges;
import org.tierwise.rules.RuleSetVersions;
import org.tierwise.rules.cases.CaseRunner;
import org.tierwise.rules.cases.CasesReport;
import org.tierwise.rules.whatif.WhatIf;
import org.tierwise.rules.whatif.WhatIfReport;

/** The rules catalogue, validation, reload, versions, cases and what-if for policy staff's tools. */
@RestController
@RequestMapping("/api/rules")
class RulesApiController {

    private final LiveRules liveRules;
    private final RuleCatalogue catalogue;
    private final RuleSetVersions versions;
    private final CaseRunner caseRunner;
    private final WhatIf whatIf;
    private final RuleChanges changes;
    private final CandidateRules candidates;

    RulesApiController(
            LiveRules liveRules,
            RuleCatalogue catalogue,
            RuleSetVersions versions,
            CaseRunner caseRunner,
            WhatIf whatIf,
            RuleChanges changes,
            CandidateRules candidates) {
        this.liveRules = liveRules;
        this.catalogue = catalogue;
        this.versions = versions;
        this.caseRunner = caseRunner;
        this.whatIf = whatIf;
        this.changes = changes;
        this.candidates = candidates;
    }

    record DirectoryRequest(String dir) {}

    @GetMapping
    @Operation(summary = "Every live rule with its metadata and its firings in the latest run of each kind")
    RuleCatalogue.Catalogue catalogue() {
        return catalogue.catalogue();
    }

    @GetMapping("/versions")
    @Operation(summary = "The rule sets that have been live, newest first")
    List<RuleSetVersions.Activation> versions() {
        return versions.history(100);
    }

    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Compile the live rules directory, or a candidate directory under tierwise.rules.candidates-dir,"
                    + " without activating it")
    RuleCatalogue.Validation validate(@RequestBody(required = false) DirectoryRequest request) {
        return catalogue.validate(candidates.resolve(request == null ? null : request.dir()));
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Compile uploaded rule files (file names are paths such as tiering/floor.drl)")
    RuleCatalogue.Validation validateUpload(@RequestPart("files") List<MultipartFile> files) throws IOException {
        Path dir = Files.createTempDirectory("tierwise-rules-upload");
        try {
            for (MultipartFile file : files) {
                Path target =
                        dir.resolve(String.valueOf(file.getOriginalFilename())).normalize();
                if (!target.startsWith(dir) || target.equals(dir)) {
                    throw new IllegalArgumentException("Upload file name must be a relative path such as"
                            + " tiering/floor.drl, was " + file.getOriginalFilename());
                }
                Files.createDirectories(target.getParent());
                file.transferTo(target);
            }
            return catalogue.validate(dir);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @PostMapping("/reload")
    @Operation(summary = "Compile the rules directory and make it live; 422 with every error if it does not compile")
    LiveRules.Reload reload(Principal principal) {
        return liveRules.reload(Actors.of(principal));
    }

    @GetMapping("/changes")
    @Operation(summary = "Changes of the rules, newest first: applied, pending a second approval, rejected")
    List<RuleChange> changes() {
        return changes.list(100);
    }

    @GetMapping("/changes/{id}")
    @Operation(summary = "One rule change with the unified diff of every file it added, removed or modified")
    RuleChange change(@PathVariable long id) {
        return changes.find(id).orElseThrow(() -> new RuleChangeNotFoundException(id));
    }

    @PostMapping("/changes/{id}/approve")
    @Operation(
            summary = "A second POLICY user approves a pending rule change and it goes live; 403 for its proposer,"
                    + " 409 when the rule files or the live rules changed since it was proposed")
    LiveRules.Reload approve(@PathVariable long id, Principal principal) {
        return liveRules.approve(id, Actors.of(principal));
    }

    @PostMapping("/changes/{id}/reject")
    @Operation(summary = "Reject a pending rule change (body optional: {\"reason\": \"...\"}); the live rules stay")
    RuleChange reject(
            @PathVariable long id, @Valid @RequestBody(required = false) Decision decision, Principal principal) {
        return liveRules.reject(id, Actors.of(principal), decision == null ? null : decision.reason());
    }

    record Decision(@Size(max = 2000) String reason) {}

    @PostMapping("/what-if")
    @Operation(
            summary = "List every decision a candidate rules directory (under tierwise.rules.candidates-dir) would"
                    + " change")
    WhatIfReport whatIf(@RequestBody DraftRequest request) {
        return whatIf.compare(candidates.resolveDraft(request.rules()));
    }

    record DraftRequest(String rules) {}

    @PostMapping("/cases/run")
    @Operation(
            summary = "Run every cases file on the live rules as approved, or on a candidate directory under"
                    + " tierwise.rules.candidates-dir named in the body: {\"rules\": \"2025-floor-change\"}")
    CasesReport runCases(@RequestBody(required = false) DraftRequest request) {
        if (request == null || request.rules() == null || request.rules().isBlank()) {
            return caseRunner.run(liveRules.current(), liveRules.directory(), "");
        }
        return caseRunner.run(candidates.resolveDraft(request.rules()));
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
