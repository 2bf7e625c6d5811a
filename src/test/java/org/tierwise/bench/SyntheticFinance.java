package org.tierwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tierwise.bench.SyntheticEngland.Authority;
import org.tierwise.bench.SyntheticEngland.Csv;
import org.tierwise.bench.SyntheticEngland.SchoolSpec;

/**
 * The finance files of a synthetic England in the formats of {@code fixtures/README.md}: six funds
 * per authority for 2018-19 (DSG, schools block, central block, DSG reserve, general fund,
 * improvement fund), spending items spread over them, the approvals councils record (mostly for a
 * whole fund, a few for single items) and a reserve policy per DSG reserve. Some funds overspend,
 * some DSGs are in deficit and some items lack the approval they need, so the checks find flags.
 */
final class SyntheticFinance {

    /**
     * The synthetic approvals approve whole funds; an approval of a fund covers only the categories it
     * lists, so these list every category, as the blanket approvals they stand for.
     */
    private static final String ALL_CATEGORIES = java.util.Arrays.stream(
                    org.tierwise.finance.ExpenditureCategory.values())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.joining(";"));

    private static final String YEAR = "2018-19";
    private static final LocalDate YEAR_START = LocalDate.of(2018, 4, 1);

    private final List<Authority> authorities;
    private final int spendingItems;
    private final String source;

    SyntheticFinance(List<Authority> authorities, int spendingItems, String source) {
        this.authorities = authorities;
        this.spendingItems = spendingItems;
        this.source = source;
    }

    /** A fund as written, with what its items add up to. */
    private record Fund(String ref, String kind, Authority la, double budget, double balance) {}

    /** One spending item, drawn before its fund's budget is fixed. */
    private record Item(
            String ref,
            Fund fund,
            String kind,
            long amount,
            LocalDate date,
            String category,
            String recipient,
            String recipientType,
            Long previousYear,
            Long matchRequired,
            String matchFor) {}

    List<Path> write(Path dir, SplittableRandom r) throws IOException {
        List<Fund[]> funds = new ArrayList<>();
        for (Authority la : authorities) {
            double dsg = Math.max(1, la.schools().size()) * 2_200_000.0 * (0.9 + 0.2 * r.nextDouble());
            double dsgBalance =
                    r.nextDouble() < 0.2 ? -dsg * (0.001 + 0.04 * r.nextDouble()) : dsg * 0.03 * r.nextDouble();
            String p = "LA" + la.code() + "-";
            funds.add(new Fund[] {
                new Fund(p + "DSG-" + YEAR, "DSG", la, Math.round(dsg), Math.round(dsgBalance)),
                new Fund(p + "SB-" + YEAR, "DSG_SCHOOLS_BLOCK", la, Math.round(dsg * 0.78), 0),
                new Fund(p + "CSSB-" + YEAR, "DSG_CENTRAL_BLOCK", la, 0, 0),
                new Fund(p + "RES-" + YEAR, "DSG_RESERVE", la, Math.round(dsg * 0.025), Math.round(dsg * 0.025)),
                new Fund(p + "GF-" + YEAR, "GENERAL_FUND", la, 0, 0),
                new Fund(p + "SIF-" + YEAR, "IMPROVEMENT_FUND", la, 0, 0)
            });
        }
        List<Item> items = items(r, funds);
        java.util.Map<String, Long> spent = new java.util.HashMap<>();
        items.forEach(i -> spent.merge(i.fund().ref(), i.amount(), Long::sum));
        Path fundFile = dir.resolve("synthetic_finance_funds.csv");
        try (Csv csv = new Csv(fundFile, "FUND_REF,NAME,COUNCIL,FUND_KIND,FINANCIAL_YEAR,BUDGET,BALANCE,SOURCE")) {
            for (Fund[] la : funds) {
                for (Fund f : la) {
                    double budget = f.budget();
                    if (budget == 0) { // spending funds: what the items need, give or take
                        long needed = spent.getOrDefault(f.ref(), 0L);
                        budget = Math.round(Math.max(10_000, needed * (0.92 + 0.25 * r.nextDouble())));
                    }
                    csv.row(
                            f.ref(),
                            name(f.kind()),
                            f.la().name(),
                            f.kind(),
                            YEAR,
                            (long) budget,
                            (long) (f.balance() == 0 && !f.kind().startsWith("DSG") ? budget : f.balance()),
                            source);
                }
            }
        }
        Path itemFile = dir.resolve("synthetic_finance_spending.csv");
        try (Csv csv = new Csv(
                itemFile,
                "ITEM_REF,FUND_REF,KIND,AMOUNT,DATE,PURPOSE,CATEGORY,RECIPIENT,RECIPIENT_TYPE,PREVIOUS_YEAR_AMOUNT,"
                        + "MATCH_REQUIRED,MATCH_FOR,SOURCE")) {
            for (Item i : items) {
                csv.row(
                        i.ref(),
                        i.fund().ref(),
                        i.kind(),
                        i.amount(),
                        i.date(),
                        purpose(i),
                        i.category(),
                        i.recipient(),
                        i.recipientType(),
                        i.previousYear(),
                        i.matchRequired(),
                        i.matchFor(),
                        source);
            }
        }
        Path approvalFile = dir.resolve("synthetic_finance_approvals.csv");
        try (Csv csv =
                new Csv(approvalFile, "APPROVAL_REF,BODY,APPROVED_ON,REFERENCE,AMOUNT,SCOPE,CATEGORIES,SOURCE")) {
            int n = 0;
            for (Fund[] la : funds) {
                String council = la[0].la().name();
                if (la[0].balance() < 0 && r.nextBoolean()) {
                    csv.row(
                            "A" + ++n,
                            "SECRETARY_OF_STATE",
                            "2018-03-20",
                            council + " DSG deficit recovery plan",
                            "",
                            la[0].ref(),
                            ALL_CATEGORIES,
                            source);
                    csv.row(
                            "A" + ++n,
                            "SCHOOLS_FORUM",
                            "2018-03-14",
                            council + " schools forum: deficit management plan",
                            "",
                            la[0].ref(),
                            ALL_CATEGORIES,
                            source);
                }
                if (r.nextDouble() < 0.7) {
                    csv.row(
                            "A" + ++n,
                            "SCHOOLS_FORUM",
                            "2018-03-14",
                            council + " schools forum: block transfer",
                            "",
                            la[1].ref(),
                            ALL_CATEGORIES,
                            source);
                }
                if (r.nextDouble() < 0.9) {
                    csv.row(
                            "A" + ++n,
                            "SCHOOLS_FORUM",
                            "2018-03-14",
                            council + " schools forum: central school services",
                            "",
                            la[2].ref(),
                            ALL_CATEGORIES,
                            source);
                }
                if (r.nextDouble() < 0.8) {
                    csv.row(
                            "A" + ++n,
                            "SCHOOLS_FORUM",
                            "2018-03-14",
                            council + " schools forum: use of the reserve",
                            "",
                            la[3].ref(),
                            ALL_CATEGORIES,
                            source);
                }
                csv.row(
                        "A" + ++n,
                        "EXECUTIVE",
                        "2018-02-20",
                        council + " cabinet: budget 2018-19",
                        "",
                        la[4].ref(),
                        ALL_CATEGORIES,
                        source);
            }
            for (Item i : items) {
                if (i.kind().equals("VIREMENT") && r.nextDouble() < 0.6) {
                    csv.row(
                            "A" + ++n,
                            "SCHOOLS_FORUM",
                            i.date().minusDays(7),
                            "Schools forum: virement " + i.ref(),
                            i.amount(),
                            i.ref(),
                            "",
                            source);
                }
            }
        }
        Path policyFile = dir.resolve("synthetic_finance_reserve_policies.csv");
        try (Csv csv = new Csv(
                policyFile,
                "FUND_REF,MIN_PERCENT_OF_DSG,MAX_PERCENT_OF_DSG,RISK_COVER,PERMITTED_CATEGORIES,RISKS,SOURCE")) {
            for (Fund[] la : funds) {
                Fund reserve = la[3];
                csv.row(
                        reserve.ref(),
                        String.format(java.util.Locale.ROOT, "%.1f", 1 + r.nextDouble()),
                        String.format(java.util.Locale.ROOT, "%.1f", 3 + 2 * r.nextDouble()),
                        Math.round(reserve.budget() * (0.2 + 0.4 * r.nextDouble())),
                        "SCHOOL_IMPROVEMENT;GROWTH_FUND;FALLING_ROLLS_FUND;DE_DELEGATED;HIGH_NEEDS",
                        "Falling rolls and high-needs growth",
                        source);
            }
        }
        return List.of(fundFile, itemFile, approvalFile, policyFile);
    }

    private List<Item> items(SplittableRandom r, List<Fund[]> funds) {
        String[] categories = {
            "SCHOOL_IMPROVEMENT",
            "LA_FUNCTION",
            "DE_DELEGATED",
            "HISTORIC_OTHER",
            "GROWTH_FUND",
            "LICENCES",
            "NON_EDUCATION"
        };
        double[] categoryShares = {0.80, 0.05, 0.05, 0.03, 0.03, 0.02, 0.02};
        String[] recipientTypes = {"MAINTAINED_SCHOOL", "ACADEMY", "TRUST", "COMPANY", "INDIVIDUAL", "COUNCIL"};
        double[] recipientShares = {0.35, 0.20, 0.10, 0.20, 0.10, 0.05};
        List<Item> items = new ArrayList<>();
        for (int n = 0; n < spendingItems; n++) {
            Fund[] la = funds.get(r.nextInt(funds.size()));
            double f = r.nextDouble();
            // improvement fund 45%, central block 25%, general fund 23%, reserve 5%, schools block 2%
            Fund fund = f < 0.45 ? la[5] : f < 0.70 ? la[2] : f < 0.93 ? la[4] : f < 0.98 ? la[3] : la[1];
            String ref = "LA" + fund.la().code() + "-" + String.format("%06d", n + 1);
            LocalDate date = YEAR_START.plusDays(r.nextInt(365));
            if (fund.kind().equals("DSG_SCHOOLS_BLOCK")) {
                long amount = Math.round(fund.budget() * 0.0025 * r.nextDouble());
                items.add(new Item(
                        ref,
                        fund,
                        "TRANSFER",
                        Math.max(1, amount),
                        date,
                        "HIGH_NEEDS",
                        fund.la().name() + " high needs block",
                        "COUNCIL",
                        null,
                        null,
                        null));
                continue;
            }
            String recipientType = pick(r, recipientTypes, recipientShares);
            double k = r.nextDouble();
            String kind = k < 0.55 ? "PAYMENT" : k < 0.90 ? "PURCHASE" : "VIREMENT";
            if (kind.equals("VIREMENT")) {
                recipientType = "MAINTAINED_SCHOOL";
            }
            long amount = Math.max(100, Math.min(300_000, Math.round(6_000 * Math.exp(r.nextGaussian()))));
            Long previous = r.nextDouble() < 0.2 ? Math.round(amount * (0.8 + 0.4 * r.nextDouble())) : null;
            items.add(new Item(
                    ref,
                    fund,
                    kind,
                    amount,
                    date,
                    pick(r, categories, categoryShares),
                    recipient(r, fund.la(), recipientType),
                    recipientType,
                    previous,
                    null,
                    null));
            if (r.nextDouble() < 0.005 && n + 1 < spendingItems) { // match-funded, usually matched by the general fund
                Item funded = items.remove(items.size() - 1);
                items.add(new Item(
                        funded.ref(),
                        funded.fund(),
                        funded.kind(),
                        funded.amount(),
                        funded.date(),
                        funded.category(),
                        funded.recipient(),
                        funded.recipientType(),
                        funded.previousYear(),
                        funded.amount(),
                        null));
                n++;
                long match = r.nextDouble() < 0.8 ? funded.amount() : funded.amount() / 2;
                items.add(new Item(
                        "LA" + fund.la().code() + "-" + String.format("%06d", n + 1),
                        la[4],
                        "TRANSFER",
                        match,
                        date,
                        "SCHOOL_IMPROVEMENT",
                        funded.recipient(),
                        funded.recipientType(),
                        null,
                        null,
                        funded.ref()));
            }
        }
        return items;
    }

    private static String recipient(SplittableRandom r, Authority la, String type) {
        List<SchoolSpec> schools = la.schools();
        return switch (type) {
            case "MAINTAINED_SCHOOL", "ACADEMY" ->
                schools.isEmpty()
                        ? la.name() + " school"
                        : schools.get(r.nextInt(schools.size())).name();
            case "TRUST" -> la.name() + " Learning Trust " + (1 + r.nextInt(8));
            case "COMPANY" -> "School Improvement Partners " + (1 + r.nextInt(40)) + " Ltd";
            case "INDIVIDUAL" -> "Independent adviser " + (1 + r.nextInt(60));
            default -> la.name();
        };
    }

    private static String pick(SplittableRandom r, String[] values, double[] shares) {
        double u = r.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= shares[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String name(String kind) {
        return switch (kind) {
            case "DSG" -> "Dedicated Schools Grant";
            case "DSG_SCHOOLS_BLOCK" -> "DSG schools block";
            case "DSG_CENTRAL_BLOCK" -> "Central school services block";
            case "DSG_RESERVE" -> "DSG reserve";
            case "GENERAL_FUND" -> "General fund: school improvement";
            default -> "School improvement fund";
        };
    }

    private static String purpose(Item i) {
        return switch (i.category()) {
            case "SCHOOL_IMPROVEMENT" -> "School improvement support";
            case "LA_FUNCTION" -> "Council improvement service costs";
            case "DE_DELEGATED" -> "De-delegated school improvement";
            case "HISTORIC_OTHER" -> "Historic commitment";
            case "GROWTH_FUND" -> "Growth fund allocation";
            case "LICENCES" -> "Central licences";
            case "HIGH_NEEDS" -> "Transfer to the high needs block";
            default -> "Other council spending";
        };
    }
}
