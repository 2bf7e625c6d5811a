package org.tierwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.util.FileSystemUtils;

/**
 * An acknowledged write survives the process being killed: the service runs in a JVM of its own on
 * an H2 file, exactly as configured in {@code application.yml} (the tests' own settings are left off
 * its classpath); a tiering run and then a recorded concern answer 201, the process is killed with SIGKILL straight away, and
 * the database file holds both. With H2's default write delay the run was lost.
 */
@DisabledIfSystemProperty(named = TestDatabase.SELECT, matches = "postgres")
class CrashDurabilityTests {

    private static final Duration START = Duration.ofSeconds(180);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path data;
    private Process service;

    @AfterEach
    void cleanUp() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor();
        }
        if (data != null) {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void writesAnswered201AreStillThereAfterKill9() throws Exception {
        data = Files.createTempDirectory("tierwise-crash");
        int port = freePort();
        service = start(port);
        String base = "http://localhost:" + port;
        awaitSchools(base);

        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/tiering/runs"))
                        .header("Authorization", basic(TestUsers.LEAD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"la\":919,\"academicYear\":\"2018-19\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // A small write straight after: too small for H2 to write it out by its own size.
        HttpResponse<String> concern = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/schools/117348/intelligence"))
                        .header("Authorization", basic(TestUsers.LEAD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"GOVERNANCE\","
                                + "\"note\":\"recorded just before the crash\",\"recordedBy\":\"crash test\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        service.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the database
        service.waitFor();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(concern.statusCode()).as(concern.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();

        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("tierwise").toAbsolutePath(), "sa", "")) {
            assertThat(count(db, "select count(*) from tiering_run where id = " + id.group(1)))
                    .as("the acknowledged run after kill -9")
                    .isEqualTo(1);
            assertThat(count(db, "select count(*) from tiering_result where run_id = " + id.group(1)))
                    .as("its schools' outcomes")
                    .isPositive();
            assertThat(count(
                            db,
                            "select count(*) from local_intelligence where note = 'recorded just before the crash'"))
                    .as("the concern acknowledged just before kill -9")
                    .isEqualTo(1);
        }
    }

    /** The service's main class in a JVM of its own, with the main classpath and the dev users. */
    private Process start(int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                String.join(File.pathSeparator, mainClasspath()),
                TierwiseApplication.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=dev",
                "--tierwise.data-dir=" + data.toAbsolutePath()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile())
                .start();
    }

    /** Waits until the service is ready: its first start has imported the fixtures. */
    private void awaitSchools(String base) throws Exception {
        Instant until = Instant.now().plus(START);
        while (Instant.now().isBefore(until)) {
            assertThat(service.isAlive())
                    .as("the service is running: %s", Files.readString(data.resolve("service.log")))
                    .isTrue();
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not load its fixtures within " + START);
    }

    /**
     * The entries of the test JVM's classpath (read from surefire's manifest-only jar if that is what
     * it is) without the test classes, so the service reads the main {@code application.yml} only.
     */
    private static List<String> mainClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && entry.contains("surefire")) {
                try (JarFile jar = new JarFile(entry)) {
                    String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    if (manifest != null) {
                        Stream.of(manifest.split(" "))
                                .filter(url -> !url.isBlank())
                                .map(url -> Paths.get(URI.create(url)).toString())
                                .forEach(entries::add);
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        entries.removeIf(
                entry -> entry.replace('\\', '/').contains("target/test-classes") || entry.contains("surefire"));
        return entries;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
