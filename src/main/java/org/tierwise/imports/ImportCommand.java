package org.tierwise.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/** {@code import PATH [--kind=K] [--year=2018-19] [--status=FINAL]}: imports a file or a folder. */
@Component
class ImportCommand implements CliCommand {

    private final ImportService imports;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        String kind = null;
        AcademicYear year = null;
        DataStatus status = null;
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--kind=")) {
                kind = arg.substring(7);
            } else if (arg.startsWith("--year=")) {
                year = AcademicYear.parse(arg.substring(7));
            } else if (arg.startsWith("--status=")) {
                status = DataStatus.valueOf(arg.substring(9).toUpperCase(java.util.Locale.ROOT));
            } else {
                paths.add(arg);
            }
        }
        if (paths.size() != 1) {
            out.println("usage: import " + usage());
            return 2;
        }
        Path path = Path.of(paths.get(0));
        try {
            List<ImportReport> reports = kind == null && year == null && status == null
                    ? imports.importPath(path)
                    : List.of(imports.importFile(
                            kind,
                            path.getFileName().toString(),
                            java.nio.file.Files.readAllBytes(path),
                            new ImportOptions(year, status)));
            reports.forEach(report -> print(report, out));
            return 0;
        } catch (ImportRejectedException e) {
            out.println("REFUSED " + e.file() + ": " + e.getMessage() + " (nothing was stored)");
            e.errors().forEach(error -> out.println("  " + error));
            return 1;
        }
    }

    private static void print(ImportReport report, PrintStream out) {
        out.printf(
                "%s (%s): %d rows, %d created, %d updated, %d unchanged, %d skipped%n",
                report.file(),
                report.kind(),
                report.rows(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.skipped().size());
        report.notes().forEach(note -> out.println("  note: " + note));
        report.skipped().stream().limit(20).forEach(s -> out.println("  skipped line " + s.line() + ": " + s.reason()));
        if (report.skipped().size() > 20) {
            out.println("  ... and " + (report.skipped().size() - 20) + " more skipped rows");
        }
    }
}
