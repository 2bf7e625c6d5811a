package org.tierwise.tiering.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** A school's current tier, on its page and in the API, is not simply the newest run's. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:CurrentTierTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class CurrentTierTests {

    /** A school open in 2018-19 and in 2022-23, so in the runs of both years. */
    private static final int URN = 138201;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void isTheNewestAcademicYearsLatestRunNotWithdrawn() throws Exception {
        long run2023 = startRun("2022-23");
        mvc.perform(get("/api/tiering/runs/" + run2023 + "/schools/" + URN)).andExpect(status().isOk());
        // A run for an older year, made later, does not replace the newer year's tiers.
        long run2019 = startRun("2018-19");
        currentTierIsIn(run2023);

        long rerun2023 = startRun("2022-23");
        currentTierIsIn(rerun2023);

        mvc.perform(post("/api/tiering/runs/" + rerun2023 + "/withdraw")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Started on the wrong data\"}"))
                .andExpect(status().isOk());
        currentTierIsIn(run2023);

        mvc.perform(post("/api/tiering/runs/" + run2023 + "/withdraw")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Also wrong\"}"))
                .andExpect(status().isOk());
        currentTierIsIn(run2019);

        mvc.perform(post("/api/tiering/runs/" + run2019 + "/withdraw")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"All wrong\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/schools/" + URN + "/tier"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("in no tiering run in force")));
        mvc.perform(get("/schools/" + URN)).andExpect(content().string(containsString("Not yet tiered")));
    }

    private void currentTierIsIn(long runId) throws Exception {
        mvc.perform(get("/api/schools/" + URN + "/tier"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(runId));
        mvc.perform(get("/schools/" + URN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tiering/runs/" + runId + "\">" + runId + "</a>")));
    }

    private long startRun(String year) throws Exception {
        String body = mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":919,\"academicYear\":\"" + year + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }
}
