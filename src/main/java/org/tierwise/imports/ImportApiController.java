package org.tierwise.imports;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.security.AccessTable;
import org.tierwise.security.Roles;

/** Uploads of published and local CSV files. */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    private final ImportService imports;
    private final ImportMemory memory;

    ImportApiController(ImportService imports, ImportMemory memory) {
        this.imports = imports;
        this.memory = memory;
    }

    @GetMapping
    @Operation(summary = "The kinds of file that can be imported")
    Map<String, String> kinds() {
        return imports.kinds();
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a CSV file of the given kind (schools, inspections, ks2, ks4, clusters,"
                    + " intelligence) or 'auto' to recognise it from its header")
    ImportReport importFile(
            @PathVariable String kind,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) DataStatus status,
            Authentication user)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        AcademicYear academicYear = year == null || year.isBlank() ? null : parseYear(name, year);
        // The upload waits on disk (multipart) until the memory to read it is reserved.
        try (ImportMemory.Reservation reserved = memory.reserve(name, file.getSize())) {
            byte[] bytes = file.getBytes();
            String importKind = "auto".equals(kind) ? recognisedKindTheUserMayImport(name, bytes, user) : kind;
            return imports.importFile(importKind, name, bytes, new ImportOptions(academicYear, status));
        }
    }

    /**
     * A file sent to 'auto' needs the role its recognised kind needs (finance files: FINANCE); one that
     * is not recognised goes on to be refused, saying why.
     */
    private String recognisedKindTheUserMayImport(String name, byte[] bytes, Authentication user) {
        Optional<String> recognised = imports.recognisedKind(name, bytes);
        if (recognised.isPresent() && !AccessTable.mayImport(recognised.get(), Roles.of(user))) {
            throw new AccessDeniedException(name + " is a '" + recognised.get() + "' file, which needs "
                    + AccessTable.entryFor(HttpMethod.POST, "/api/imports/" + recognised.get())
                            .map(AccessTable.Entry::whoText)
                            .orElse("a role no one has"));
        }
        return recognised.orElse(null);
    }

    private static AcademicYear parseYear(String file, String year) {
        try {
            return AcademicYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(file, "year '" + year + "' is not an academic year such as 2018-19");
        }
    }
}
