package org.tierwise.tiering.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:TieringApiTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class TieringApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void runsTieringAndExplainsOneSchoolsTier() throws Exception {
        long id = startRun("2018-19");
        mvc.perform(get("/api/tiering/runs/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools").value(greaterThan(450)))
                .andExpect(jsonPath("$.tiers[?(@.tier == 'INTENSIVE')].name")
                        .value(org.hamcrest.Matchers.hasItem("Intensive")))
                .andExpect(jsonPath("$.byCluster['HTS-HATFIELD']").exists());
        mvc.perform(get("/api/schools/138201/tier"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("INTENSIVE"))
                .andExpect(jsonPath("$.ruleSetDigest").isString())
                .andExpect(jsonPath("$.reasons[?(@.code == 'COASTING')].ruleId")
                        .value(org.hamcrest.Matchers.hasItem("TIER-028")))
                .andExpect(jsonPath("$.reasons[?(@.code == 'COASTING')].source")
                        .value(org.hamcrest.Matchers.hasItem(containsString("SI 2017/9"))))
                .andExpect(jsonPath("$.reasons[0].matchedFacts").isArray())
                .andExpect(jsonPath("$.actions[?(@.code == 'REFER_ACADEMY_CONCERN')]")
                        .exists());
    }

    @Test
    void comparesRunsExportsAndRecordsOverrides() throws Exception {
        long earlier = startRun("2018-19");
        long later = startRun("2018-19");
        mvc.perform(get("/api/tiering/runs/" + later + "/compare").param("with", String.valueOf(earlier)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movers").isEmpty())
                .andExpect(jsonPath("$.counts.SAME").value(greaterThan(450)));
        mvc.perform(get("/api/tiering/runs/" + later + "/export.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("tiering-run-" + later + ".csv")))
                .andExpect(content().string(startsWith("URN,SCHOOL,PHASE,GOVERNANCE,CLUSTER,TIER")));
        mvc.perform(post("/api/tiering/runs/" + later + "/overrides")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urn\":138201,\"tier\":\"INTERVENTION\",\"reason\":\"Head and chair resigned\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tier").value("INTERVENTION"))
                .andExpect(jsonPath("$.reasonsTier").value("INTENSIVE"))
                .andExpect(jsonPath("$.override.reason").value("Head and chair resigned"));
        mvc.perform(post("/api/tiering/runs/" + later + "/overrides")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urn\":138201,\"tier\":\"INTERVENTION\",\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersBadRequestsWithProblemDetails() throws Exception {
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":919,\"academicYear\":\"2018-2020\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("2018-2020")));
        mvc.perform(get("/api/tiering/runs/99999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/schools/999999/tier")).andExpect(status().isNotFound());
    }

    private long startRun(String year) throws Exception {
        String body = mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":919,\"academicYear\":\"" + year + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode node = json.readTree(body);
        return node.get("id").asLong();
    }
}
