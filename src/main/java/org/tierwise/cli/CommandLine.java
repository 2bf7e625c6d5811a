package org.tierwise.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tierwise.audit.Actors;

/** Dispatches {@code java -jar tierwise.jar <command> [args]} to the matching {@link CliCommand}. */
@Component
@Profile("cli")
public class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final Map<String, CliCommand> commands = new TreeMap<>();
    private int exitCode;

    CommandLine(List<CliCommand> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** True when the first argument names a command rather than a Spring option such as --server.port. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] args = arguments.getSourceArgs();
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            System.err.println("Unknown command '" + args[0] + "'. Commands:");
            commands.values().forEach(c -> System.err.println("  " + c.name() + " " + c.usage()));
            exitCode = 2;
            return;
        }
        List<String> rest = Arrays.stream(args, 1, args.length)
                .filter(arg -> !isSetting(arg))
                .toList();
        exitCode = Actors.actingAs(Actors.commandLine(), () -> command.run(rest, System.out));
    }

    /**
     * A setting of the service ({@code --tierwise.data-dir=./data}, {@code --spring.datasource.url=…}):
     * Spring has taken it as a property, so it is not the command's. The commands' own options
     * ({@code --year=}, {@code --kind=}) have no dot in their names.
     */
    static boolean isSetting(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        return name.contains(".");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
