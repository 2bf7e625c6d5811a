package org.tierwise.audit.web;

import java.util.List;
import org.tierwise.audit.AuditEvent;

/** Writes audit events as CSV that is safe to open in a spreadsheet. */
final class AuditCsv {

    static final String HEADER = "ID,AT,ACTOR,ACTION,OUTCOME,SUBJECT_KIND,SUBJECT_ID,DIGEST,RULE_SET,SUMMARY,DETAIL";

    private AuditCsv() {}

    static String write(List<AuditEvent> events) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEvent event : events) {
            csv.append(String.join(
                            ",",
                            cell(String.valueOf(event.id())),
                            cell(event.at().toString()),
                            cell(event.actor()),
                            cell(event.action().name()),
                            cell(event.outcome().name()),
                            cell(event.subjectKind()),
                            cell(event.subjectId()),
                            cell(event.digest()),
                            cell(event.ruleSetDigest()),
                            cell(event.summary()),
                            cell(event.detail().toString())))
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
