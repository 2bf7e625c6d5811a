package org.tierwise.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Closed-loop load on loopback: each of {@code clients} threads sends a request, waits for the
 * answer and sends the next, until the time is up. A request answered with anything but 200, or not
 * answered, is an error; the latencies of the others are kept. Shared by the benchmark and the load
 * test.
 */
public final class ClosedLoopLoad {

    /** How many error answers are kept as examples for a report. */
    private static final int ERROR_SAMPLES = 10;

    private ClosedLoopLoad() {}

    /**
     * What one load phase measured.
     *
     * @param latencies nanoseconds of every counted answer, sorted
     * @param errors requests answered with another status than 200 or not answered
     * @param errorSamples the first few errors, for the report
     * @param byPath answers counted per path template (e.g. "/api/schools/{urn}/tier")
     */
    public record Result(
            long[] latencies, int errors, List<String> errorSamples, Map<String, Integer> byPath, double seconds) {

        public double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p * latencies.length);
            return latencies[Math.max(0, rank - 1)] / 1e6;
        }

        public double maxMillis() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }

        public int requests() {
            return latencies.length;
        }

        public double throughput() {
            return latencies.length / seconds;
        }
    }

    /** One request to send, with the name it is counted under. */
    public record Request(String name, HttpRequest request) {}

    /** An HTTP/1.1 client as a browser or script on loopback would use. */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Runs the load.
     *
     * @param next the next request of a client, given that client's random source
     * @param counted whether an answer counts, asked as its request is sent (e.g. "a run is in
     *     progress"); errors count always
     */
    public static Result run(
            HttpClient http,
            int clients,
            Duration duration,
            Function<ThreadLocalRandom, Request> next,
            BooleanSupplier counted)
            throws Exception {
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        Map<String, Integer> byPath = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[1024];
                    int n = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        Request request = next.apply(random);
                        boolean count = counted.getAsBoolean();
                        long sent = System.nanoTime();
                        String failure;
                        try {
                            HttpResponse<String> response =
                                    http.send(request.request(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                if (count) {
                                    if (n == mine.length) {
                                        mine = Arrays.copyOf(mine, n * 2);
                                    }
                                    mine[n++] = System.nanoTime() - sent;
                                    byPath.merge(request.name(), 1, Integer::sum);
                                }
                                continue;
                            }
                            String body = response.body();
                            failure = response.statusCode() + " "
                                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
                        } catch (IOException e) {
                            failure = e.toString();
                        }
                        errors.incrementAndGet();
                        if (samples.size() < ERROR_SAMPLES) {
                            samples.add(request.request().uri() + ": " + failure);
                        }
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] latencies =
                    all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(latencies, errors.get(), List.copyOf(samples), new TreeMap<>(byPath), elapsed);
        } finally {
            pool.shutdownNow();
        }
    }
}
