package org.tierwise;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.tierwise.cli.CommandLine;
import org.tierwise.cli.CommandUsage;

/** Starts the service, or runs one batch command (import, check-rules, tier, ...) from the same jar. */
@SpringBootApplication
public class TierwiseApplication {

    private static final String EXPECTED_OUTCOMES = "expected-outcomes";

    public static void main(String[] args) {
        if (CommandUsage.isHelp(args)) {
            CommandUsage.print(System.out);
            return;
        }
        if (CommandLine.isCommand(args)) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(TierwiseApplication.class, args);
    }

    /** Runs one batch command without the web server; returns its exit code. */
    static int runCommand(String[] args) {
        if (args[0].equals(EXPECTED_OUTCOMES)) {
            args = onScratchDatabase(args);
        }
        SpringApplication app = new SpringApplication(TierwiseApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        return SpringApplication.exit(app.run(args));
    }

    /**
     * The expected outcomes are what the rules give for the fixtures alone, so that command never
     * opens the configured database: it gets an empty in-memory one of its own.
     */
    private static String[] onScratchDatabase(String[] args) {
        List<String> scratch = new ArrayList<>(Arrays.stream(args)
                .filter(arg -> !arg.startsWith("--spring.datasource."))
                .toList());
        scratch.add(
                "--spring.datasource.url=jdbc:h2:mem:expected-outcomes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        scratch.add("--spring.datasource.username=sa");
        scratch.add("--spring.datasource.password=");
        return scratch.toArray(String[]::new);
    }

    /** Where "today" comes from: England's clock, so that the academic year turns on 1 September there. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
