package org.tierwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only by construction: no code of the service updates or deletes an
 * audit event or a recorded rule file, and the one update of a rule change is the decision on a
 * pending one.
 */
class AuditAppendOnlyTests {

    private static final Pattern WRITE = Pattern.compile(
            "\\b(UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE\\s+TABLE)\\s+(audit_event|rule_file_content|rule_set_source"
                    + "|rule_change_file|rule_change)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyAPendingRuleChangeIsEverUpdatedAndNothingIsDeleted() throws IOException {
        List<String> writes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (Path file : sources.filter(Files::isRegularFile).toList()) {
                Matcher matcher = WRITE.matcher(Files.readString(file));
                while (matcher.find()) {
                    writes.add(file.getFileName() + ": "
                            + matcher.group(1).toUpperCase(Locale.ROOT).split("\\s")[0] + " "
                            + matcher.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(writes).isNotEmpty().allMatch(write -> write.equals("RuleChanges.java: UPDATE rule_change"));
        String ruleChanges = Files.readString(Path.of("src/main/java/org/tierwise/rules/RuleChanges.java"));
        Matcher updates = Pattern.compile("UPDATE rule_change SET[^;]*?WHERE[^;]*?status = 'PENDING'")
                .matcher(ruleChanges);
        int guarded = 0;
        while (updates.find()) {
            guarded++;
        }
        assertThat(guarded)
                .as("every update of a rule change is guarded by status = 'PENDING'")
                .isEqualTo(writes.size());
    }
}
