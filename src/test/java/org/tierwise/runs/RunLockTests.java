package org.tierwise.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.WebApplicationContext;
import org.tierwise.TierwiseApplication;
import org.tierwise.brokering.BrokeringRun;
import org.tierwise.finance.FinanceCheck;
import org.tierwise.finance.FinanceCheckException;
import org.tierwise.finance.FinanceCheckScope;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.TieringRun;
import org.tierwise.tiering.TieringRunStore;

/**
 * Two service instances on one database (an H2 file opened by both, or one PostgreSQL schema with
 * -Ppostgres): a run of a kind for a scope in progress on one refuses the same run on the other,
 * which runs once the first has finished; a lock renewed by its run outlives the expiry, and one
 * left by an instance that stopped is taken over once expired.
 */
class RunLockTests {

    /** Short, so that the renewal is seen to matter within a test; every third of it the holder renews. */
    private static final Duration EXPIRY = Duration.ofSeconds(4);

    private static final TieringRun.Request LA_919 =
            new TieringRun.Request(919, new AcademicYear(2019), DataStatus.FINAL, null);

    static Path data;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        data = Files.createTempDirectory("tierwise-run-locks");
        // The first imports the fixtures into the empty database; the second finds them there.
        first = start(WebApplicationType.NONE);
        second = start(WebApplicationType.SERVLET);
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        // H2 lets go of its lock file a moment after the last connection closes.
        for (int attempt = 0; attempt < 20 && !FileSystemUtils.deleteRecursively(data); attempt++) {
            sleep(Duration.ofMillis(250));
        }
    }

    @AfterEach
    void noLockIsLeftBehind() {
        assertThat(jdbc().queryForObject("select count(*) from run_lock", Integer.class))
                .as("run locks left after the test")
                .isZero();
    }

    @Test
    void aTieringRunInProgressOnOneInstanceRefusesTheSameRunOnTheOtherWhichRunsAfterwards() throws Exception {
        PausedRun running = PausedRun.tieringOnFirst("alice");
        try {
            assertThatThrownBy(() -> tierOnSecond("bob"))
                    .isInstanceOfSatisfying(RunInProgressException.class, e -> {
                        assertThat(e.kind()).isEqualTo(RunKind.TIERING);
                        assertThat(e.scope()).isEqualTo("LA 919");
                        assertThat(e.holder().startedBy()).isEqualTo("alice");
                        assertThat(e.holder().instance())
                                .isEqualTo(first.getBean(RunLocks.class).instance())
                                .isNotEqualTo(second.getBean(RunLocks.class).instance());
                    })
                    .hasMessageStartingWith("a tiering run for LA 919 is already in progress: started by alice on ");

            // Over HTTP the refusal is a 409 problem naming the run in progress.
            mockMvc(second)
                    .perform(post("/api/tiering/runs")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"la\":919,\"academicYear\":\"2018-19\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("A tiering run is in progress"))
                    .andExpect(jsonPath("$.kind").value("tiering"))
                    .andExpect(jsonPath("$.scope").value("LA 919"))
                    .andExpect(jsonPath("$.startedBy").value("alice"))
                    .andExpect(jsonPath("$.instance")
                            .value(first.getBean(RunLocks.class).instance()));

            // Another authority is another scope: not held up.
            String ran = second.getBean(RunLocks.class).hold(RunKind.TIERING, "LA 920", "carol", lease -> "ran");
            assertThat(ran).isEqualTo("ran");
        } finally {
            running.proceed();
        }
        RunRecord firstRun = running.result().get(120, TimeUnit.SECONDS);
        RunRecord secondRun = tierOnSecond("bob");
        assertThat(secondRun.id()).isGreaterThan(firstRun.id());
        assertThat(second.getBean(TieringRunStore.class).runs())
                .extracting(RunRecord::runBy)
                .contains("alice", "bob");
    }

    @Test
    void brokeringRunsAndFinanceChecksAreRefusedWhileTheSameRunIsInProgressOnTheOtherInstance() {
        long tieringRun = first.getBean(TieringRun.class).run(LA_919, "alice").id();
        RunLocks firstLocks = first.getBean(RunLocks.class);

        firstLocks.hold(RunKind.BROKERING, "LA 919", "alice", lease -> {
            assertThatThrownBy(() -> second.getBean(BrokeringRun.class).run(tieringRun, "bob"))
                    .isInstanceOf(RunInProgressException.class)
                    .hasMessageStartingWith("a brokering run for LA 919 is already in progress: started by alice");
            // The page's form says so on the tiering run it was started from.
            refusedOnThePage(
                    post("/brokering/runs").param("tieringRunId", String.valueOf(tieringRun)),
                    "/tiering/runs/" + tieringRun,
                    "Brokering was not started: a brokering run for LA 919 is already in progress: started by alice");
            return null;
        });
        assertThat(second.getBean(BrokeringRun.class).run(tieringRun, "bob").tieringRunId())
                .isEqualTo(tieringRun);

        FinanceCheckScope all = FinanceCheckScope.all();
        firstLocks.hold(RunKind.FINANCE, all.toString(), "alice", lease -> {
            assertThatThrownBy(() -> second.getBean(FinanceCheck.class).run(all, LocalDate.of(2024, 3, 31)))
                    .isInstanceOf(RunInProgressException.class)
                    .hasMessageStartingWith("a finance check for all funds is already in progress: started by alice");
            refusedOnThePage(
                    post("/finance/checks"), "/finance", "a finance check for all funds is already in progress");
            return null;
        });
        assertThat(second.getBean(FinanceCheck.class)
                        .run(all, LocalDate.of(2024, 3, 31))
                        .getItemsChecked())
                .isPositive();
    }

    @Test
    void aScopeLongerThanItsColumnIsStillALockOfItsOwnAndARequestForAnUnknownFundIsRefusedAsBefore() {
        String longFund = "F".repeat(500);
        String otherLongFund = "F".repeat(499) + "G";
        RunLocks locks = first.getBean(RunLocks.class);
        String both = locks.hold(RunKind.FINANCE, longFund, "x".repeat(300), lease -> {
            assertThat(locks.holder(RunKind.FINANCE, longFund)).isPresent();
            assertThat(locks.holder(RunKind.FINANCE, otherLongFund)).isEmpty();
            return locks.hold(RunKind.FINANCE, otherLongFund, "alice", inner -> "both held");
        });
        assertThat(both).isEqualTo("both held");

        assertThatThrownBy(() -> second.getBean(FinanceCheck.class)
                        .run(new FinanceCheckScope(longFund, null), LocalDate.of(2024, 3, 31)))
                .isInstanceOf(FinanceCheckException.class)
                .hasMessageStartingWith("no fund 'FFFF");
    }

    @Test
    void aRunLongerThanTheExpiryKeepsItsLockBecauseItIsRenewed() throws Exception {
        first.getBean(RunLocks.class).hold(RunKind.TIERING, "LA 919", "alice", lease -> {
            sleep(EXPIRY.multipliedBy(3).dividedBy(2));
            assertThatThrownBy(() -> tierOnSecond("bob"))
                    .isInstanceOf(RunInProgressException.class)
                    .hasMessageContaining("started by alice");
            return null;
        });
    }

    @Test
    void aLockLeftByAnInstanceThatStoppedIsTakenOverOnceExpired() {
        OffsetDateTime now = jdbc().queryForObject("select current_timestamp", OffsetDateTime.class);
        leaveLock("stopped-instance", now.minus(EXPIRY).minusSeconds(1));
        RunRecord run = tierOnSecond("bob");
        assertThat(run.runBy()).isEqualTo("bob");

        // Renewed within the expiry: the instance is still running it.
        leaveLock("busy-instance", now);
        assertThatThrownBy(() -> tierOnSecond("bob"))
                .isInstanceOf(RunInProgressException.class)
                .hasMessageContaining("started by dave on busy-instance");
        removeLocks();
    }

    @Test
    void aLockJustRenewedByAProcessOnThisHostThatWasKilledIsTakenOverAtOnce() throws Exception {
        // A process that has ended, as one killed mid-run would have: its pid is no longer running.
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String host = ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+", "");
        OffsetDateTime now = jdbc().queryForObject("select current_timestamp", OffsetDateTime.class);
        leaveLock(ended.pid() + host + "/killed00", now);
        assertThat(tierOnSecond("bob").runBy()).isEqualTo("bob");

        // The same lock held by this very process (it is running) still refuses the run.
        leaveLock(ProcessHandle.current().pid() + host + "/running0", now);
        assertThatThrownBy(() -> tierOnSecond("bob"))
                .isInstanceOf(RunInProgressException.class)
                .hasMessageContaining("started by dave");
        // And one on another host is left to its expiry.
        removeLocks();
        leaveLock(ended.pid() + "@another-host/killed00", now);
        assertThatThrownBy(() -> tierOnSecond("bob")).isInstanceOf(RunInProgressException.class);
        removeLocks();
    }

    @Test
    void aRunWhoseLockWasTakenOverWhileItStalledStoresNothing() throws Exception {
        int runsBefore = first.getBean(TieringRunStore.class).runs().size();
        PausedRun stalled = PausedRun.tieringOnFirst("alice");
        // As if the first instance had stalled past the expiry and another run had taken the lock over.
        jdbc().update("update run_lock set owner = 'other-run', instance = 'other-instance', started_by = 'erin'"
                + " where kind = 'tiering' and scope = 'LA 919'");
        stalled.proceed();
        assertThatThrownBy(() -> stalled.result().get(120, TimeUnit.SECONDS))
                .hasCauseInstanceOf(RunInProgressException.class)
                .hasMessageContaining("so this one was not stored")
                .hasMessageContaining("started by erin on other-instance");
        assertThat(first.getBean(TieringRunStore.class).runs()).hasSize(runsBefore);
        removeLocks();
    }

    /**
     * A tiering run of LA 919 on the first instance, paused once it has loaded its schools (and so
     * holds its lock) until the test lets it {@link #proceed()}.
     */
    private record PausedRun(CompletableFuture<RunRecord> result, CountDownLatch proceeding) {

        static PausedRun tieringOnFirst(String who) throws InterruptedException {
            CountDownLatch loaded = new CountDownLatch(1);
            CountDownLatch proceeding = new CountDownLatch(1);
            CompletableFuture<RunRecord> result = CompletableFuture.supplyAsync(
                    () -> first.getBean(TieringRun.class).run(LA_919, who, new TieringRun.Progress() {
                        @Override
                        public void loaded(int schools) {
                            loaded.countDown();
                            await(proceeding);
                        }

                        @Override
                        public void evaluated(int schools) {}
                    }));
            assertThat(loaded.await(60, TimeUnit.SECONDS))
                    .as("the run loaded its schools")
                    .isTrue();
            return new PausedRun(result, proceeding);
        }

        void proceed() {
            proceeding.countDown();
        }
    }

    /** A tiering run of LA 919 on the second instance, as {@code who}. */
    private static RunRecord tierOnSecond(String who) {
        return second.getBean(TieringRun.class).run(LA_919, who);
    }

    /** Removes the locks a test left or altered by hand in the shared database. */
    private static void removeLocks() {
        jdbc().update("delete from run_lock");
    }

    private static ConfigurableApplicationContext start(WebApplicationType type) {
        return new SpringApplicationBuilder(TierwiseApplication.class)
                .web(type)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:"
                                + data.resolve("tierwise").toAbsolutePath() + ";AUTO_SERVER=TRUE",
                        "--server.port=0",
                        "--tierwise.fixtures.load-on-empty=true",
                        "--tierwise.run-lock.expiry=" + EXPIRY.toSeconds() + "s");
    }

    private static void leaveLock(String instance, OffsetDateTime renewedAt) {
        jdbc().update(
                        "insert into run_lock (kind, scope, owner, instance, started_by, acquired_at, renewed_at)"
                                + " values ('tiering', 'LA 919', ?, ?, 'dave', ?, ?)",
                        instance + "-token",
                        instance,
                        renewedAt.minusMinutes(30),
                        renewedAt);
    }

    private static JdbcTemplate jdbc() {
        return second.getBean(JdbcTemplate.class);
    }

    private static MockMvc mockMvc(ConfigurableApplicationContext context) {
        // Straight to the controllers: the refusal's shape is under test here, not who may ask.
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .build();
    }

    /** A form posted to the second instance comes back to {@code page} with the refusal as its error. */
    private static void refusedOnThePage(RequestBuilder request, String page, String error) {
        try {
            mockMvc(second)
                    .perform(request)
                    .andExpect(redirectedUrl(page))
                    .andExpect(flash().attribute("error", containsString(error)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the run go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
