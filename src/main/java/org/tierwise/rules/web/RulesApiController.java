package org.tierwise.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tierwise.rules.Compilation;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleFireCounts;
import org.tierwise.rules.RuleInfo;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.RuleSetVersion;
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
    private final RuleSetCompiler compiler;
    private final RuleSetVersions versions;
    private final RuleFireCounts fireCounts;
    private final CaseRunner caseRunner;
    private final WhatIf whatIf;

    RulesApiController(
            LiveRules liveRules,
            RuleSetCompiler compiler,
            RuleSetVersions versions,
            RuleFireCounts fireCounts,
            CaseRunner caseRunner,
            WhatIf whatIf) {
        this.liveRules = liveRules;
        this.compiler = compiler;
        this.versions = versions;
        this.fireCounts = fireCounts;
        this.caseRunner = caseRunner;
        this.whatIf = whatIf;
    }

    /** A catalogue entry: the rule and how often it fired in the latest run of each kind. */
    record CatalogueEntry(RuleInfo rule, Map<String, Long> firedInLatestRun) {}

    record Catalogue(RuleSetVersion version, List<CatalogueEntry> rules) {}

    record DirectoryRequest(String dir) {}

    record Validation(RuleSetVersion version, boolean valid, List<RuleProblem> errors, List<RuleProblem> warnings) {}

    @GetMapping
    @Operation(summary = "Every live rule with its metadata and its firings in the latest run of each kind")
    Catalogue catalogue() {
        RuleSet live = liveRules.current();
        Map<String, RuleFireCounts.RunCounts> latest = fireCounts.latestByKind();
        List<CatalogueEntry> entries = live.rules().stream()
                .map(rule -> {
                    Map<String, Long> fired = new TreeMap<>();
                    latest.forEach((kind, run) -> fired.put(kind, run.fired().getOrDefault(rule.id(), 0L)));
                    return new CatalogueEntry(rule, fired);
                })
                .toList();
        return new Catalogue(live.version(), entries);
    }

    @GetMapping("/versions")
    @Operation(summary = "The rule sets that have been live, newest first")
    List<RuleSetVersions.Activation> versions() {
        return versions.history(100);
    }

    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compile a rules directory on the server without activating it")
    Validation validate(@RequestBody(required = false) DirectoryRequest request) {
        Path dir = request == null || request.dir() == null ? liveRules.directory() : Path.of(request.dir());
        return validate(dir);
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Compile uploaded rule files (file names are paths such as tiering/floor.drl)")
    Validation validateUpload(@RequestPart("files") List<MultipartFile> files) throws IOException {
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
            return validate(dir);
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
        return liveRules.reload(principal == null ? "anonymous" : principal.getName());
    }

    @PostMapping("/what-if")
    @Operation(summary = "List every decision a candidate rules directory on the server would change")
    WhatIfReport whatIf(@RequestBody WhatIfRequest request) {
        if (request.rules() == null || request.rules().isBlank()) {
            throw new IllegalArgumentException("Name the candidate rules directory: {\"rules\": \"/path/to/rules\"}");
        }
        return whatIf.compare(Path.of(request.rules()));
    }

    record WhatIfRequest(String rules) {}

    @PostMapping("/cases/run")
    @Operation(summary = "Run every cases file of the live rules directory")
    CasesReport runCases() {
        return caseRunner.run(liveRules.directory());
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private Validation validate(Path dir) {
        Compilation compilation = compiler.compile(dir);
        if (compilation.succeeded()) {
            compiler.release(compilation.ruleSet());
        }
        return new Validation(
                compilation.version(), compilation.succeeded(), compilation.errors(), compilation.warnings());
    }
}
