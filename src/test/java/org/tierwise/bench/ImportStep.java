package org.tierwise.bench;

import java.util.List;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;

/** Imports the whole data set folder as {@code java -jar tierwise.jar import DIR} does, into an empty database. */
final class ImportStep implements BenchmarkStep {

    @Override
    public String key() {
        return "import";
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(BenchmarkContext context) throws Exception {
        long started = System.nanoTime();
        List<ImportReport> reports = context.bean(ImportService.class).importPath(context.dataDir());
        long nanos = System.nanoTime() - started;
        long rows = reports.stream().mapToLong(ImportReport::rows).sum();
        Measurements m = context.measurements();
        m.add("import.seconds", "Import of every file (empty database)", nanos / 1e9, "s");
        m.add("import.rows", "Rows imported", rows, "rows");
        m.add("import.rowsPerSecond", "Import throughput", rows / (nanos / 1e9), "rows/s");
        m.fact("files", reports.size());
    }
}
