package org.tierwise.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded synthetic England written in the published CSV formats the importers read: the DfE school
 * information file, the DfE Ofsted file (one row per inspection), KS2 and KS4 performance tables for
 * 2016-17, 2017-18 and 2018-19 with DfE's markers where figures are not published, clusters, local
 * intelligence, and the finance files (funds, spending, approvals, reserve policies).
 *
 * <p>Distributions follow England: about 80% primary (a tenth of them infant schools, which have no
 * KS2 results), 17% secondary and 3% special; about 40% academies (more among secondaries); Ofsted
 * about 20% outstanding, 65% good, 12% requires improvement and 3% inadequate; KS1-KS2 progress
 * about N(0, 3) and Progress 8 about N(0, 0.5), each school's own level persisting between years,
 * with 95% confidence intervals as wide as the cohort makes them; results of ten pupils or fewer
 * suppressed ({@code SUPP}). Every row says in its {@code SOURCE} column that it is synthetic.
 *
 * <p>The same seed and size give the same bytes. Each file draws from its own stream split off the
 * seed in {@link #write(Path)}, so a new file (supporters, once brokering has a format) is one more
 * writer there and leaves every other file unchanged.
 */
public final class SyntheticEngland {

    /** The latest results year (2018-19, by its end year); the files hold it and the two before. */
    public static final int RESULTS_YEAR = 2019;

    /** The date a run over this data set decides for: the end of the results' calendar year. */
    public static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final String[] TOWN_START = {
        "Ash", "Brook", "Elm", "Hart", "Kings", "Marl", "North", "Oak", "Red", "Stan", "Thorn", "West", "Whit", "Wood",
        "Alder", "Bram", "Chester", "Dun", "Fair", "Haw"
    };
    private static final String[] TOWN_END = {"ford", "field", "ley", "ton", "bury", "wick", "ham", "stead"};
    private static final String[] MAINTAINED_TYPES = {
        "Community school", "Voluntary aided school", "Voluntary controlled school", "Foundation school"
    };
    private static final double[] MAINTAINED_SHARES = {0.60, 0.20, 0.12, 0.08};
    private static final String[] ACADEMY_TYPES = {"Academy converter", "Academy sponsor led", "Free schools"};
    private static final double[] ACADEMY_SHARES = {0.65, 0.25, 0.10};

    private final DatasetSize size;
    private final long seed;
    private final String source;
    private final List<Authority> authorities = new ArrayList<>();
    private final List<SchoolSpec> schools = new ArrayList<>();

    /** One local authority: its code, name and how many of the schools it holds. */
    record Authority(int code, String name, List<SchoolSpec> schools) {}

    /** What every file needs to know about one school, drawn once. */
    record SchoolSpec(
            int urn,
            Authority la,
            int estab,
            String name,
            String town,
            SchoolKind kind,
            String type,
            boolean academy,
            String status,
            String openDate,
            String closeDate,
            double quality,
            double progress,
            double trend,
            double ks2Gap,
            double ks4Gap,
            int cohort,
            long resultsSeed,
            List<Judgement> inspections) {}

    /** A school's phase as the register's flags and ages give it. */
    enum SchoolKind {
        PRIMARY(1, 0, 4, 11, "Primary"),
        INFANT(1, 0, 4, 7, "Primary"),
        JUNIOR(1, 0, 7, 11, "Primary"),
        SECONDARY(0, 1, 11, 18, "Secondary"),
        SPECIAL(0, 0, 3, 19, "Special");

        final int isPrimary;
        final int isSecondary;
        final int ageLow;
        final int ageHigh;
        final String ofstedPhase;

        SchoolKind(int isPrimary, int isSecondary, int ageLow, int ageHigh, String ofstedPhase) {
            this.isPrimary = isPrimary;
            this.isSecondary = isSecondary;
            this.ageLow = ageLow;
            this.ageHigh = ageHigh;
            this.ofstedPhase = ofstedPhase;
        }

        boolean hasKs2() {
            return this == PRIMARY || this == JUNIOR;
        }
    }

    /** One Ofsted judgement: the date and grade 1-4, with the register's words for the latest. */
    record Judgement(LocalDate date, int grade, String words) {}

    public SyntheticEngland(DatasetSize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.source = "synthetic: Tierwise benchmark data set, seed " + seed;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom laStream = root.split();
        SplittableRandom schoolStream = root.split();
        double[] weights = new double[size.localAuthorities()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            int code = 201 + i * 700 / weights.length; // distinct three-digit codes, as DfE's are
            authorities.add(new Authority(code, "Synthetic LA " + code, new ArrayList<>()));
            weights[i] = Math.exp(0.6 * laStream.nextGaussian());
            total += weights[i];
        }
        for (int i = 0; i < size.schools(); i++) {
            SplittableRandom r = schoolStream.split();
            Authority la = authorities.get(pick(r, weights, total));
            SchoolSpec school = school(r, 100_000 + i, la);
            la.schools().add(school);
            schools.add(school);
        }
    }

    private static int pick(SplittableRandom r, double[] weights, double total) {
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private SchoolSpec school(SplittableRandom r, int urn, Authority la) {
        double p = r.nextDouble();
        SchoolKind kind;
        if (p < 0.80) {
            double sub = r.nextDouble();
            kind = sub < 0.11 ? SchoolKind.INFANT : sub < 0.20 ? SchoolKind.JUNIOR : SchoolKind.PRIMARY;
        } else {
            kind = p < 0.97 ? SchoolKind.SECONDARY : SchoolKind.SPECIAL;
        }
        double academyShare =
                switch (kind) {
                    case SECONDARY -> 0.75;
                    case SPECIAL -> 0.40;
                    default -> 0.35;
                };
        boolean academy = r.nextDouble() < academyShare;
        String type;
        if (kind == SchoolKind.SPECIAL) {
            type = academy
                    ? (r.nextDouble() < 0.8 ? "Academy special converter" : "Free schools special")
                    : (r.nextDouble() < 0.85 ? "Community special school" : "Foundation special school");
        } else {
            type = academy ? choose(r, ACADEMY_TYPES, ACADEMY_SHARES) : choose(r, MAINTAINED_TYPES, MAINTAINED_SHARES);
        }
        String town = TOWN_START[r.nextInt(TOWN_START.length)] + TOWN_END[r.nextInt(TOWN_END.length)];
        String name = town + " " + schoolWord(kind, type, r);
        double status = r.nextDouble();
        String schoolStatus = "Open";
        String openDate = "";
        String closeDate = "";
        if (status < 0.005) {
            schoolStatus = "Closed";
            closeDate = "31-08-2019";
        } else if (status < 0.01) {
            schoolStatus = "Proposed to open";
            openDate = "01-09-2020";
        }
        double quality = r.nextGaussian();
        double progress = 0.7 * quality + 0.71 * r.nextGaussian();
        int cohort = kind == SchoolKind.SECONDARY
                ? clamp((int) Math.round(170 * Math.exp(0.45 * r.nextGaussian())), 5, 400)
                : kind == SchoolKind.SPECIAL
                        ? clamp((int) Math.round(9 * Math.exp(0.5 * r.nextGaussian())), 2, 40)
                        : clamp((int) Math.round(32 * Math.exp(0.6 * r.nextGaussian())), 3, 180);
        int estab =
                switch (kind) {
                    case SECONDARY -> 4000 + la.schools().size();
                    case SPECIAL -> 7000 + la.schools().size();
                    default -> 2000 + la.schools().size();
                };
        return new SchoolSpec(
                urn,
                la,
                estab,
                name,
                town,
                kind,
                type,
                academy,
                schoolStatus,
                openDate,
                closeDate,
                quality,
                progress,
                0.5 * r.nextGaussian(),
                15 + 10 * r.nextGaussian(),
                0.45 + 0.3 * r.nextGaussian(),
                cohort,
                r.nextLong(),
                inspections(r, quality));
    }

    private static String schoolWord(SchoolKind kind, String type, SplittableRandom r) {
        String faith =
                type.startsWith("Voluntary") ? (r.nextBoolean() ? "St Mary's CofE " : "St Joseph's Catholic ") : "";
        return switch (kind) {
            case INFANT -> faith + "Infant School";
            case JUNIOR -> faith + "Junior School";
            case PRIMARY -> type.startsWith("Academy") ? faith + "Primary Academy" : faith + "Primary School";
            case SECONDARY -> type.startsWith("Academy") ? faith + "Academy" : faith + "High School";
            case SPECIAL -> "Special School";
        };
    }

    /** The latest judgement and up to two before it, each graded from the school's quality plus noise. */
    private static List<Judgement> inspections(SplittableRandom r, double quality) {
        if (r.nextDouble() < 0.015) {
            return List.of(); // new schools not yet inspected
        }
        int latest = grade(0.6 * quality + 0.8 * r.nextGaussian());
        LocalDate date =
                switch (latest) {
                    case 1 -> day(r, LocalDate.of(2008, 9, 1), LocalDate.of(2019, 7, 15));
                    case 2 -> day(r, LocalDate.of(2014, 9, 1), LocalDate.of(2019, 7, 15));
                    case 3 -> day(r, LocalDate.of(2016, 9, 1), LocalDate.of(2019, 7, 15));
                    default -> day(r, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 7, 15));
                };
        String words =
                switch (latest) {
                    case 1 -> "Outstanding";
                    case 2 -> "Good";
                    case 3 -> "Requires improvement";
                    default -> {
                        double c = r.nextDouble();
                        yield c < 0.45 ? "Special Measures" : c < 0.90 ? "Serious Weaknesses" : "Inadequate";
                    }
                };
        List<Judgement> judgements = new ArrayList<>();
        judgements.add(new Judgement(date, latest, words));
        int earlier = r.nextDouble() < 0.85 ? (r.nextDouble() < 0.35 ? 2 : 1) : 0;
        LocalDate before = date;
        for (int i = 0; i < earlier; i++) {
            before = before.minusDays(550 + r.nextInt(1100));
            judgements.add(new Judgement(before, grade(0.6 * quality + 0.8 * r.nextGaussian() - 0.2), null));
        }
        return judgements;
    }

    /** Grades from a standard normal score: 20% outstanding, 65% good, 12% RI, 3% inadequate. */
    private static int grade(double z) {
        if (z > 0.8416) {
            return 1;
        }
        if (z > -1.0364) {
            return 2;
        }
        return z > -1.8808 ? 3 : 4;
    }

    private static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private static String choose(SplittableRandom r, String[] values, double[] shares) {
        double u = r.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= shares[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The schools drawn, in URN order. */
    List<SchoolSpec> schools() {
        return schools;
    }

    /**
     * Writes every file into {@code dir} (created if needed) and returns them, register first.
     *
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom files = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Path> written = new ArrayList<>();
        written.add(register(dir.resolve("synthetic_school_information.csv")));
        written.add(ofsted(dir.resolve("synthetic_ofsted_inspections.csv")));
        for (int year = RESULTS_YEAR - 2; year <= RESULTS_YEAR; year++) {
            written.add(ks2(dir.resolve("synthetic_ks2final_" + label(year) + ".csv"), year));
            written.add(ks4(dir.resolve("synthetic_ks4final_" + label(year) + ".csv"), year));
        }
        written.add(clusters(dir.resolve("synthetic_clusters.csv")));
        written.add(intelligence(dir.resolve("synthetic_local_intelligence.csv"), files.split()));
        written.addAll(new SyntheticFinance(authorities, size.spendingItems(), source).write(dir, files.split()));
        written.addAll(new SyntheticBrokering(authorities, source).write(dir, files.split()));
        return written;
    }

    /** 2019 gives "2018-19". */
    static String label(int endYear) {
        return (endYear - 1) + "-" + String.format(Locale.ROOT, "%02d", endYear % 100);
    }

    private Path register(Path file) throws IOException {
        try (Csv csv = new Csv(
                file,
                "URN,LANAME,LA,ESTAB,LAESTAB,SCHNAME,STREET,LOCALITY,ADDRESS3,TOWN,POSTCODE,SCHSTATUS,OPENDATE,CLOSEDATE,"
                        + "MINORGROUP,SCHOOLTYPE,ISPRIMARY,ISSECONDARY,ISPOST16,AGELOW,AGEHIGH,GENDER,RELCHAR,ADMPOL,"
                        + "OFSTEDRATING,OFSTEDLASTINSP,SOURCE")) {
            for (SchoolSpec s : schools) {
                Judgement latest =
                        s.inspections().isEmpty() ? null : s.inspections().get(0);
                String group = s.kind() == SchoolKind.SPECIAL
                        ? "Special school"
                        : s.type().startsWith("Free") ? "Free School" : s.academy() ? "Academy" : "Maintained school";
                csv.row(
                        s.urn(),
                        s.la().name(),
                        s.la().code(),
                        s.estab(),
                        s.la().code() * 10_000 + s.estab(),
                        s.name(),
                        (s.urn() % 97 + 1) + " School Lane",
                        "",
                        "",
                        s.town(),
                        postcode(s),
                        s.status(),
                        s.openDate(),
                        s.closeDate(),
                        group,
                        s.type(),
                        s.kind().isPrimary,
                        s.kind().isSecondary,
                        s.kind() == SchoolKind.SECONDARY && s.urn() % 3 != 0 ? 1 : 0,
                        s.kind().ageLow,
                        s.kind().ageHigh,
                        "Mixed",
                        s.type().startsWith("Voluntary") ? "Church of England" : "Does not apply",
                        "Not applicable",
                        latest == null ? "" : latest.words(),
                        latest == null ? "" : DMY.format(latest.date()),
                        source);
            }
        }
        return file;
    }

    private static String postcode(SchoolSpec s) {
        int n = s.urn();
        return (char) ('A' + n % 26) + "" + (char) ('A' + n / 26 % 26) + (1 + n % 19) + " " + (n % 10)
                + (char) ('A' + n / 7 % 26) + (char) ('A' + n / 11 % 26);
    }

    private Path ofsted(Path file) throws IOException {
        try (Csv csv = new Csv(
                file, "URN,School name,Ofsted phase,Inspection date,Publication date,Overall effectiveness,SOURCE")) {
            for (SchoolSpec s : schools) {
                for (Judgement j : s.inspections()) {
                    csv.row(
                            s.urn(),
                            s.name(),
                            s.kind().ofstedPhase,
                            j.date(),
                            j.date().plusDays(30 + s.urn() % 20),
                            j.grade(),
                            source);
                }
            }
        }
        return file;
    }

    private SplittableRandom resultsStream(SchoolSpec s, int year, int keyStage) {
        return new SplittableRandom(s.resultsSeed() ^ (year * 0x9E3779B97F4A7C15L) ^ keyStage);
    }

    private Path ks2(Path file, int year) throws IOException {
        try (Csv csv = new Csv(
                file,
                "RECTYPE,LEA,ESTAB,URN,SCHNAME,TELIG,PTFSM6CLA1A,PTRWM_EXP,PTRWM_HIGH,READPROG,READPROG_LOWER,"
                        + "READPROG_UPPER,WRITPROG,WRITPROG_LOWER,WRITPROG_UPPER,MATPROG,MATPROG_LOWER,MATPROG_UPPER,"
                        + "PTRWM_EXP_FSM6CLA1A,PTRWM_EXP_NotFSM6CLA1A,SOURCE")) {
            for (SchoolSpec s : schools) {
                boolean special = s.kind() == SchoolKind.SPECIAL;
                if (!s.kind().hasKs2() && !(special && s.urn() % 5 < 2)) {
                    continue;
                }
                SplittableRandom r = resultsStream(s, year, 2);
                int pupils = clamp((int) Math.round(s.cohort() * (0.9 + 0.2 * r.nextDouble())), 1, 200);
                double years = year - RESULTS_YEAR;
                double level = 2.0 * s.progress() + s.trend() * years;
                double[] progress = new double[3];
                double[] half = new double[3];
                for (int i = 0; i < 3; i++) {
                    progress[i] = round1(level + 1.5 * r.nextGaussian() + (special ? -4 : 0));
                    half[i] = round1(1.96 * 6.5 / Math.sqrt(pupils));
                }
                int rwm = clamp(
                        (int) Math.round(64
                                + 2.5 * (progress[0] + progress[1] + progress[2]) / 3
                                + 6 * s.quality()
                                + 8 * r.nextGaussian()),
                        0,
                        100);
                int high = clamp((int) Math.round(rwm * (0.1 + 0.1 * r.nextDouble())), 0, 100);
                double fsmShare = clamp((int) Math.round(100 * (0.25 + 0.12 * r.nextGaussian())), 2, 90) / 100.0;
                int other = clamp((int) Math.round(rwm + s.ks2Gap() * fsmShare), 0, 100);
                int disadvantaged = clamp((int) Math.round(other - s.ks2Gap()), 0, 100);
                boolean suppressed = pupils <= 10;
                boolean smallGroup = pupils * fsmShare < 6 || pupils * (1 - fsmShare) < 6;
                boolean lowCoverage = r.nextDouble() < 0.01;
                boolean noEntries = r.nextDouble() < 0.003;
                List<Object> cells = new ArrayList<>(List.of(
                        special ? 2 : 1,
                        s.la().code(),
                        s.estab(),
                        s.urn(),
                        s.name(),
                        pupils,
                        suppressed ? "SUPP" : percent(fsmShare * 100)));
                String att = suppressed ? "SUPP" : noEntries ? "NE" : rwm + "%";
                cells.add(att);
                cells.add(suppressed ? "SUPP" : noEntries ? "NE" : high + "%");
                for (int i = 0; i < 3; i++) {
                    if (suppressed || lowCoverage) {
                        String marker = suppressed ? "SUPP" : "LOWCOV";
                        cells.addAll(List.of(marker, marker, marker));
                    } else {
                        cells.addAll(
                                List.of(fmt1(progress[i]), fmt1(progress[i] - half[i]), fmt1(progress[i] + half[i])));
                    }
                }
                cells.add(suppressed || smallGroup ? "SUPP" : disadvantaged + "%");
                cells.add(suppressed || smallGroup ? "SUPP" : other + "%");
                cells.add(source);
                csv.row(cells.toArray());
            }
        }
        return file;
    }

    private Path ks4(Path file, int year) throws IOException {
        try (Csv csv = new Csv(
                file,
                "RECTYPE,LEA,ESTAB,URN,SCHNAME,TPUP,P8PUP,P8MEACOV,P8MEA,P8CILOW,P8CIUPP,ATT8SCR,PTL2BASICS_95,"
                        + "PTL2BASICS_94,P8MEA_FSM6CLA1A,P8MEA_NFSM6CLA1A,SOURCE")) {
            for (SchoolSpec s : schools) {
                boolean special = s.kind() == SchoolKind.SPECIAL;
                if (s.kind() != SchoolKind.SECONDARY && !(special && s.urn() % 5 >= 3)) {
                    continue;
                }
                SplittableRandom r = resultsStream(s, year, 4);
                int pupils = clamp((int) Math.round(s.cohort() * (0.9 + 0.2 * r.nextDouble())), 1, 450);
                int p8Pupils = Math.max(1, pupils - r.nextInt(1 + pupils / 20));
                int coverage = r.nextDouble() < 0.01 ? 30 + r.nextInt(20) : 90 + r.nextInt(11);
                double years = year - RESULTS_YEAR;
                double p8 = round2(
                        0.42 * s.progress() + 0.08 * s.trend() * years + 0.2 * r.nextGaussian() + (special ? -1.2 : 0));
                double half = round2(1.96 * 1.25 / Math.sqrt(p8Pupils));
                double att8 = round1(46 + 10 * p8 + 4 * r.nextGaussian());
                int grade5 = clamp((int) Math.round(43 + 25 * p8 + 8 * r.nextGaussian()), 0, 100);
                int grade4 = clamp(grade5 + 18 + r.nextInt(8), 0, 100);
                double other = round2(p8 + 0.15);
                double disadvantaged = round2(other - s.ks4Gap());
                boolean suppressed = pupils <= 10;
                boolean smallGroup = pupils < 25;
                String p8Marker = suppressed ? "SUPP" : null;
                csv.row(
                        special ? 2 : 1,
                        s.la().code(),
                        s.estab(),
                        s.urn(),
                        s.name(),
                        pupils,
                        suppressed ? "SUPP" : p8Pupils,
                        suppressed ? "SUPP" : coverage + "%",
                        p8Marker != null ? p8Marker : fmt2(p8),
                        p8Marker != null ? p8Marker : fmt2(p8 - half),
                        p8Marker != null ? p8Marker : fmt2(p8 + half),
                        suppressed ? "SUPP" : fmt1(att8),
                        suppressed ? "SUPP" : grade5 + "%",
                        suppressed ? "SUPP" : grade4 + "%",
                        suppressed || smallGroup ? "SUPP" : fmt2(disadvantaged),
                        suppressed || smallGroup ? "SUPP" : fmt2(other),
                        source);
            }
        }
        return file;
    }

    private Path clusters(Path file) throws IOException {
        try (Csv csv = new Csv(file, "URN,CLUSTER_ID,CLUSTER_NAME,SOURCE")) {
            for (Authority la : authorities) {
                List<SchoolSpec> members = la.schools();
                for (int i = 0; i < members.size(); i++) {
                    int cluster = i / 12 + 1;
                    csv.row(
                            members.get(i).urn(),
                            "LA" + la.code() + "-C" + cluster,
                            la.name() + " cluster " + cluster,
                            source);
                }
            }
        }
        return file;
    }

    private Path intelligence(Path file, SplittableRandom r) throws IOException {
        String[] kinds = {"SAFEGUARDING", "LEADERSHIP_CHANGE", "GOVERNANCE", "FINANCE", "COMPLAINTS", "OTHER"};
        double[] shares = {0.15, 0.35, 0.15, 0.15, 0.10, 0.10};
        try (Csv csv = new Csv(file, "URN,KIND,RECORDED_ON,NOTE,RECORDED_BY,SOURCE")) {
            for (SchoolSpec s : schools) {
                if (r.nextDouble() >= 0.03) {
                    continue;
                }
                String kind = choose(r, kinds, shares);
                LocalDate on = day(r, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 12, 20));
                csv.row(
                        s.urn(),
                        kind,
                        on,
                        "Synthetic " + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " concern",
                        "Benchmark officer",
                        source);
            }
        }
        return file;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", round1(v));
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", round2(v));
    }

    private static String percent(double v) {
        return Math.round(v) + "%";
    }

    /** A CSV file written row by row, quoting a cell only where it needs it. */
    static final class Csv implements AutoCloseable {

        private final BufferedWriter out;

        Csv(Path file, String header) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(header);
            out.write('\n');
        }

        void row(Object... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String text = cells[i] == null ? "" : cells[i].toString();
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0) {
                    out.write('"' + text.replace("\"", "\"\"") + '"');
                } else {
                    out.write(text);
                }
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
