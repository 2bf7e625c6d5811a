package org.tierwise;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * A policy officer edits a real rule file under the running service and reloads: the next tiering
 * run decides differently and names the new rule-set version; a broken edit is refused with its
 * file and line, and the rules that were live keep serving.
 */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:RulesReloadEndToEndTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class RulesReloadEndToEndTests {

    private static final Path RULES = RulesCopy.of("tierwise-rules");
    private static final Path OFSTED = RULES.resolve("tiering/ofsted.drl");
    /** 117154 was judged to require improvement once by the 2018-19 data. */
    private static final String RI_ONCE = "117154";

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void anEditedRuleChangesTheNextRunAndItsVersionAndABrokenEditChangesNothing() throws Exception {
        String before = run();
        mvc.perform(get("/api/schools/" + RI_ONCE + "/tier"))
                .andExpect(jsonPath("$.reasons[*].code", hasItem("REQUIRES_IMPROVEMENT")))
                .andExpect(jsonPath("$.reasons[?(@.code == 'REQUIRES_IMPROVEMENT')].tier", hasItem("TARGETED")));

        String original = Files.readString(OFSTED);
        Files.writeString(
                OFSTED,
                original.replace(
                        "insert(new TierReason($s.urn(), Tier.TARGETED, \"REQUIRES_IMPROVEMENT\"",
                        "insert(new TierReason($s.urn(), Tier.INTENSIVE, \"REQUIRES_IMPROVEMENT\""));
        mvc.perform(post("/api/rules/reload"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true));
        String after = run();
        mvc.perform(get("/api/tiering/runs/" + after)).andExpect(jsonPath("$.ruleSetDigest", not(before)));
        mvc.perform(get("/api/schools/" + RI_ONCE + "/tier"))
                .andExpect(jsonPath("$.reasons[?(@.code == 'REQUIRES_IMPROVEMENT')].tier", hasItem("INTENSIVE")));

        String live = digestOf(after);
        String broken = original.replace(
                "latestGrade == 3, consecutiveRequiresImprovement == 1",
                "latestGrad == 3, consecutiveRequiresImprovement == 1");
        Files.writeString(OFSTED, broken);
        int line = lineOf(broken, "latestGrad == 3");
        mvc.perform(post("/api/rules/reload"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]", containsString("tiering/ofsted.drl:" + line + ":")))
                .andExpect(jsonPath("$.errors[0]", containsString("latestGrad")));
        mvc.perform(get("/api/tiering/runs/" + run()))
                .andExpect(jsonPath("$.ruleSetDigest").value(live));
    }

    private String run() throws Exception {
        String body = mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":919,\"academicYear\":\"2018-19\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    private String digestOf(String runId) throws Exception {
        String body = mvc.perform(get("/api/tiering/runs/" + runId))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("ruleSetDigest").asString();
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment + " not found");
    }
}
