package org.tierwise;

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
import org.tierwise.cli.CliCommand;
import org.tierwise.cli.CommandUsage;
import org.tierwise.imports.ImportService;

/**
 * The jar's commands as a user types them (issue 16): help without the service, the service's
 * settings taken by every command, and a usage that names every command and import kind.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:CommandLineTests;DB_CLOSE_DELAY=-1")
class CommandLineTests {

    @Autowired
    List<CliCommand> commands;

    @Autowired
    ImportService imports;

    @Test
    void helpListsEveryCommandAndImportKindWithoutStartingTheServiceOrItsDatabase(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String help = printed(() -> TierwiseApplication.main(new String[] {"help", "--tierwise.data-dir=" + data}));

        for (CliCommand command : commands) {
            assertThat(help).contains("  " + command.name() + " " + command.usage());
        }
        assertThat(help)
                .contains("--kind="
                        + String.join(
                                "|",
                                imports.kinds().keySet().stream()
                                        .sorted(java.util.Comparator.comparingInt(CommandUsage.IMPORT_KINDS::indexOf))
                                        .toList()));
        assertThat(data).doesNotExist();
    }

    @Test
    void theUsageNamesExactlyTheCommandsAndImportKindsThereAre() {
        assertThat(CommandUsage.commands())
                .containsExactlyInAnyOrderElementsOf(
                        commands.stream().map(CliCommand::name).toList());
        assertThat(CommandUsage.IMPORT_KINDS)
                .containsExactlyInAnyOrderElementsOf(imports.kinds().keySet());
    }

    @Test
    void everyCommandTakesTheServicesSettingsBesideItsOwnArguments(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String checked = printed(() -> assertThat(TierwiseApplication.runCommand(
                        new String[] {"check-rules", "--tierwise.rules.dir=rules", "--tierwise.data-dir=" + data}))
                .isZero());
        assertThat(checked).contains("rules");

        String imported = printed(() -> assertThat(TierwiseApplication.runCommand(new String[] {
                    "import",
                    "fixtures/published/herts919_school_information_2022-23_subset.csv",
                    "--tierwise.data-dir=" + data,
                    "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath() + "/tierwise"
                }))
                .isZero());
        assertThat(imported).contains("herts919_school_information_2022-23_subset.csv (schools): 57 rows");
        if (!TestDatabase.isPostgres()) {
            assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("tierwise"));
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    @Test
    void expectedOutcomesComparesOnAScratchDatabaseAndNeverOpensTheConfiguredOne(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String compared = printed(() -> assertThat(TierwiseApplication.runCommand(new String[] {
                    "expected-outcomes",
                    "--tierwise.data-dir=" + data,
                    "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath() + "/tierwise"
                }))
                .isZero());

        assertThat(compared).contains("the rules give the expected outcome for all");
        assertThat(data).doesNotExist();
    }

    private static String printed(Action action) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
