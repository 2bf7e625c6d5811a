package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.DatabaseSnapshot;

/**
 * Bad JSON to every endpoint that takes a JSON body: malformed, of the wrong type, missing what is
 * required, with a string longer than its field holds, or over the body limit. Each is answered
 * with a 4xx problem (never a 5xx) and the database is unchanged.
 */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:JsonBadInputTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonBadInputTests {

    /**
     * One endpoint: a body with a value of the wrong type, a body missing what is required (null
     * when nothing is), and a body with {@code %s} where a string goes (null when it has none).
     */
    record Endpoint(HttpMethod method, String path, String wrongType, String missing, String withString) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint(
                        HttpMethod.POST,
                        "/api/schools/117083/intelligence",
                        "{\"kind\":\"OTHER\",\"recordedOn\":\"yesterday\",\"note\":\"n\",\"recordedBy\":\"me\"}",
                        "{}",
                        "{\"kind\":\"OTHER\",\"recordedOn\":\"2024-01-08\",\"note\":\"%s\",\"recordedBy\":\"me\"}"),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/tiering/runs",
                        "{\"la\":\"nine\",\"academicYear\":\"2018-19\"}",
                        "{}",
                        "{\"la\":919,\"academicYear\":\"%s\"}"),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/tiering/runs/1/overrides",
                        "{\"urn\":\"abc\",\"tier\":\"TARGETED\",\"reason\":\"r\"}",
                        "{}",
                        "{\"urn\":117083,\"tier\":\"TARGETED\",\"reason\":\"%s\"}"),
                new Endpoint(HttpMethod.POST, "/api/brokering/runs", "{\"tieringRunId\":\"first\"}", null, null),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/brokering/runs/1/matches/{match}/confirm",
                        "{\"start\":\"soon\"}",
                        "{}",
                        "{\"start\":\"2020-01-06\",\"end\":\"2020-07-17\",\"fundingSource\":\"%s\",\"cost\":100,"
                                + "\"confirmedBy\":\"SICG\"}"),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/supporters",
                        "{\"id\":\"NEW01\",\"capacityDeployments\":\"two\"}",
                        "{}",
                        "{\"id\":\"NEW01\",\"name\":\"%s\",\"role\":\"NLE\",\"phases\":[\"PRIMARY\"],"
                                + "\"specialisms\":[\"LEADERSHIP\"],\"capacityDeployments\":1}"),
                new Endpoint(
                        HttpMethod.PUT,
                        "/api/supporters/TS01",
                        "{\"id\":\"TS01\",\"phases\":\"PRIMARY\"}",
                        "{}",
                        "{\"id\":\"TS01\",\"name\":\"%s\",\"role\":\"TEACHING_SCHOOL\",\"phases\":[\"PRIMARY\"],"
                                + "\"specialisms\":[\"LEADERSHIP\"],\"capacityDeployments\":1}"),
                new Endpoint(HttpMethod.POST, "/api/finance/checks", "{\"fund\":[\"A\"]}", null, "{\"fund\":\"%s\"}"),
                new Endpoint(HttpMethod.POST, "/api/rules/validate", "{\"dir\":[1]}", null, "{\"dir\":\"%s\"}"),
                new Endpoint(HttpMethod.POST, "/api/rules/what-if", "{\"rules\":{}}", "{}", "{\"rules\":\"%s\"}"),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/rules/changes/1/reject",
                        "{\"reason\":[1]}",
                        null,
                        "{\"reason\":\"%s\"}"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private long matchId;

    @BeforeAll
    void aTieringRunAndABrokeringRun() throws Exception {
        mvc.perform(post("/api/tiering/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"la\":919,\"academicYear\":\"2018-19\"}"));
        mvc.perform(post("/api/brokering/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
        matchId = jdbc.sql("SELECT MIN(id) FROM brokering_candidate WHERE allocated = TRUE")
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void refusesMalformedJson(Endpoint endpoint) throws Exception {
        refused(endpoint, "{\"la\": 919, \"note\": \"unterminated", 400);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void refusesAnArrayWhereAnObjectGoes(Endpoint endpoint) throws Exception {
        refused(endpoint, "[1, 2, 3]", 400);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void refusesAValueOfTheWrongType(Endpoint endpoint) throws Exception {
        refused(endpoint, endpoint.wrongType(), 400);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void refusesABodyMissingWhatIsRequired(Endpoint endpoint) throws Exception {
        if (endpoint.missing() != null) {
            refused(endpoint, endpoint.missing(), 400);
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void refusesAStringLongerThanItsFieldHolds(Endpoint endpoint) throws Exception {
        if (endpoint.withString() != null) {
            refused(endpoint, endpoint.withString().formatted("x".repeat(5000)), 400);
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void refusesABodyOverTheLimitWith413(Endpoint endpoint) throws Exception {
        String huge = "{\"note\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}";
        MockHttpServletResponse response = refused(endpoint, huge, 413);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .contains("tierwise.api.max-json-body");
    }

    /** Sends the body and checks the answer: the status, a problem with a detail, and nothing stored. */
    private MockHttpServletResponse refused(Endpoint endpoint, String body, int status) throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);
        MockHttpServletResponse response = mvc.perform(
                        request(endpoint.method(), endpoint.path().replace("{match}", String.valueOf(matchId)))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.getBytes(StandardCharsets.UTF_8)))
                .andReturn()
                .getResponse();
        String answer = response.getContentAsString();
        assertThat(response.getStatus()).as(answer).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonPath.<String>read(answer, "$.detail")).as(answer).isNotBlank();
        assertThat(before.differences(DatabaseSnapshot.of(dataSource))).isEmpty();
        return response;
    }
}
