package org.tierwise.cli;

import java.io.PrintStream;
import java.util.List;

/** One batch command run from the jar, e.g. {@code java -jar tierwise.jar import fixtures/}. */
public interface CliCommand {

    /** The word that selects this command on the command line. */
    String name();

    /** One line: arguments and what the command does ({@link CommandUsage}). */
    default String usage() {
        return CommandUsage.of(name());
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param out where the report for the user goes
     * @return the process exit code: 0 success, 1 the work found problems, 2 bad usage
     */
    int run(List<String> args, PrintStream out) throws Exception;
}
