package org.tierwise.imports;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploads take at most their memory budget between them (issue 15): one too large for it is refused
 * at once, one that does not fit beside others being read waits, then is told to come back; both
 * audited, nothing stored, and the service goes on reading the next upload.
 */
@SpringBootTest(
        properties = {
            "tierwise.imports.memory-budget=8MB",
            "tierwise.imports.memory-wait=200ms",
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:ImportMemoryTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class ImportMemoryTests {

    private static final Path KS4 = Path.of("fixtures/published/herts919_ks4_2022-23_p8_with_ci.csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportMemory memory;

    @Test
    void aFileNeedingMoreThanTheWholeBudgetIsRefusedAtOnceNamingItsSizeAndTheBudget() throws Exception {
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        mvc.perform(multipart("/api/imports/ks4")
                        .file(new MockMultipartFile("file", "national_ks4final.csv", "text/csv", threeMegabytes)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Import refused: nothing was stored"))
                .andExpect(jsonPath("$.file").value("national_ks4final.csv"))
                .andExpect(jsonPath("$.detail")
                        .value("national_ks4final.csv is 3 MB; reading it needs about 12 MB of memory and this"
                                + " service lets uploads take 8 MB (tierwise.imports.memory-budget, by default half"
                                + " the heap). Nothing was stored: split the file, or start the service with more"
                                + " memory (-Xmx)."));
        mvc.perform(get("/api/audit").param("action", "IMPORT").param("subject", "national_ks4final.csv"))
                .andExpect(jsonPath("$.content[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.content[0].detail.bytes").value(3 * 1024 * 1024));
    }

    @Test
    void aFileThatDoesNotFitBesideOthersBeingReadIsToldToComeBackThenIsRead() throws Exception {
        byte[] ks4 = Files.readAllBytes(KS4);
        try (ImportMemory.Reservation others = memory.reserve("others.csv", 8 * 1024 * 1024 / 4)) {
            mvc.perform(multipart("/api/imports/ks4").file(upload(ks4)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andExpect(jsonPath("$.detail")
                            .value(containsString("Other uploads being read hold the memory " + KS4.getFileName()
                                    + " needs (1 of 8 MB); nothing was stored")));
        }
        mvc.perform(multipart("/api/imports/ks4").file(upload(ks4)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(8));
        // Each upload gave its memory back: the whole budget is free again.
        memory.reserve("all.csv", 8 * 1024 * 1024 / 4).close();
    }

    private static MockMultipartFile upload(byte[] bytes) {
        return new MockMultipartFile("file", KS4.getFileName().toString(), "text/csv", bytes);
    }
}
