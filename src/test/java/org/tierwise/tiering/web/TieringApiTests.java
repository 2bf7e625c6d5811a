package org.tierwise.tiering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.TestUsers;
import org.tierwise.school.AcademicYear;
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

    @Autowired
    Clock clock;

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
        // Leave no override in force for the other tests' runs to carry.
        mvc.perform(post("/api/tiering/runs/" + later + "/overrides/138201/remove")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Test over\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void anOverrideIsCarriedIntoTheNextRunWithTheRulesOwnTierBesideItUntilRemoved() throws Exception {
        long a = startRun("2018-19");
        mvc.perform(post("/api/tiering/runs/" + a + "/overrides")
                        .with(TestUsers.as("commissioner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urn\":138201,\"tier\":\"INTERVENTION\",\"reason\":\"Head and chair resigned\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.override.carriedFromRun").value(nullValue()));

        long b = startRun("2018-19");
        mvc.perform(get("/api/tiering/runs/" + b + "/schools/138201"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("INTERVENTION"))
                .andExpect(jsonPath("$.computedTier").value("INTENSIVE"))
                .andExpect(jsonPath("$.override.tier").value("INTERVENTION"))
                .andExpect(jsonPath("$.override.reason").value("Head and chair resigned"))
                .andExpect(jsonPath("$.override.by").value("commissioner"))
                .andExpect(jsonPath("$.override.carriedFromRun").value(a))
                .andExpect(jsonPath("$.overrideNote")
                        .value(containsString("Recorded in tiering run " + a + " and carried into this run. The rules'"
                                + " own tier in this run is Intensive.")));
        mvc.perform(get("/api/schools/138201/tier"))
                .andExpect(jsonPath("$.runId").value(b))
                .andExpect(jsonPath("$.tier").value("INTERVENTION"))
                .andExpect(jsonPath("$.override.carriedFromRun").value(a));
        mvc.perform(get("/api/tiering/runs/" + b))
                .andExpect(jsonPath("$.overrides").value(1));
        mvc.perform(get("/tiering/runs/" + b))
                .andExpect(content().string(containsString("carried from run " + a)))
                .andExpect(content().string(containsString("/tiering/runs/" + b + "/overrides/138201/remove")));
        mvc.perform(get("/schools/138201"))
                .andExpect(content().string(containsString("Recorded in tiering run " + a + " and carried")));

        mvc.perform(post("/api/tiering/runs/" + b + "/overrides/138201/remove")
                        .with(TestUsers.as("officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Chair replaced\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tiering/runs/" + b + "/overrides/138201/remove")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/tiering/runs/" + b + "/overrides/138201/remove")
                        .with(TestUsers.as("commissioner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Chair replaced\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("INTENSIVE"))
                .andExpect(jsonPath("$.override").value(nullValue()));
        mvc.perform(get("/api/audit").param("action", "TIER_OVERRIDE_REMOVED").param("subject", "138201"))
                .andExpect(jsonPath("$.content[0].actor").value("commissioner"))
                .andExpect(jsonPath("$.content[0].detail.runId").value(b))
                .andExpect(jsonPath("$.content[0].detail.reason").value("Chair replaced"));
        mvc.perform(post("/api/tiering/runs/" + b + "/overrides/138201/remove")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Again\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("school 138201 has no override in force in tiering run " + b));

        long c = startRun("2018-19");
        mvc.perform(get("/api/tiering/runs/" + c + "/schools/138201"))
                .andExpect(jsonPath("$.tier").value("INTENSIVE"))
                .andExpect(jsonPath("$.override").value(nullValue()));
        // The run the override was recorded in still has it.
        mvc.perform(get("/api/tiering/runs/" + a + "/schools/138201"))
                .andExpect(jsonPath("$.override.reason").value("Head and chair resigned"));
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
        mvc.perform(get("/api/tiering/runs/99999/near-misses")).andExpect(status().isNotFound());
        long id = startRun("2018-19");
        mvc.perform(get("/api/tiering/runs/" + id + "/near-misses").param("standard", "x'; DROP TABLE tiering_run; --"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("is not a standard code")));
        mvc.perform(get("/api/tiering/runs/" + id + "/near-misses").param("standard", "K".repeat(5000)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/tiering/runs/" + id + "/near-misses").param("standard", "KS4_COASTING_YEAR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nearMiss.standard").value("KS4_COASTING_YEAR"));
    }

    @ParameterizedTest
    @ValueSource(ints = {919919, 999919, 123, -5})
    void refusesARunForAnAuthorityWithNoSchoolsAndStoresNothing(int la) throws Exception {
        int before = runCount();
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"la\":" + la + ",\"academicYear\":\"2018-19\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("la"))
                .andExpect(jsonPath("$.value").value(la))
                .andExpect(jsonPath("$.allowed").value(containsString("919 Hertfordshire")))
                .andExpect(jsonPath("$.detail")
                        .value(startsWith("LA " + la + " has no schools loaded; known: 850 Hampshire, 919")));
        assertThat(runCount()).isEqualTo(before);
    }

    @Test
    void refusesARunForAYearAfterTheCurrentOneOrBeforeTheRulesCoverAndStoresNothing() throws Exception {
        AcademicYear current = AcademicYear.containing(LocalDate.now(clock));
        int before = runCount();
        for (String year : List.of("2031-32", new AcademicYear(current.endYear() + 1).label())) {
            mvc.perform(post("/api/tiering/runs")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"la\":919,\"academicYear\":\"" + year + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.field").value("academicYear"))
                    .andExpect(jsonPath("$.value").value(year))
                    .andExpect(jsonPath("$.allowed").value("2013-14 to " + current))
                    .andExpect(
                            jsonPath("$.detail").value(containsString("after the current academic year " + current)));
        }
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"academicYear\":\"2012-13\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("academicYear"))
                .andExpect(jsonPath("$.detail")
                        .value(containsString("before 2013-14, the first year the tiering rules cover")));
        assertThat(runCount()).isEqualTo(before);
    }

    @Test
    void theRunPageNamesTheRefusedFieldAndStartsNoJob() throws Exception {
        mvc.perform(post("/tiering/runs")
                        .param("la", "919919")
                        .param("academicYear", "2018-19")
                        .param("dataStatus", "FINAL"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "LA 919919 has no schools loaded; known: 850 Hampshire, 919 Hertfordshire")));
        mvc.perform(post("/tiering/runs")
                        .param("la", "919")
                        .param("academicYear", "2031-32")
                        .param("dataStatus", "FINAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("academicYear 2031-32 is after the current academic year")));
    }

    @Test
    void aCommissionerWithdrawsARunThatStaysVisibleMarkedWithWhoWhenAndWhyAndAudited() throws Exception {
        long id = startRun("2018-19");
        mvc.perform(post("/api/tiering/runs/" + id + "/withdraw")
                        .with(TestUsers.as("officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Typed the wrong year\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tiering/runs/" + id + "/withdraw")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/tiering/runs/" + id + "/withdraw")
                        .with(TestUsers.as("commissioner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Typed the wrong year\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.withdrawal.reason").value("Typed the wrong year"))
                .andExpect(jsonPath("$.withdrawal.by").value("commissioner"))
                .andExpect(jsonPath("$.withdrawal.at").isString());

        mvc.perform(get("/api/tiering/runs/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools").value(greaterThan(450)))
                .andExpect(jsonPath("$.withdrawal.by").value("commissioner"));
        mvc.perform(get("/api/tiering/runs"))
                .andExpect(
                        jsonPath("$[?(@.id == " + id + ")].withdrawal.reason").value(hasItem("Typed the wrong year")));
        mvc.perform(get("/api/tiering/runs/" + id + "/schools/138201")).andExpect(status().isOk());
        mvc.perform(get("/api/audit").param("action", "TIERING_RUN_WITHDRAWN").param("subject", "tiering-run:" + id))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].actor").value("commissioner"))
                .andExpect(jsonPath("$.content[0].detail.reason").value("Typed the wrong year"));
        mvc.perform(get("/tiering/runs/" + id))
                .andExpect(content().string(containsString("id=\"withdrawn\"")))
                .andExpect(content().string(containsString("<span>Typed the wrong year</span>")))
                .andExpect(content().string(not(containsString("id=\"withdraw\""))));

        mvc.perform(post("/api/tiering/runs/" + id + "/withdraw")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was withdrawn by commissioner")));
        mvc.perform(post("/api/tiering/runs/" + id + "/overrides")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urn\":138201,\"tier\":\"INTERVENTION\",\"reason\":\"Head resigned\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/tiering/runs/99999/withdraw")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"No such run\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRunPageWithdrawsARunWithItsReason() throws Exception {
        long id = startRun("2018-19");
        mvc.perform(get("/tiering/runs/" + id)).andExpect(content().string(containsString("id=\"withdraw\"")));
        mvc.perform(post("/tiering/runs/" + id + "/withdraw").param("reason", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("was not withdrawn")));
        mvc.perform(post("/tiering/runs/" + id + "/withdraw").param("reason", "LA typed as 91"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("withdrawn")));
        mvc.perform(get("/api/tiering/runs/" + id))
                .andExpect(jsonPath("$.withdrawal.reason").value("LA typed as 91"));
        mvc.perform(get("/tiering")).andExpect(content().string(containsString("withdrawn</strong>")));
    }

    private int runCount() throws Exception {
        return json.readTree(mvc.perform(get("/api/tiering/runs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .size();
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
