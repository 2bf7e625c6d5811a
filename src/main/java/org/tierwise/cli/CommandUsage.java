package org.tierwise.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each command takes and does, printed by {@code help} without starting the service (no
 * database, no rules compiled) and by a command given bad arguments. The one place the commands'
 * usage is written; {@code CommandUsageTests} checks it names every command and every import kind.
 */
public final class CommandUsage {

    /** The kinds of file {@code import} takes (ImportService's importers). */
    public static final List<String> IMPORT_KINDS = List.of(
            "schools",
            "inspections",
            "report-cards",
            "ks2",
            "ks4",
            "clusters",
            "intelligence",
            "locations",
            "supporters",
            "finance-funds",
            "finance-spending",
            "finance-approvals",
            "finance-reserve-policies");

    private static final Map<String, String> USAGE = new LinkedHashMap<>();

    static {
        USAGE.put(
                "import",
                "PATH [--kind=" + String.join("|", IMPORT_KINDS) + "] [--year=2018-19]"
                        + " [--status=PROVISIONAL|REVISED|FINAL]  import a file, or every CSV file of a folder"
                        + " (the kind is recognised from the header when not given)");
        USAGE.put(
                "tier",
                "--year=2018-19 [--la=919] [--status=PROVISIONAL|REVISED|FINAL] [--as-of=2019-12-31]"
                        + "  tier every school and store the run");
        USAGE.put(
                "broker",
                "[--tiering-run=ID]  match supporters to the needs of a tiering run (the latest by default) and"
                        + " store the run");
        USAGE.put(
                "check-finance",
                "[--year=2015-16] [--fund=REF]  check spending against the finance rules; exit 1 on any BREACH");
        USAGE.put(
                "check-rules",
                "[DIR]  compile the rules (default: the configured rules directory) and list errors and warnings");
        USAGE.put(
                "test-rules",
                "[PATH]  run the cases of a rules directory, or of one folder or file inside the configured one");
        USAGE.put(
                "expected-outcomes",
                "[--write] [--rules DIR]  tier the fixture schools on a scratch in-memory database and compare"
                        + " with DIR/expected-outcomes.csv (exit 1 with a diff), or rewrite the file with --write");
        USAGE.put("what-if", "--rules DIR  list every school or item whose outcome the rules in DIR would change");
        USAGE.put(
                "hash-password",
                "[--cost=N]  read a password and print its {bcrypt} hash for tierwise.security.users (cost 4-31,"
                        + " default 10)");
    }

    private CommandUsage() {}

    /** The commands, in the order help lists them. */
    public static List<String> commands() {
        return List.copyOf(USAGE.keySet());
    }

    /** One line: the command's arguments and what it does. */
    public static String of(String command) {
        String usage = USAGE.get(command);
        if (usage == null) {
            throw new IllegalArgumentException("no usage is written for command '" + command + "'");
        }
        return usage;
    }

    /** True for {@code help}, {@code --help} and {@code -h}: answered without starting the service. */
    public static boolean isHelp(String[] args) {
        return args.length > 0 && List.of("help", "--help", "-h").contains(args[0]);
    }

    /** The whole help text. */
    public static void print(PrintStream out) {
        out.println("Usage: java -jar tierwise.jar [COMMAND [ARGS]] [--tierwise.SETTING=VALUE ...]");
        out.println();
        out.println("Without a command the service starts. Commands:");
        USAGE.forEach((command, usage) -> out.println("  " + command + " " + usage));
        out.println("  help  print this");
        out.println();
        out.println("Every command also takes the service's settings as --name=value, e.g.");
        out.println("--tierwise.data-dir=./data (where the H2 database lives), --tierwise.rules.dir=./rules,");
        out.println("--spring.datasource.url=jdbc:postgresql://... ; see README.md.");
    }
}
