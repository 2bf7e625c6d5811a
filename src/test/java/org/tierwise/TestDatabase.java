package org.tierwise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the tests on PostgreSQL as well as H2. With {@code tierwise.test.database=postgres} (the
 * Maven profile {@code postgres} sets it) every H2 database a test or service starts on becomes a
 * schema {@code h2_<name>} of the PostgreSQL test database, with the same lifetime: an in-memory
 * database is empty the first time this JVM names it and is dropped when the JVM ends; a file
 * database is empty in a fresh directory and still there when the same directory is opened again
 * (a marker file {@code <path>.pg-schema} stands for the H2 file), and is dropped once its directory
 * is gone. Without the property, or with {@code h2}, nothing changes.
 *
 * <p>Settings (system properties or environment): {@code tierwise.test.postgres.url} (default
 * {@code jdbc:postgresql://localhost:5432/tierwise_test}), {@code tierwise.test.postgres.username}
 * and {@code .password} (default {@code tierwise}). {@code .ci/start-postgres} starts such a server.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    public static final String SELECT = "tierwise.test.database";
    private static final String H2 = "jdbc:h2:";
    private static final String MARKER = ".pg-schema";
    private static final int MAX_NAME = 63;

    /** The schemas made in this JVM: in-memory ones are dropped at exit, file ones once their directory is gone. */
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropOrphans, "test-database-cleanup"));
    }

    @Override
    public int getOrder() {
        // After the configuration files and the test's own properties are in the environment.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!postgres(environment.getProperty(SELECT))) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith(H2)) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", schemaUrl(schemaFor(url)));
        properties.put("spring.datasource.username", username());
        properties.put("spring.datasource.password", password());
        properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        // Test contexts stay cached; each keeps one idle connection rather than ten.
        properties.put("spring.datasource.hikari.minimum-idle", 1);
        properties.put("spring.datasource.hikari.idle-timeout", 10_000);
        environment.getPropertySources().addFirst(new MapPropertySource("tierwise-test-postgres", properties));
    }

    /** Whether the tests run on PostgreSQL. */
    public static boolean isPostgres() {
        String selected = System.getProperty(SELECT, System.getenv("TIERWISE_TEST_DATABASE"));
        return postgres(selected);
    }

    /** A fresh, empty database for a test that builds its own data source: H2 in memory, or a fresh schema. */
    public static DataSource fresh(String name) {
        if (!isPostgres()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(H2 + "mem:" + name + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
        String schema = schemaFor(H2 + "mem:" + name);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(schemaUrl(schema));
        pg.setUser(username());
        pg.setPassword(password());
        return pg;
    }

    private static boolean postgres(String selected) {
        if (selected == null || selected.isBlank() || selected.equalsIgnoreCase("h2")) {
            return false;
        }
        if (selected.equalsIgnoreCase("postgres")) {
            return true;
        }
        throw new IllegalStateException(SELECT + " is '" + selected + "': expected h2 or postgres");
    }

    /** The schema standing for the H2 database of {@code url}, emptied when that H2 database would be new. */
    private static synchronized String schemaFor(String url) {
        String location = url.substring(H2.length()).split(";", 2)[0];
        if (location.startsWith("mem:")) {
            String name = location.substring("mem:".length());
            String schema = schemaName(name, name);
            if (!MADE.containsKey(schema)) {
                recreate(schema);
                MADE.put(schema, Path.of(""));
            }
            return schema;
        }
        if (location.startsWith("tcp:") || location.startsWith("ssl:")) {
            throw new IllegalStateException(
                    "a test names an H2 server (" + url + "); only mem: and file: have a" + " PostgreSQL stand-in");
        }
        Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location)
                .toAbsolutePath()
                .normalize();
        Path marker = path.resolveSibling(path.getFileName() + MARKER);
        try {
            String schema;
            if (Files.exists(marker)) {
                schema = Files.readString(marker, StandardCharsets.UTF_8).trim();
            } else {
                schema = schemaName(path.getFileName().toString(), path.toString());
                recreate(schema);
                Files.createDirectories(path.getParent());
                Files.writeString(marker, schema, StandardCharsets.UTF_8);
            }
            MADE.putIfAbsent(schema, marker);
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the PostgreSQL schema marker " + marker, e);
        }
    }

    /** {@code h2_<name>} in PostgreSQL's lower case, with a digest of {@code identity} when the name does not say it all. */
    private static String schemaName(String name, String identity) {
        String plain = "h2_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (plain.length() <= MAX_NAME && identity.equals(name)) {
            return plain;
        }
        String digest = digest(identity).substring(0, 10);
        return plain.substring(0, Math.min(plain.length(), MAX_NAME - digest.length() - 1)) + "_" + digest;
    }

    private static void recreate(String schema) {
        execute("drop schema if exists " + schema + " cascade", "create schema " + schema);
    }

    private static void dropOrphans() {
        MADE.forEach((schema, marker) -> {
            if (marker.toString().isEmpty() || !Files.exists(marker)) {
                try {
                    execute("set lock_timeout = '10s'", "drop schema if exists " + schema + " cascade");
                } catch (RuntimeException e) {
                    System.err.println("test database: could not drop schema " + schema + ": " + e.getMessage());
                }
            }
        });
    }

    private static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(url(), username(), password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL test database " + url() + " as " + username() + ": " + e.getMessage()
                            + " (start one with .ci/start-postgres)",
                    e);
        }
    }

    private static String schemaUrl(String schema) {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String url() {
        return setting("tierwise.test.postgres.url", "jdbc:postgresql://localhost:5432/tierwise_test");
    }

    private static String username() {
        return setting("tierwise.test.postgres.username", "tierwise");
    }

    private static String password() {
        return setting("tierwise.test.postgres.password", "tierwise");
    }

    private static String setting(String name, String otherwise) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
