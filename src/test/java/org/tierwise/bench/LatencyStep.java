package org.tierwise.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.tierwise.TestUsers;
import org.tierwise.tiering.TieringRun;

/**
 * Latency and throughput of a single-school query on loopback, first with nothing else running
 * (which also warms up connections and code), then while national tiering runs are in progress
 * back to back: {@code clients} threads each send a request, wait for the answer and send the next,
 * for random schools of the stored run.
 */
final class LatencyStep implements BenchmarkStep {

    /** An officer asks: the API reads schools, tiers and recommendations for officers. */
    private static final String OFFICER = TestUsers.basicHeader("officer");

    /** The schools to ask about, chosen once the earlier steps have stored their runs. */
    private final Function<BenchmarkContext, List<Integer>> urnsOf;

    private final String key;
    private final String pathTemplate;

    /**
     * @param key the prefix of this query's figures, e.g. "tier"
     * @param pathTemplate the query with {@code %d} for the URN, e.g. "/api/schools/%d/tier"
     */
    LatencyStep(String key, String pathTemplate, Function<BenchmarkContext, List<Integer>> urnsOf) {
        this.urnsOf = urnsOf;
        this.key = key;
        this.pathTemplate = pathTemplate;
    }

    @Override
    public String name() {
        return "latency of " + pathTemplate;
    }

    @Override
    public String key() {
        return "latency-" + key;
    }

    @Override
    public void run(BenchmarkContext context) throws Exception {
        BenchmarkOptions options = context.options();
        List<Integer> urns = List.copyOf(urnsOf.apply(context));
        if (urns.isEmpty()) {
            throw new IllegalStateException("no school to query: the tiering and brokering steps run first");
        }
        HttpClient http = ClosedLoopLoad.client();
        ClosedLoopLoad.Result idle =
                load(http, options.clients(), context.port(), urns, Math.max(1, options.loadSeconds() / 2), () -> true);

        TieringRun tiering = context.bean(TieringRun.class);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean inProgress = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread background = new Thread(
                () -> {
                    try {
                        while (!stop.get()) {
                            inProgress.set(true);
                            tiering.run(TieringStep.nationalRun(), "benchmark-load");
                            inProgress.set(false);
                            runs.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failure.set(e);
                    } finally {
                        inProgress.set(false);
                    }
                },
                "tiering-under-load");
        background.start();
        while (!inProgress.get() && background.isAlive()) {
            Thread.onSpinWait();
        }
        ClosedLoopLoad.Result busy =
                load(http, options.clients(), context.port(), urns, options.loadSeconds(), inProgress::get);
        stop.set(true);
        background.join();
        if (failure.get() != null) {
            throw failure.get();
        }

        Measurements m = context.measurements();
        String what = pathTemplate.replace("%d", "{urn}");
        m.add(key + ".idle.p99Millis", "GET " + what + " p99, no run in progress", idle.percentileMillis(0.99), "ms");
        m.add(key + ".idle.throughput", "GET " + what + " throughput, no run in progress", idle.throughput(), "req/s");
        m.add(key + ".load.p50Millis", "GET " + what + " p50 during tiering runs", busy.percentileMillis(0.50), "ms");
        m.add(key + ".load.p95Millis", "GET " + what + " p95 during tiering runs", busy.percentileMillis(0.95), "ms");
        m.add(key + ".load.p99Millis", "GET " + what + " p99 during tiering runs", busy.percentileMillis(0.99), "ms");
        m.add(key + ".load.throughput", "GET " + what + " throughput during tiering runs", busy.throughput(), "req/s");
        m.add(key + ".load.requests", "Requests answered during tiering runs", busy.requests(), "requests");
        m.add(key + ".load.errors", "Requests failed during tiering runs", busy.errors(), "requests");
        m.add(key + ".load.runsCompleted", "Tiering runs completed under load", runs.get(), "runs");
        m.fact(key + ".clients", options.clients());
    }

    /** Every client asks about random schools until {@code seconds} have passed. */
    private ClosedLoopLoad.Result load(
            HttpClient http, int clients, int port, List<Integer> urns, int seconds, BooleanSupplier counted)
            throws Exception {
        return ClosedLoopLoad.run(
                http,
                clients,
                Duration.ofSeconds(seconds),
                random -> new ClosedLoopLoad.Request(
                        pathTemplate,
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + pathTemplate.formatted(urns.get(random.nextInt(urns.size())))))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", OFFICER)
                                .GET()
                                .build()),
                counted);
    }
}
