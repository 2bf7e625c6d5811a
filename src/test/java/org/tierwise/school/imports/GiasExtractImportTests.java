package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.school.AgeRange;
import org.tierwise.school.Governance;
import org.tierwise.school.Phase;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;
import org.tierwise.school.SchoolStatus;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.TieringRunStore;

/**
 * Hampshire's GIAS establishment extract (111 columns, linked establishments past the last column
 * on 18 rows) imports as the register exactly as GIAS wrote it, through the API.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:GiasExtractImportTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GiasExtractImportTests {

    /** Schools of LA 850 outside state-funded provision, in GIAS's columns, and one closed long ago. */
    static final String NOT_STATE_FUNDED =
            """
            URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),\
            CloseDate,PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Easting,Northing
            199901,850,Hampshire,Hill House School,Other independent school,Open,,Not applicable,3,11,448000,125000
            199902,850,Hampshire,Valley Independent Special,Other independent special school,Open,,Not applicable,\
            7,16,449000,126000
            199903,850,Hampshire,Forest Non-maintained Special,Non-maintained special school,Open,,Not applicable,\
            5,19,450000,127000
            199904,850,Hampshire,Old Manor Prep,Other independent school,Closed,31-08-2010,Not applicable,\
            4,13,451000,128000
            """;

    static final Path GIAS = Path.of("../shared/data/hampshire850/850_gias_extract_2022-04-19.csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    SchoolRepository schools;

    @Autowired
    TieringRunStore runs;

    static MockMultipartFile extract() throws IOException {
        return new MockMultipartFile("file", GIAS.getFileName().toString(), "text/csv", Files.readAllBytes(GIAS));
    }

    @Test
    @Order(1)
    void importsTheExtractUnmodifiedWithEveryGovernanceKnown() throws Exception {
        MockMultipartFile file = extract();
        mvc.perform(multipart("/api/imports/schools").file(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("schools"))
                .andExpect(jsonPath("$.rows").value(427))
                .andExpect(jsonPath("$.created").value(427))
                .andExpect(jsonPath("$.skipped").isEmpty())
                .andExpect(jsonPath("$.notes").value(hasItem(startsWith("18 row(s) list more than one Linked"))))
                .andExpect(jsonPath("$.notes").value(hasItem(startsWith("governance from TypeOfEstablishment"))));

        List<School> register = schools.findAll();
        assertThat(register).hasSize(427);
        assertThat(register).allSatisfy(school -> {
            assertThat(school.getGovernance()).as("%s", school.getUrn()).isNotEqualTo(Governance.UNKNOWN);
            assertThat(school.getEasting()).as("%s", school.getUrn()).isBetween(400_000, 500_000);
            assertThat(school.getNorthing()).as("%s", school.getUrn()).isBetween(90_000, 170_000);
            assertThat(school.getLaCode()).isEqualTo(850);
            assertThat(school.getLaName()).isEqualTo("Hampshire");
            assertThat(school.getStatus()).isEqualTo(SchoolStatus.OPEN);
        });
        assertThat(register.stream().filter(s -> s.getGovernance() == Governance.VOLUNTARY_CONTROLLED))
                .hasSize(73);

        School alton = schools.findById(115850).orElseThrow();
        assertThat(alton.getName()).isEqualTo("Alton Infant School");
        assertThat(alton.getGovernance()).isEqualTo(Governance.COMMUNITY);
        assertThat(alton.getPhase()).isEqualTo(Phase.PRIMARY);
        assertThat(alton.getAgeRange()).isEqualTo(AgeRange.INFANT);
        assertThat(alton.getEasting()).isEqualTo(472080);
        assertThat(alton.getNorthing()).isEqualTo(139716);
        assertThat(schools.findById(115859).orElseThrow().getAgeRange()).isEqualTo(AgeRange.INFANT); // 2 to 7
        assertThat(schools.findById(115851).orElseThrow().getAgeRange()).isEqualTo(AgeRange.JUNIOR); // 7 to 11
        assertThat(schools.findById(115866).orElseThrow().getAgeRange()).isEqualTo(AgeRange.PRIMARY); // 4 to 11
        School westgate = schools.findById(116407).orElseThrow(); // 4 to 16
        assertThat(westgate.getPhase()).isEqualTo(Phase.ALL_THROUGH);
        assertThat(westgate.getAgeRange()).isNull();

        School priory = schools.findById(136447).orElseThrow();
        assertThat(priory.getGovernance()).isEqualTo(Governance.ACADEMY_CONVERTER);
        assertThat(priory.getTrustName()).isEqualTo("THE PRIORY PRIMARY ACADEMY TRUST");
        assertThat(priory.getOpenDate()).isEqualTo(LocalDate.of(2011, 2, 1));

        // A row with two linked establishments past the last column is stored like any other.
        assertThat(schools.findById(116026)).isPresent();

        // The same file again through 'auto' is recognised as the register and changes nothing.
        mvc.perform(multipart("/api/imports/auto").file(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("schools"))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(427));

        mvc.perform(get("/api/schools/115851"))
                .andExpect(jsonPath("$.school.ageRange").value("JUNIOR"))
                .andExpect(jsonPath("$.school.easting").value(472015));
    }

    @Test
    @Order(2)
    void aTieringRunLeavesOutSchoolsOutsideStateFundedProvisionAndSaysHowManyAndWhy() throws Exception {
        if (schools.count() == 0) {
            mvc.perform(multipart("/api/imports/schools").file(extract())).andExpect(status().isOk());
        }
        MockMultipartFile others = new MockMultipartFile(
                "file", "850_gias_not_state_funded.csv", "text/csv", NOT_STATE_FUNDED.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/imports/auto").file(others))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.notes")
                        .value(hasItem("4 school(s) outside state-funded provision are stored but never tiered:"
                                + " 1 NON_MAINTAINED_SPECIAL, 3 INDEPENDENT")));
        assertThat(schools.findById(199902).orElseThrow().getGovernance()).isEqualTo(Governance.INDEPENDENT);

        String created = mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":850,\"academicYear\":\"2018-19\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schools").value(427 - 9)) // 9 opened after the run's date, 31 Dec 2019
                .andExpect(jsonPath("$.notTiered").value(3))
                .andExpect(jsonPath("$.notTieredReason")
                        .value("not state-funded schools, outside the LA's school-improvement duties:"
                                + " 1 NON_MAINTAINED_SPECIAL, 2 INDEPENDENT"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long runId = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        RunRecord run = runs.run(runId).orElseThrow();
        assertThat(run.notTiered()).isEqualTo(3);
        assertThat(runs.result(runId, 199901)).isEmpty();
        assertThat(runs.result(runId, 199903)).isEmpty();
        assertThat(runs.result(runId, 115850)).isPresent();
        mvc.perform(get("/api/tiering/runs/" + runId))
                .andExpect(jsonPath("$.notTiered").value(3));
        mvc.perform(get("/tiering/runs/" + runId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 schools not tiered: not state-funded schools")));
    }
}
