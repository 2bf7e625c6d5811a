package org.tierwise;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.tierwise.cli.CommandLine;
import org.tierwise.cli.CommandUsage;

/** Starts the service, or runs one batch command (import, check-rules, tier, ...) from the same jar. */
@SpringBootApplication
public class TierwiseApplication {

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
        SpringApplication app = new SpringApplication(TierwiseApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        return SpringApplication.exit(app.run(args));
    }

    /** Where "today" comes from: England's clock, so that the academic year turns on 1 September there. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
