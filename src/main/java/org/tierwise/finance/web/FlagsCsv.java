package org.tierwise.finance.web;

import java.util.List;
import org.tierwise.csv.CsvWriter;
import org.tierwise.finance.FinanceCheckRun;
import org.tierwise.finance.FinanceFlagRecord;

/** Writes flags as CSV that is safe to open in a spreadsheet ({@link CsvWriter}, every cell quoted). */
final class FlagsCsv {

    static final String HEADER =
            "RUN_ID,RULE_SET,ITEM_REF,FUND_REF,SEVERITY,RULE_ID,RULE_NAME,REGULATION,MESSAGE,FACTS";

    private FlagsCsv() {}

    static String write(FinanceCheckRun run, List<FinanceFlagRecord> flags) {
        CsvWriter csv = CsvWriter.quotingAll(HEADER.split(","));
        for (FinanceFlagRecord flag : flags) {
            csv.row(
                    String.valueOf(run.getId()),
                    run.getRuleSetDigest(),
                    flag.getItemRef(),
                    flag.getFundRef(),
                    flag.getSeverity().name(),
                    flag.getRuleId(),
                    flag.getRuleName(),
                    flag.getRegulation(),
                    flag.getMessage(),
                    flag.getFacts() == null ? "" : flag.getFacts().replace("\n", " | "));
        }
        return csv.toString();
    }
}
