package org.tierwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.DatabaseSnapshot;

/**
 * Random mutations of the real fixture files, posted to the import API: every mutant is either
 * accepted whole (importing it again changes nothing) or refused with a 4xx problem and the database
 * unchanged; none gets a 5xx. Bounded and seeded: {@code -Dtierwise.fuzz.seed=} and {@code
 * -Dtierwise.fuzz.count=} (default 100 mutants) reproduce or extend a run.
 */
@Tag("fuzz")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ImportFuzzTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFuzzTests {

    private static final long SEED = Long.getLong("tierwise.fuzz.seed", 20261201L);
    private static final int COUNT = Integer.getInteger("tierwise.fuzz.count", 100);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    /** Each fixture file with the kind it imports as. */
    private final Map<Path, String> fixtures = new TreeMap<>();

    @BeforeAll
    void importTheFixtures() throws Exception {
        for (ImportReport report : imports.importPath(Path.of("fixtures"))) {
            try (var files = Files.walk(Path.of("fixtures"))) {
                files.filter(p -> p.getFileName().toString().equals(report.file()))
                        .forEach(p -> fixtures.put(p, report.kind()));
            }
        }
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(12);
    }

    /** One mutation of a file's bytes, named for the report. */
    private interface Mutation {
        byte[] apply(byte[] bytes, Random random);
    }

    private static final Map<String, Mutation> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("flip a byte", (b, r) -> {
            byte[] copy = b.clone();
            if (copy.length > 0) {
                copy[r.nextInt(copy.length)] = (byte) r.nextInt(256);
            }
            return copy;
        });
        MUTATIONS.put("delete a line", (b, r) -> {
            List<String> lines = lines(b);
            lines.remove(r.nextInt(lines.size()));
            return join(lines);
        });
        MUTATIONS.put("duplicate a line", (b, r) -> {
            List<String> lines = lines(b);
            int i = lines.size() > 1 ? 1 + r.nextInt(lines.size() - 1) : 0;
            lines.add(i, lines.get(i));
            return join(lines);
        });
        MUTATIONS.put("truncate", (b, r) -> Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length)));
        MUTATIONS.put("insert a quote", (b, r) -> insert(b, r, "\""));
        MUTATIONS.put("insert a comma", (b, r) -> insert(b, r, ","));
        MUTATIONS.put("insert a line break", (b, r) -> insert(b, r, "\n"));
        MUTATIONS.put("insert a long value", (b, r) -> insert(b, r, "x".repeat(100 + r.nextInt(5000))));
        MUTATIONS.put("insert markup", (b, r) -> insert(b, r, "<script>alert(1)</script>"));
        MUTATIONS.put("byte-order mark", (b, r) -> {
            byte[] copy = new byte[b.length + 3];
            copy[0] = (byte) 0xEF;
            copy[1] = (byte) 0xBB;
            copy[2] = (byte) 0xBF;
            System.arraycopy(b, 0, copy, 3, b.length);
            return copy;
        });
        MUTATIONS.put("Windows-1252 text", (b, r) -> {
            String text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(b)).toString();
            int at = text.isEmpty() ? 0 : r.nextInt(text.length());
            String accented = text.substring(0, at) + "Caf\u00e9 \u00a3" + text.substring(at);
            return accented.getBytes(WINDOWS_1252);
        });
        MUTATIONS.put("header only", (b, r) -> join(lines(b).subList(0, 1)));
        MUTATIONS.put("empty file", (b, r) -> new byte[0]);
    }

    @Test
    void everyMutantIsAcceptedWholeOrRefusedWithNothingStored() throws Exception {
        Random random = new Random(SEED);
        List<Path> files = List.copyOf(fixtures.keySet());
        List<String> names = List.copyOf(MUTATIONS.keySet());
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        long started = System.nanoTime();
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);
        for (int i = 0; i < COUNT; i++) {
            Path file = files.get(random.nextInt(files.size()));
            byte[] bytes = Files.readAllBytes(file);
            List<String> applied = new ArrayList<>();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                String name = names.get(random.nextInt(names.size()));
                bytes = MUTATIONS.get(name).apply(bytes, random);
                applied.add(name);
            }
            String kind = random.nextBoolean() ? fixtures.get(file) : "auto";
            String what = "mutant " + i + " of " + file.getFileName() + " as " + kind + " ("
                    + String.join(", ", applied) + ")";

            MockHttpServletResponse response = post(kind, file.getFileName().toString(), bytes);
            byStatus.merge(response.getStatus(), 1, Integer::sum);
            DatabaseSnapshot after = DatabaseSnapshot.of(dataSource);
            if (response.getStatus() >= 500) {
                failures.add(what + ": " + response.getStatus() + " " + excerpt(response));
            } else if (response.getStatus() == 200) {
                accepted++;
                // Stored whole: the same file again finds everything already there.
                MockHttpServletResponse again = post(kind, file.getFileName().toString(), bytes);
                DatabaseSnapshot afterAgain = DatabaseSnapshot.of(dataSource);
                if (again.getStatus() != 200 || !afterAgain.equals(after)) {
                    failures.add(what + ": accepted, but importing it again gave " + again.getStatus() + " and changed "
                            + after.differences(afterAgain));
                }
                after = afterAgain;
            } else {
                if (!after.equals(before)) {
                    failures.add(what + ": refused with " + response.getStatus() + " but changed "
                            + before.differences(after));
                }
                if (!response.getContentAsString().contains("\"detail\"")) {
                    failures.add(what + ": refused with " + response.getStatus() + " without a problem detail: "
                            + excerpt(response));
                }
            }
            before = after;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Import fuzz: seed %d, %d mutants in %.1f s: %d accepted whole, %d refused, by status %s, %d failures%n",
                SEED, COUNT, seconds, accepted, COUNT - accepted, byStatus, failures.size());
        failures.forEach(f -> System.out.println("  FAILED " + f));
        assertThat(failures)
                .as("mutants answered 5xx or partly stored (seed %d)", SEED)
                .isEmpty();
    }

    private MockHttpServletResponse post(String kind, String fileName, byte[] bytes) throws Exception {
        try {
            return mvc.perform(multipart("/api/imports/" + kind)
                            .file(new MockMultipartFile("file", fileName, "text/csv", bytes)))
                    .andReturn()
                    .getResponse();
        } catch (Exception escaped) {
            // An exception no handler answered is a 500 to a real client.
            MockHttpServletResponse response = new MockHttpServletResponse();
            response.setStatus(500);
            response.getWriter().print(escaped);
            return response;
        }
    }

    private static String excerpt(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] insert(byte[] bytes, Random random, String text) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
        byte[] copy = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(inserted, 0, copy, at, inserted.length);
        System.arraycopy(bytes, at, copy, at + inserted.length, bytes.length - at);
        return copy;
    }
}
