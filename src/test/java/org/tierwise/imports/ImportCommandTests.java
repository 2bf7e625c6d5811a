package org.tierwise.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.school.SchoolRepository;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ImportCommandTests;DB_CLOSE_DELAY=-1")
class ImportCommandTests {

    @Autowired
    ImportCommand command;

    @Autowired
    SchoolRepository schools;

    @Test
    void importsAFolderAndPrintsWhatItDid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of("fixtures/published"), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("herts919_school_information_2022-23_subset.csv (schools): 57 rows, 57 created")
                .contains("herts919_ks2_2018-19_progress_waiky8.csv (ks2): 354 rows");
        assertThat(schools.existsById(117083)).isTrue();
    }

    @Test
    void refusesABadFileWithItsLineAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("ofsted.csv");
        Files.writeString(bad, "URN,Inspection date,Overall effectiveness\n117083,yesterday,2\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of(bad.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("REFUSED ofsted.csv")
                .contains("ofsted.csv:2: column Inspection date has 'yesterday'");
    }

    @Test
    void explainsItsUsage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: import PATH");
    }
}
