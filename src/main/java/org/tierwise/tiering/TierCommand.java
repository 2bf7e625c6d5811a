package org.tierwise.tiering;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tierwise.audit.Actors;
import org.tierwise.cli.CliCommand;
import org.tierwise.runs.RunRequestRejectedException;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/** {@code tier --year=2018-19 [--la=919] [--status=FINAL] [--as-of=2019-12-31]}: a results-day run. */
@Component
class TierCommand implements CliCommand {

    private final TieringRun tiering;
    private final TieringRunStore store;
    private final TierVocabulary vocabulary;

    TierCommand(TieringRun tiering, TieringRunStore store, TierVocabulary vocabulary) {
        this.tiering = tiering;
        this.store = store;
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return "tier";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Integer la = null;
        AcademicYear year = null;
        DataStatus status = null;
        LocalDate asOf = null;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--la=")) {
                la = Integer.valueOf(value);
            } else if (arg.startsWith("--year=")) {
                year = AcademicYear.parse(value);
            } else if (arg.startsWith("--status=")) {
                status = DataStatus.valueOf(value.toUpperCase(Locale.ROOT));
            } else if (arg.startsWith("--as-of=")) {
                asOf = LocalDate.parse(value);
            } else {
                out.println("unknown argument '" + arg + "'; usage: tier " + usage());
                return 2;
            }
        }
        if (year == null) {
            out.println("usage: tier " + usage());
            return 2;
        }
        RunRecord run;
        try {
            run = tiering.run(new TieringRun.Request(la, year, status, asOf), Actors.current());
        } catch (RunRequestRejectedException e) {
            out.println("No run: " + e.getMessage());
            return 2;
        }
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        store.results(run.id()).forEach(r -> counts.merge(r.tier(), 1, Integer::sum));
        out.printf(
                "Tiering run %d: %d schools of %s for %s as of %s, rules %s (%s)%n",
                run.id(),
                run.schoolCount(),
                la == null ? "all authorities" : "LA " + la,
                year,
                run.asOf(),
                run.ruleSetLabel(),
                run.ruleSetDigest().substring(0, 12));
        if (run.notTiered() > 0) {
            out.printf("  %d schools not tiered: %s%n", run.notTiered(), run.notTieredReason());
        }
        for (Tier tier : Tier.values()) {
            out.printf("  %-18s %-40s %5d%n", tier, vocabulary.name(tier), counts.getOrDefault(tier, 0));
        }
        return 0;
    }
}
