package org.tierwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tierwise.bench.ClosedLoopLoad;
import org.tierwise.brokering.BrokeringRun;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.TieringRun;

/**
 * Results-day load on loopback: closed-loop clients ask for single schools' recommendations and
 * tiers while a tiering run is made and the rules are reloaded twice; every request must be
 * answered (0 errors), and the latency percentiles are reported. Bounded for CI (20 clients for 10
 * s); {@code -Dtierwise.load.clients=100 -Dtierwise.load.seconds=60} for the full test.
 */
@Tag("load")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:QueryLoadTests;DB_CLOSE_DELAY=-1"
        })
class QueryLoadTests {

    private static final int CLIENTS = Integer.getInteger("tierwise.load.clients", 20);
    private static final int SECONDS = Integer.getInteger("tierwise.load.seconds", 10);
    private static final Path RULES = RulesCopy.of("tierwise-load-rules");
    private static final String TIERING_RUN = "{\"la\":919,\"academicYear\":\"2018-19\"}";

    @DynamicPropertySource
    static void rulesCopy(DynamicPropertyRegistry registry) {
        // The reloads edit the rules: a copy keeps the project's rules as they are.
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    TieringRun tiering;

    @Autowired
    BrokeringRun brokering;

    @Autowired
    JdbcClient jdbc;

    /** What happened to one of the events made in the middle of the load. */
    private record Event(String what, double atSeconds, int status, double tookSeconds, String body) {}

    @Test
    void answersEveryQueryWhileATieringRunAndTwoRuleReloadsHappen() throws Exception {
        long tieringRunId = tiering.run(
                        new TieringRun.Request(919, new AcademicYear(2019), DataStatus.FINAL, null), "load-test")
                .id();
        long brokeringRunId = brokering.run(tieringRunId, "load-test").id();
        List<Integer> tierUrns = jdbc.sql("SELECT urn FROM tiering_result WHERE run_id = ?")
                .param(tieringRunId)
                .query(Integer.class)
                .list();
        List<Integer> recommendationUrns = jdbc.sql("SELECT DISTINCT urn FROM brokering_need WHERE run_id = ?")
                .param(brokeringRunId)
                .query(Integer.class)
                .list();
        assertThat(tierUrns).hasSizeGreaterThan(400);
        assertThat(recommendationUrns).isNotEmpty();

        HttpClient http = ClosedLoopLoad.client();
        List<Event> events = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        // Each event on its own thread at its own time, so a slow run does not push the reloads out of the load.
        List<Thread> middle = List.of(
                event(http, started, events, 0.25, "tiering run", 0, post("/api/tiering/runs", TIERING_RUN)),
                event(http, started, events, 0.5, "rule reload 1", 1, post("/api/rules/reload", "")),
                event(http, started, events, 0.75, "rule reload 2", 2, post("/api/rules/reload", "")));

        ClosedLoopLoad.Result load = ClosedLoopLoad.run(
                http,
                CLIENTS,
                Duration.ofSeconds(SECONDS),
                random -> random.nextBoolean()
                        ? query(
                                "/api/schools/{urn}/recommendation",
                                recommendationUrns.get(random.nextInt(recommendationUrns.size())))
                        : query("/api/schools/{urn}/tier", tierUrns.get(random.nextInt(tierUrns.size()))),
                () -> true);
        for (Thread event : middle) {
            event.join();
        }
        events.sort(java.util.Comparator.comparingDouble(Event::atSeconds));

        System.out.printf(
                "Query load: %d clients for %d s: %d requests (%s), %.0f req/s, latency p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms, %d errors%n",
                CLIENTS,
                SECONDS,
                load.requests(),
                load.byPath(),
                load.throughput(),
                load.percentileMillis(0.50),
                load.percentileMillis(0.95),
                load.percentileMillis(0.99),
                load.maxMillis(),
                load.errors());
        events.forEach(e -> System.out.printf(
                "  %s at %.1f s: %d in %.2f s%n", e.what(), e.atSeconds(), e.status(), e.tookSeconds()));
        load.errorSamples().forEach(e -> System.out.println("  ERROR " + e));

        assertThat(load.errors())
                .as("failed requests, e.g. %s", load.errorSamples())
                .isZero();
        assertThat(load.requests()).isPositive();
        assertThat(events).extracting(Event::what).containsExactly("tiering run", "rule reload 1", "rule reload 2");
        assertThat(events)
                .allSatisfy(e ->
                        assertThat(e.status()).as(e.what() + ": " + e.body()).isIn(200, 201));
        assertThat(events).allSatisfy(e -> assertThat(e.atSeconds())
                .as(e.what() + " in the middle of the load")
                .isLessThan(SECONDS));
        assertThat(events.get(1).body()).contains("\"changed\":true");
        assertThat(events.get(2).body()).contains("\"changed\":true");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tiering_run")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    /** Starts a thread that sends {@code request} at {@code fraction} of the load's time, editing the rules first if {@code edit} > 0. */
    private static Thread event(
            HttpClient http,
            long started,
            List<Event> events,
            double fraction,
            String what,
            int edit,
            HttpRequest request) {
        Thread thread = new Thread(
                () -> {
                    try {
                        sleepUntil(started, SECONDS * fraction);
                        if (edit > 0) {
                            editRules(edit);
                        }
                        events.add(send(http, started, what, request));
                    } catch (Exception e) {
                        events.add(new Event(what + " failed: " + e, 0, -1, 0, ""));
                    }
                },
                "load-test " + what);
        thread.start();
        return thread;
    }

    private ClosedLoopLoad.Request query(String template, int urn) {
        return new ClosedLoopLoad.Request(
                template,
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + template.replace("{urn}", String.valueOf(urn))))
                        .header("Authorization", TestUsers.basicHeader("officer"))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build());
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestUsers.basicHeader(TestUsers.LEAD))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static Event send(HttpClient http, long started, String what, HttpRequest request) throws Exception {
        double at = (System.nanoTime() - started) / 1e9;
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Event(what, at, response.statusCode(), (System.nanoTime() - started) / 1e9 - at, response.body());
    }

    /** A comment added to a rule file: a new rule-set version to compile and swap in, deciding the same. */
    private static void editRules(int reload) throws Exception {
        Path drl = RULES.resolve("tiering/ofsted.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// reloaded under load (" + reload + ")\n");
    }

    private static void sleepUntil(long started, double seconds) throws InterruptedException {
        long wait = started + (long) (seconds * 1e9) - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
