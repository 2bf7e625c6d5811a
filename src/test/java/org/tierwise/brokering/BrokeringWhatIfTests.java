package org.tierwise.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.RulesCopy;
import org.tierwise.rules.whatif.WhatIf;
import org.tierwise.rules.whatif.WhatIfReport;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.TieringRun;

/** A change to the brokering rules shows which needs would get other supporters before it goes live. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:BrokeringWhatIfTests;DB_CLOSE_DELAY=-1"
        })
class BrokeringWhatIfTests {

    @Autowired
    TieringRun tiering;

    @Autowired
    WhatIf whatIf;

    @Test
    void listsTheNeedsWhoseSupportersWouldChange() throws Exception {
        tiering.run(new TieringRun.Request(919, new AcademicYear(2019), DataStatus.FINAL, null), "test");
        Path candidate = RulesCopy.of("tierwise-brokering-candidate");
        Path parameters = candidate.resolve("parameters/brokering.yaml");
        String text = Files.readString(parameters);
        String changed = text.replaceAll(
                "name: brokering\\.max-distance-km, value: \\d+", "name: brokering.max-distance-km, value: 1");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(parameters, changed);

        WhatIfReport report = whatIf.compare(candidate);

        assertThat(report.changes())
                .filteredOn(c -> c.subject().equals("brokering"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.key()).startsWith("need "));
        assertThat(whatIf.compare(RulesCopy.of("tierwise-brokering-same")).changes())
                .filteredOn(c -> c.subject().equals("brokering"))
                .isEmpty();
    }
}
