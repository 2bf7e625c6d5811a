package org.tierwise.brokering.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.brokering.SupporterRepository;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.school.SchoolRepository;

/** The supporters and locations files: the fixtures load, and bad rows refuse the whole file. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:SupporterImportTests;DB_CLOSE_DELAY=-1"
        })
class SupporterImportTests {

    @Autowired
    ImportService imports;

    @Autowired
    SupporterRepository supporters;

    @Autowired
    SchoolRepository schools;

    @Test
    void theFixturesLoadSupportersAndLocations() {
        assertThat(supporters.count()).isEqualTo(23);
        assertThat(supporters.findById("SIP01").orElseThrow().getConflictUrns()).isEqualTo("117084");
        assertThat(schools.findById(117220).orElseThrow().getEasting()).isNotNull();
    }

    @Test
    void refusesASupportersFileWithABadRoleAnUnknownHomeSchoolAndNoCapacity() {
        String csv = "SUPPORTER_ID,NAME,ROLE,HOME_URN,PHASES,SPECIALISMS,CAPACITY_DEPLOYMENTS\n"
                + "X1,Someone,HEAD,117220,PRIMARY,LEADERSHIP,1\n"
                + "X2,Someone else,NLE,999999,PRIMARY,LEADERSHIP,1\n"
                + "X3,Third,LLE,117220,PRIMARY,LEADERSHIP,\n";
        assertThatThrownBy(() -> imports.importFile(
                        null, "bad_supporters.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.line() + " " + error.column())
                        .containsExactly("2 ROLE", "3 HOME_URN", "4 CAPACITY_DEPLOYMENTS"));
        assertThat(supporters.findById("X1")).isEmpty();
        assertThat(supporters.findById("X3")).isEmpty();
    }

    @Test
    void aLocationsFileIsRecognisedAndAnOutOfRangeGridReferenceRefused() {
        ImportReport report = imports.importFile(
                null,
                "locations.csv",
                "URN,Easting,Northing\n117220,523100,209100\n".getBytes(StandardCharsets.UTF_8),
                ImportOptions.none());
        assertThat(report.kind()).isEqualTo("locations");
        assertThat(schools.findById(117220).orElseThrow().getNorthing()).isEqualTo(209100);
        assertThatThrownBy(() -> imports.importFile(
                        "locations",
                        "far.csv",
                        "URN,Easting,Northing\n117220,-5,209100\n".getBytes(StandardCharsets.UTF_8),
                        ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class);
    }
}
