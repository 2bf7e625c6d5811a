package org.tierwise.school.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.TestUsers;
import org.tierwise.school.Confidentiality;

/**
 * A safeguarding concern's note is read only by users with the SAFEGUARDING role (the dev users
 * {@code safeguarding} and {@code lead}); every other reader of the school sees that a confidential
 * safeguarding concern is recorded, the tier still counts it, and no run, reason or export carries
 * its words. A standard concern's note is read by everyone who reads the school.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:ConfidentialConcernTests;DB_CLOSE_DELAY=-1",
            "tierwise.fixtures.load-on-empty=true"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialConcernTests {

    private static final int URN = 117083;
    private static final String LADO = "LADO referral about a member of staff (test 4471)";
    private static final String COMPLAINT = "Parent complaint naming a teacher (test 5582)";
    private static final String STANDARD = "New headteacher from January (test 6693)";

    @Autowired
    MockMvc mvc;

    private long runId;

    @BeforeAll
    void recordConcernsAndRunTiering() throws Exception {
        record("SAFEGUARDING", LADO, null, "commissioner");
        // Any kind may be marked confidential; a SAFEGUARDING concern is confidential whatever is asked.
        record("COMPLAINTS", COMPLAINT, "SAFEGUARDING", "commissioner");
        record("LEADERSHIP_CHANGE", STANDARD, null, "commissioner");
        String run = mvc.perform(post("/api/tiering/runs")
                        .with(TestUsers.as("commissioner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":919,\"academicYear\":\"2022-23\",\"asOf\":\"2023-12-31\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        runId = ((Number) JsonPath.read(run, "$.id")).longValue();
    }

    @Test
    void recordingASafeguardingConcernKeepsItConfidentialEvenInTheAnswer() throws Exception {
        String answer = record("SAFEGUARDING", "Second referral (test 7704)", "STANDARD", "commissioner");
        assertThat(JsonPath.<String>read(answer, "$.confidentiality")).isEqualTo("SAFEGUARDING");
        assertThat(JsonPath.<Boolean>read(answer, "$.noteWithheld")).isTrue();
        assertThat(answer).doesNotContain("test 7704").contains(Confidentiality.WITHHELD);
    }

    @Test
    void officersAndCommissionersSeeThatAConfidentialConcernIsRecordedButNotItsNote() throws Exception {
        for (String user : List.of("officer", "commissioner")) {
            String school = api("/api/schools/" + URN, user);
            assertThat(school).as(user).doesNotContain(LADO, COMPLAINT).contains(STANDARD);
            List<String> withheld = JsonPath.read(school, "$.intelligence[?(@.noteWithheld == true)].note");
            assertThat(withheld).as(user).hasSizeGreaterThanOrEqualTo(2).allMatch(Confidentiality.WITHHELD::equals);

            String page = page("/schools/" + URN, user);
            assertThat(page).as(user).doesNotContain(LADO, COMPLAINT).contains(STANDARD, "Safeguarding: confidential");
            assertThat(page).contains("a confidential safeguarding concern is recorded");
        }
    }

    @Test
    void safeguardingStaffAndTheLeadReadTheNotes() throws Exception {
        for (String user : List.of("safeguarding", TestUsers.LEAD)) {
            String school = api("/api/schools/" + URN, user);
            assertThat(school).as(user).contains(LADO, COMPLAINT, STANDARD);
            assertThat(page("/schools/" + URN, user)).as(user).contains(LADO, COMPLAINT, STANDARD);
        }
    }

    @Test
    void theTierCountsTheConcernAndItsReasonSaysSoWithoutTheNote() throws Exception {
        String tier = api("/api/tiering/runs/" + runId + "/schools/" + URN, TestUsers.LEAD);
        assertThat(tier).contains("SAFEGUARDING_CONCERN", "a confidential safeguarding concern is recorded");
        assertThat(JsonPath.<String>read(tier, "$.tier")).isIn("INTENSIVE", "INTERVENTION");
        // The standard concern's words stay in its reason.
        assertThat(tier).contains(STANDARD).doesNotContain(LADO, COMPLAINT);
    }

    @Test
    void noExportCarriesTheNoteWhoeverAsks() throws Exception {
        for (String user : List.of("officer", "safeguarding", TestUsers.LEAD)) {
            for (String export : List.of("/export.csv", "/export.json")) {
                String body = api("/api/tiering/runs/" + runId + export, user);
                assertThat(body).as(user + " " + export).doesNotContain(LADO, COMPLAINT);
            }
            assertThat(page("/tiering/runs/" + runId, user)).doesNotContain(LADO, COMPLAINT);
        }
        assertThat(api("/api/tiering/runs/" + runId + "/export.csv", TestUsers.LEAD))
                .contains("a confidential safeguarding concern is recorded");
    }

    @Test
    void anImportedConcernMayBeMarkedConfidential() throws Exception {
        String csv = "URN,KIND,RECORDED_ON,NOTE,RECORDED_BY,CONFIDENTIALITY\n"
                + URN + ",OTHER,2023-11-02,Allegation against a governor (test 8815),A. Officer,SAFEGUARDING\n"
                + URN + ",OTHER,2023-11-03,Roof repairs overdue (test 8816),A. Officer,\n";
        mvc.perform(multipart("/api/imports/intelligence")
                        .file(new MockMultipartFile(
                                "file", "concerns.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(TestUsers.as("commissioner")))
                .andExpect(status().isOk());
        String school = api("/api/schools/" + URN, "officer");
        assertThat(school).doesNotContain("test 8815").contains("test 8816");
        assertThat(api("/api/schools/" + URN, "safeguarding")).contains("test 8815");

        String bad = "URN,KIND,RECORDED_ON,NOTE,RECORDED_BY,CONFIDENTIALITY\n" + URN
                + ",OTHER,2023-11-04,Something,A. Officer,SECRET\n";
        String refused = mvc.perform(multipart("/api/imports/intelligence")
                        .file(new MockMultipartFile(
                                "file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(TestUsers.as("commissioner")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("CONFIDENTIALITY", "SECRET");
    }

    private String record(String kind, String note, String confidentiality, String user) throws Exception {
        String body = "{\"kind\":\"" + kind + "\",\"recordedOn\":\"2023-12-01\",\"note\":\"" + note
                + "\",\"recordedBy\":\"A. Officer\""
                + (confidentiality == null ? "" : ",\"confidentiality\":\"" + confidentiality + "\"") + "}";
        return mvc.perform(post("/api/schools/" + URN + "/intelligence")
                        .with(TestUsers.as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String api(String path, String user) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
