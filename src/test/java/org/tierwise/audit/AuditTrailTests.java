package org.tierwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.JsonBody;
import org.tierwise.RulesCopy;
import org.tierwise.brokering.BrokeringRunStore;
import tools.jackson.databind.JsonNode;

/**
 * Every import, run, override, deployment confirmation and rule reload leaves an audit event naming
 * who did it; the trail is filtered, exported safely, and answers who changed a rule and which runs
 * used it.
 */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:AuditTrailTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class AuditTrailTests {

    private static final Path RULES = RulesCopy.of("tierwise-audit-rules");
    private static final Path KS4 = Path.of("fixtures/published/herts919_ks4_2022-23_p8_with_ci.csv");

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    BrokeringRunStore brokering;

    @Test
    void fixturesLoadedAtStartUpAreImportsBySystem() throws Exception {
        mvc.perform(get("/api/audit").param("action", "IMPORT").param("actor", "system"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(greaterThan(5)))
                .andExpect(jsonPath("$.content[*].outcome", everyItem(is("DONE"))));
    }

    @Test
    void anImportIsRecordedWithWhoTheFileItsDigestAndWhatItDid() throws Exception {
        byte[] bytes = Files.readAllBytes(KS4);
        mvc.perform(multipart("/api/imports/ks4")
                        .file(new MockMultipartFile("file", KS4.getFileName().toString(), "text/csv", bytes))
                        .principal(as("ann")))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/imports/ks2")
                        .file(new MockMultipartFile(
                                "file", "bad.csv", "text/csv", "URN,PTRWM_EXP,READPROG\n117083,lots,1.0\n".getBytes()))
                        .param("year", "2018-19")
                        .principal(as("ann")))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/audit").param("actor", "ann").param("action", "import"))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].subjectId").value("bad.csv"))
                .andExpect(jsonPath("$.content[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.content[0].detail.errors[0]", containsString("bad.csv:2: column PTRWM_EXP")))
                .andExpect(jsonPath("$.content[1].subjectId")
                        .value(KS4.getFileName().toString()))
                .andExpect(jsonPath("$.content[1].digest").value(sha256(bytes)))
                .andExpect(jsonPath("$.content[1].detail.kind").value("ks4"))
                .andExpect(jsonPath("$.content[1].detail.rows").value(8));
        mvc.perform(get("/api/audit").param("subject", "file:bad.csv"))
                .andExpect(jsonPath("$.content[*].actor", everyItem(is("ann"))));
    }

    @Test
    void aRefusalWithManyLongBadValuesIsStillAnsweredAndRecorded() throws Exception {
        StringBuilder csv = new StringBuilder("URN,PTRWM_EXP,READPROG\n");
        for (int row = 0; row < 30; row++) {
            csv.append("117083,").append("x".repeat(9000)).append(",1.0\n");
        }
        mvc.perform(multipart("/api/imports/ks2")
                        .file(new MockMultipartFile(
                                "file", "long.csv", "text/csv", csv.toString().getBytes()))
                        .param("year", "2018-19")
                        .principal(as("lou")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit").param("actor", "lou"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.content[0].detail.errors", hasSize(20)));
    }

    @Test
    void runsOverridesAndDeploymentsAreRecordedWithTheirActorAndRuleSet() throws Exception {
        long tieringRun = tier("cara");
        mvc.perform(post("/api/tiering/runs/" + tieringRun + "/overrides")
                        .principal(as("cara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urn\":138201,\"tier\":\"INTERVENTION\",\"reason\":\"Head and chair resigned\"}"))
                .andExpect(status().isCreated());
        long brokeringRun = JsonBody.of(mvc.perform(post("/api/brokering/runs")
                                .principal(as("cara"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"tieringRunId\":" + tieringRun + "}"))
                        .andExpect(status().isCreated()))
                .at("/run/id")
                .asLong();
        BrokeringRunStore.StoredCandidate match =
                brokering.matches(brokeringRun).get(0);
        mvc.perform(post("/api/brokering/runs/{id}/matches/{match}/confirm", brokeringRun, match.id())
                        .principal(as("cara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":\"2020-01-06\",\"end\":\"2020-07-17\",\"fundingSource\":\"LA school"
                                + " improvement fund\",\"cost\":3570,\"confirmedBy\":\"SICG\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/finance/checks").principal(as("fin"))).andExpect(status().isCreated());

        String digest = JsonBody.of(mvc.perform(get("/api/tiering/runs/" + tieringRun)))
                .get("ruleSetDigest")
                .asString();
        mvc.perform(get("/api/audit").param("subject", "tiering-run:" + tieringRun))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].action").value("TIERING_RUN"))
                .andExpect(jsonPath("$.content[0].actor").value("cara"))
                .andExpect(jsonPath("$.content[0].ruleSetDigest").value(digest))
                .andExpect(jsonPath("$.content[0].detail.laCode").value(919))
                .andExpect(jsonPath("$.content[0].detail.academicYear").value("2018-19"));
        mvc.perform(get("/api/audit").param("action", "TIER_OVERRIDE").param("subject", "138201"))
                .andExpect(jsonPath("$.content[0].actor").value("cara"))
                .andExpect(jsonPath("$.content[0].detail.reason").value("Head and chair resigned"))
                .andExpect(jsonPath("$.content[0].detail.tier").value("INTERVENTION"))
                .andExpect(jsonPath("$.content[0].detail.runId").value(tieringRun));
        mvc.perform(get("/api/audit").param("subject", "brokering-run:" + brokeringRun))
                .andExpect(jsonPath("$.content[0].actor").value("cara"))
                .andExpect(jsonPath("$.content[0].detail.tieringRunId").value(tieringRun))
                .andExpect(jsonPath("$.content[0].ruleSetDigest").value(digest));
        mvc.perform(get("/api/audit").param("action", "DEPLOYMENT_CONFIRMED").param("actor", "cara"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].detail.matchId").value(match.id()))
                .andExpect(jsonPath("$.content[0].detail.confirmedBy").value("SICG"))
                .andExpect(jsonPath("$.content[0].detail.fundingSource").value("LA school improvement fund"));
        mvc.perform(get("/api/audit").param("action", "FINANCE_CHECK").param("actor", "fin"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].ruleSetDigest").value(digest))
                .andExpect(jsonPath("$.content[0].detail.itemsChecked").value(7));
    }

    @Test
    void theTrailOfARuleNamesWhoChangedItWithTheDiffAndTheRunsOnEachVersion() throws Exception {
        long before = tier("tom");
        Path ofsted = RULES.resolve("tiering/ofsted.drl");
        String original = Files.readString(ofsted);
        try {
            Files.writeString(
                    ofsted,
                    original.replace(
                            "insert(new TierReason($s.urn(), Tier.TARGETED, \"REQUIRES_IMPROVEMENT\"",
                            "insert(new TierReason($s.urn(), Tier.INTENSIVE, \"REQUIRES_IMPROVEMENT\""));
            mvc.perform(post("/api/rules/reload").principal(as("pat")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.changed").value(true))
                    .andExpect(jsonPath("$.change.status").value("APPLIED"))
                    .andExpect(jsonPath("$.change.files[0].path").value("tiering/ofsted.drl"))
                    .andExpect(jsonPath(
                            "$.change.files[0].diff",
                            containsString("+    insert(new TierReason($s.urn(), Tier.INTENSIVE")));
            long after = tier("tom");

            JsonNode trail = JsonBody.of(mvc.perform(get("/api/audit/rules/TIER-004"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.live.file").value("tiering/ofsted.drl"))
                    .andExpect(jsonPath("$.files", hasItem("tiering/ofsted.drl")))
                    .andExpect(jsonPath("$.changes[0].proposedBy").value("pat"))
                    .andExpect(jsonPath("$.changes[0].status").value("APPLIED"))
                    .andExpect(jsonPath("$.changes[0].ruleEdited").value(true))
                    .andExpect(jsonPath(
                            "$.changes[0].files[0].diff",
                            containsString("-    insert(new TierReason($s.urn(), Tier.TARGETED")))
                    .andExpect(jsonPath("$.versions[0].live").value(true))
                    .andExpect(jsonPath("$.versions[0].activatedBy").value("pat")));
            JsonNode versions = trail.get("versions");
            assertThat(runIds(versions.get(0))).contains(String.valueOf(after)).doesNotContain(String.valueOf(before));
            assertThat(runIds(versions.get(1))).contains(String.valueOf(before)).doesNotContain(String.valueOf(after));
            // A rule in another file was not touched by the change, though its versions were used by the runs.
            mvc.perform(get("/api/audit/rules/FIN-015"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.changes", hasSize(0)));
            mvc.perform(get("/api/audit").param("action", "RULES_ACTIVATED").param("actor", "pat"))
                    .andExpect(jsonPath("$.content[0].detail.files['tiering/ofsted.drl']")
                            .value("MODIFIED"))
                    .andExpect(jsonPath("$.content[0].detail.trigger").value("reload"));
        } finally {
            Files.writeString(ofsted, original);
            mvc.perform(post("/api/rules/reload").principal(as("pat"))).andExpect(status().isOk());
        }
    }

    @Test
    void anUnknownRuleOrABadQueryIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/audit/rules/NO-SUCH-RULE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/audit").param("action", "DELETE_EVERYTHING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("DELETE_EVERYTHING")));
        mvc.perform(get("/api/audit").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("from 'yesterday'")));
    }

    @Test
    void theExportIsCsvWithFormulasDefused() throws Exception {
        mvc.perform(multipart("/api/imports/auto")
                        .file(new MockMultipartFile(
                                "file",
                                "=HYPERLINK(\"x\").csv",
                                "text/csv",
                                "NOT,A,KNOWN,HEADER\n1,2,3,4\n".getBytes()))
                        .principal(as("@mallory")))
                .andExpect(status().isBadRequest());
        String csv = mvc.perform(get("/api/audit/export.csv").param("actor", "@mallory"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0])
                .isEqualTo("ID,AT,ACTOR,ACTION,OUTCOME,SUBJECT_KIND,SUBJECT_ID,DIGEST,RULE_SET,SUMMARY,DETAIL");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",\"'@mallory\",\"IMPORT\",\"REFUSED\",\"file\",\"'=HYPERLINK(\"\"x\"\").csv\",");
    }

    private long tier(String who) throws Exception {
        return JsonBody.of(mvc.perform(post("/api/tiering/runs")
                                .principal(as(who))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"la\":919,\"academicYear\":\"2018-19\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private static java.util.List<String> runIds(JsonNode version) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        version.get("runs").forEach(run -> {
            if ("TIERING_RUN".equals(run.get("kind").asString())) {
                ids.add(run.get("runId").asString());
            }
        });
        return ids;
    }

    private static Principal as(String name) {
        return () -> name;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
