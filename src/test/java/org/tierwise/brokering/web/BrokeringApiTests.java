package org.tierwise.brokering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.TestDatabase;
import org.tierwise.brokering.BrokeringRunStore;
import org.tierwise.school.AcademicYear;
import org.tierwise.tiering.TieringRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The brokering API over the fixtures: a run, a recommendation explaining chosen and rejected supporters, confirming. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:BrokeringApiTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class BrokeringApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TieringRun tiering;

    @Autowired
    BrokeringRunStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunRecommendsExplainedSupportersAndAMatchCanBeConfirmed() throws Exception {
        tiering.run(new TieringRun.Request(919, AcademicYear.parse("2018-19"), null, null), "test");
        String body = mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.id").isNumber())
                .andExpect(jsonPath("$.matches[0].components[0].ruleId").isString())
                .andExpect(jsonPath("$.unmet[0].unmetReason").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long runId = Long.parseLong(body.replaceAll("(?s).*?\"run\":\\{\"id\":(\\d+).*", "$1"));
        BrokeringRunStore.StoredCandidate match = store.matches(runId).get(0);

        mvc.perform(get("/api/schools/{urn}/recommendation", match.urn()).param("full", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.brokeringRunId").value(runId))
                .andExpect(jsonPath("$.listed").value(nullValue()))
                .andExpect(jsonPath("$.needs[*].recommended[*].supporterId", hasItem(match.supporterId())))
                .andExpect(jsonPath("$.needs[0].eligibleRanked[0].rank").value(1))
                .andExpect(jsonPath("$.needs[0].excluded[0].rules[0].ruleId").isString())
                .andExpect(jsonPath("$.needs[0].excluded[0].rules[0].reason", not(emptyString())));

        mvc.perform(post("/api/brokering/runs/{id}/matches/{match}/confirm", runId, match.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":\"2020-01-06\",\"end\":\"2020-07-17\",\"fundingSource\":\"LA school"
                                + " improvement fund\",\"cost\":3570}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("PENDING"));
        mvc.perform(post("/api/brokering/runs/{id}/matches/{match}/confirm", runId, match.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"start\":\"2020-01-06\",\"end\":\"2020-07-17\",\"fundingSource\":\"x\",\"cost\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("match " + match.id() + " is already confirmed"));
    }

    @Test
    void aValueTheDatabaseRefusesIsAnsweredInWordsWithoutItsSql() throws Exception {
        tiering.run(new TieringRun.Request(919, AcademicYear.parse("2018-19"), null, null), "test");
        long runId = runBrokering();
        BrokeringRunStore.StoredCandidate match = store.matches(runId).get(0);

        // cost is numeric(12, 2): a cost of a trillion pounds does not fit.
        String body = mvc.perform(post("/api/brokering/runs/{id}/matches/{match}/confirm", runId, match.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":\"2020-01-06\",\"end\":\"2020-07-17\",\"fundingSource\":\"LA school"
                                + " improvement fund\",\"cost\":1000000000000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Refused by the database"))
                .andExpect(jsonPath("$.detail", containsString("the database refused a value and nothing was stored")))
                .andExpect(jsonPath("$.reference").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        if (!TestDatabase.isPostgres()) {
            // H2 names the column; PostgreSQL's "numeric field overflow" does not.
            assertThat(body).contains("cost");
        }

        assertThat(body.toLowerCase(Locale.ROOT))
                .doesNotContain("sql")
                .doesNotContain("insert into")
                .doesNotContain("statement")
                .doesNotContain("numeric(")
                .doesNotContain("jdbc");
    }

    @Test
    void aRecommendationListsTheFirstAlternativesAndCountsEveryExclusionByRule() throws Exception {
        tiering.run(new TieringRun.Request(919, AcademicYear.parse("2018-19"), null, null), "test");
        long runId = runBrokering();
        // The need with the most evaluated supporters, so its lists are cut.
        Map<String, List<BrokeringRunStore.StoredCandidate>> byNeed = store.needs(runId).stream()
                .map(BrokeringRunStore.StoredNeed::urn)
                .distinct()
                .flatMap(urn -> store.candidates(runId, urn).stream())
                .collect(Collectors.groupingBy(c -> c.urn() + "/" + c.area()));
        List<BrokeringRunStore.StoredCandidate> pairs = byNeed.values().stream()
                .max(Comparator.comparing((List<BrokeringRunStore.StoredCandidate> l) -> l.size()))
                .orElseThrow();
        long eligible = pairs.stream()
                .filter(BrokeringRunStore.StoredCandidate::eligible)
                .count();
        long excluded = pairs.size() - eligible;
        assertThat(excluded).isGreaterThan(BrokeringApiController.LISTED);

        String body = mvc.perform(
                        get("/api/schools/{urn}/recommendation", pairs.get(0).urn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listed").value(BrokeringApiController.LISTED))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode need = null;
        for (JsonNode n : JSON.readTree(body).get("needs")) {
            if (n.get("area").asString().equals(pairs.get(0).area())) {
                need = n;
            }
        }
        assertThat(need).isNotNull();
        assertThat(need.get("eligibleCount").asLong()).isEqualTo(eligible);
        assertThat(need.get("excludedCount").asLong()).isEqualTo(excluded);
        assertThat(need.get("eligibleRanked")).hasSize((int) Math.min(eligible, BrokeringApiController.LISTED));
        assertThat(need.get("excluded")).hasSize(BrokeringApiController.LISTED);
        // Every excluded supporter is counted under each rule that excluded it.
        long counted = 0;
        for (JsonNode rule : need.get("excludedByRule")) {
            assertThat(rule.get("ruleId").asString()).startsWith("BROKER-");
            assertThat(rule.get("supporters").asInt()).isBetween(1, (int) excluded);
            counted += rule.get("supporters").asInt();
        }
        assertThat(counted).isGreaterThanOrEqualTo(excluded);
    }

    @Test
    void aListedRecommendationIsTheFullOneCutToTheFirstAlternativesAndExclusions() throws Exception {
        tiering.run(new TieringRun.Request(919, AcademicYear.parse("2018-19"), null, null), "test");
        long first = runBrokering();
        // Copies of the best eligible supporter of the need with the most pairs score the same, so that
        // need has more eligible supporters than are listed, tied at the cut; they are registered last
        // copy first, so the order of their ids is not the order of their supporter ids.
        BrokeringRunStore.StoredCandidate best = store.needs(first).stream()
                .map(BrokeringRunStore.StoredNeed::urn)
                .distinct()
                .flatMap(urn -> store.candidates(first, urn).stream())
                .collect(Collectors.groupingBy(c -> c.urn() + "/" + c.area()))
                .values()
                .stream()
                .max(Comparator.comparing((List<BrokeringRunStore.StoredCandidate> l) -> l.size()))
                .orElseThrow()
                .stream()
                .filter(BrokeringRunStore.StoredCandidate::eligible)
                .findFirst()
                .orElseThrow();
        String supporter = mvc.perform(get("/api/supporters/{id}", best.supporterId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (int copy = BrokeringApiController.LISTED; copy >= 0; copy--) {
            mvc.perform(post("/api/supporters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(supporter.replace(
                                    "\"id\":\"" + best.supporterId() + "\"",
                                    "\"id\":\"" + best.supporterId() + "-COPY" + copy + "\"")))
                    .andExpect(status().isCreated());
        }
        long runId = runBrokering();

        boolean cut = false;
        for (int urn : store.needs(runId).stream()
                .map(BrokeringRunStore.StoredNeed::urn)
                .distinct()
                .toList()) {
            JsonNode listed = recommendation(urn, false);
            ObjectNode expected = (ObjectNode) recommendation(urn, true);
            expected.put("listed", BrokeringApiController.LISTED);
            Map<String, List<BrokeringRunStore.StoredCandidate>> pairs = store.candidates(runId, urn).stream()
                    .collect(Collectors.groupingBy(BrokeringRunStore.StoredCandidate::area));
            for (JsonNode need : expected.get("needs")) {
                ObjectNode n = (ObjectNode) need;
                cut |= n.get("eligibleRanked").size() > BrokeringApiController.LISTED
                        && n.get("excluded").size() > BrokeringApiController.LISTED;
                n.set("eligibleRanked", firstListed(n.get("eligibleRanked")));
                n.set("excluded", firstListed(n.get("excluded")));
                // The counts by rule against the stored reasons of every excluded pair.
                Map<String, Long> byRule = new TreeMap<>();
                pairs.getOrDefault(n.get("area").asString(), List.of()).stream()
                        .filter(c -> !c.eligible())
                        .forEach(c -> c.reasons().stream()
                                .filter(r -> r.kind().equals("EXCLUDED"))
                                .map(BrokeringRunStore.StoredReason::ruleId)
                                .distinct()
                                .forEach(rule -> byRule.merge(rule, 1L, Long::sum)));
                Map<String, Long> answered = new TreeMap<>();
                need.get("excludedByRule")
                        .forEach(r -> answered.put(
                                r.get("ruleId").asString(), r.get("supporters").asLong()));
                assertThat(answered).isEqualTo(byRule);
            }
            assertThat(listed).as("school %d", urn).isEqualTo(expected);
        }
        assertThat(cut)
                .as("a need with more eligible and excluded supporters than listed")
                .isTrue();
    }

    @Test
    void brokersOnlyFromATieringRunInForceThatTieredSchools() throws Exception {
        // A run of no schools, as stored before such runs were refused (LA 919919).
        jdbc.sql("INSERT INTO tiering_run (la_code, academic_year, data_status, as_of, rule_set_digest,"
                        + " rule_set_label, input_digest, run_by, started_at, finished_at, school_count)"
                        + " VALUES (919919, 2019, 'FINAL', DATE '2019-12-31', 'd', 'l', 'i', 'test',"
                        + " TIMESTAMP '2026-12-01 10:00:00', TIMESTAMP '2026-12-01 10:00:01', 0)")
                .update();
        long empty =
                jdbc.sql("SELECT MAX(id) FROM tiering_run").query(Long.class).single();
        mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tieringRunId\":" + empty + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("tiering run " + empty + " tiered no schools")));
        mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());
        tiering.withdraw(empty, "LA 919919 has no schools", "test");

        TieringRun.Request request = new TieringRun.Request(919, AcademicYear.parse("2018-19"), null, null);
        long inForce = tiering.run(request, "test").id();
        long brokeredInForce = runBrokering();
        long mistaken = tiering.run(request, "test").id();
        long brokeredMistaken = runBrokering();
        int urn = store.matches(brokeredMistaken).get(0).urn();
        mvc.perform(get("/api/schools/{urn}/recommendation", urn))
                .andExpect(jsonPath("$.brokeringRunId").value(brokeredMistaken));

        tiering.withdraw(mistaken, "Run on the wrong data", "test");

        mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tieringRunId\":" + mistaken + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(containsString("tiering run " + mistaken + " was withdrawn by test")));
        mvc.perform(get("/api/schools/{urn}/recommendation", urn))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.brokeringRunId").value(brokeredInForce));
        mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.tieringRunId").value(inForce));
    }

    private long runBrokering() throws Exception {
        String run = mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(run).get("run").get("id").asLong();
    }

    private JsonNode recommendation(int urn, boolean full) throws Exception {
        return JSON.readTree(
                mvc.perform(get("/api/schools/{urn}/recommendation", urn).param("full", String.valueOf(full)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private static ArrayNode firstListed(JsonNode list) {
        ArrayNode first = JSON.createArrayNode();
        for (int i = 0; i < list.size() && i < BrokeringApiController.LISTED; i++) {
            first.add(list.get(i));
        }
        return first;
    }

    @Test
    void anUnknownRunIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/brokering/runs/999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void aSupporterIsRegisteredAndARegistrationWithoutCapacityIsRefused() throws Exception {
        mvc.perform(
                        post("/api/supporters")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"id\":\"NLE99\",\"name\":\"Test head\",\"role\":\"NLE\",\"homeUrn\":117220,"
                                                + "\"phases\":[\"PRIMARY\"],\"specialisms\":[\"LEADERSHIP\"],\"capacityDeployments\":2}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.specialisms[0]").value("LEADERSHIP"));
        mvc.perform(get("/api/supporters/NLE99")).andExpect(jsonPath("$.role").value("NLE"));
        mvc.perform(post("/api/supporters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"NLE98\",\"name\":\"No capacity\",\"role\":\"NLE\","
                                + "\"phases\":[\"PRIMARY\"],\"specialisms\":[\"LEADERSHIP\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("a capacity is required: capacityDeployments, capacityDays or both"));
    }
}
