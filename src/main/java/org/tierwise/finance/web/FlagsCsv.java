package org.tierwise.finance.web;

import java.util.List;
import org.tierwise.finance.FinanceCheckRun;
import org.tierwise.finance.FinanceFlagRecord;

/** Writes flags as CSV that is safe to open in a spreadsheet. */
final class FlagsCsv {

    static final String HEADER =
            "RUN_ID,RULE_SET,ITEM_REF,FUND_REF,SEVERITY,RULE_ID,RULE_NAME,REGULATION,MESSAGE,FACTS";

    private FlagsCsv() {}

    static String write(FinanceCheckRun run, List<FinanceFlagRecord> flags) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (FinanceFlagRecord flag : flags) {
            csv.append(String.join(
                            ",",
                            cell(String.valueOf(run.getId())),
                            cell(run.getRuleSetDigest()),
                            cell(flag.getItemRef()),
                            cell(flag.getFundRef()),
                            cell(flag.getSeverity().name()),
                            cell(flag.getRuleId()),
                            cell(flag.getRuleName()),
                            cell(flag.getRegulation()),
                            cell(flag.getMessage()),
                            cell(flag.getFacts() == null ? "" : flag.getFacts().replace("\n", " | "))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quotes a cell; one a spreadsheet would run as a formula (starting =, +, -, @, or a tab or
     * carriage return) is prefixed with an apostrophe so it is shown as text.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
