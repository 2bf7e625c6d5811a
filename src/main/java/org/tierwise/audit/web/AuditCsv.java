package org.tierwise.audit.web;

import java.util.List;
import org.tierwise.audit.AuditEvent;
import org.tierwise.csv.CsvWriter;

/** Writes audit events as CSV that is safe to open in a spreadsheet ({@link CsvWriter}, every cell quoted). */
final class AuditCsv {

    static final String HEADER = "ID,AT,ACTOR,ACTION,OUTCOME,SUBJECT_KIND,SUBJECT_ID,DIGEST,RULE_SET,SUMMARY,DETAIL";

    private AuditCsv() {}

    static String write(List<AuditEvent> events) {
        CsvWriter csv = CsvWriter.quotingAll(HEADER.split(","));
        for (AuditEvent event : events) {
            csv.row(
                    String.valueOf(event.id()),
                    event.at().toString(),
                    event.actor(),
                    event.action().name(),
                    event.outcome().name(),
                    event.subjectKind(),
                    event.subjectId(),
                    event.digest(),
                    event.ruleSetDigest(),
                    event.summary(),
                    event.detail().toString());
        }
        return csv.toString();
    }
}
