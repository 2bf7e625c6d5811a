package org.tierwise.finance.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.finance.Fund;
import org.tierwise.finance.FundKind;
import org.tierwise.finance.FundRepository;
import org.tierwise.finance.ReservePolicy;
import org.tierwise.finance.ReservePolicyRepository;
import org.tierwise.imports.CsvRow;
import org.tierwise.imports.CsvTable;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportTally;
import org.tierwise.imports.Importer;
import org.tierwise.imports.MaxLengths;
import org.tierwise.imports.RowError;
import org.tierwise.imports.RowReader;

/**
 * Imports reserve policies: {@code FUND_REF, MIN_PERCENT_OF_DSG, MAX_PERCENT_OF_DSG, RISK_COVER,
 * PERMITTED_CATEGORIES[, RISKS, SOURCE]}, one per DSG reserve; categories separated by ';'.
 */
@Component
class ReservePolicyImporter implements Importer {

    private static final String CATEGORIES = "category names separated by ';', from "
            + Arrays.stream(ExpenditureCategory.values()).map(Enum::name).collect(Collectors.joining(", "));
    private static final String PERCENT = "a percentage of DSG such as 2.0";

    private final ReservePolicyRepository policies;
    private final FundRepository funds;

    ReservePolicyImporter(ReservePolicyRepository policies, FundRepository funds) {
        this.policies = policies;
        this.funds = funds;
    }

    @Override
    public String kind() {
        return "finance-reserve-policies";
    }

    @Override
    public String description() {
        return "a finance reserve policies file";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("FUND_REF") && table.has("MIN_PERCENT_OF_DSG");
    }

    @Override
    public String requiredColumns() {
        return "FUND_REF, MIN_PERCENT_OF_DSG, MAX_PERCENT_OF_DSG, RISK_COVER, PERMITTED_CATEGORIES";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(60, "FUND_REF")
                .column(1000, "PERMITTED_CATEGORIES")
                .column(500, "RISKS", "SOURCE")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Map<String, FundKind> reserves =
                funds.findAll().stream().collect(Collectors.toMap(Fund::getRef, Fund::getKind));
        Map<String, ReservePolicy> held =
                policies.findAll().stream().collect(Collectors.toMap(ReservePolicy::getFundRef, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<ReservePolicy> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<String> fundRef = row.required("FUND_REF", "the FUND_REF of a DSG_RESERVE fund already imported")
                    .filter(f -> {
                        if (reserves.get(f) != FundKind.DSG_RESERVE) {
                            row.error("FUND_REF", f, "the FUND_REF of a DSG_RESERVE fund already imported");
                            return false;
                        }
                        return true;
                    });
            Optional<BigDecimal> min =
                    row.required("MIN_PERCENT_OF_DSG", PERCENT).flatMap(v -> row.percentage("MIN_PERCENT_OF_DSG"));
            Optional<BigDecimal> max =
                    row.required("MAX_PERCENT_OF_DSG", PERCENT).flatMap(v -> row.percentage("MAX_PERCENT_OF_DSG"));
            Optional<BigDecimal> riskCover = FinanceCells.money(row, "RISK_COVER", true, false);
            Optional<String> categories = row.required("PERMITTED_CATEGORIES", CATEGORIES)
                    .flatMap(v -> row.parse("PERMITTED_CATEGORIES", v, CATEGORIES, ReservePolicyImporter::categories));
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                row.error(
                        "MAX_PERCENT_OF_DSG",
                        max.get().toPlainString(),
                        "at least MIN_PERCENT_OF_DSG (" + min.get() + ")");
                continue;
            }
            if (fundRef.isEmpty() || min.isEmpty() || max.isEmpty() || riskCover.isEmpty() || categories.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(fundRef.get(), row.line());
            if (first != null) {
                row.error("FUND_REF", fundRef.get(), "one policy per reserve (also on line " + first + ")");
                continue;
            }
            ReservePolicy policy = held.get(fundRef.get());
            boolean created = policy == null;
            if (created) {
                policy = new ReservePolicy();
                policy.setFundRef(fundRef.get());
            }
            ReservePolicy p = policy;
            boolean dirty = FinanceCells.set(p::getMinPercentOfDsg, p::setMinPercentOfDsg, min.get());
            dirty |= FinanceCells.set(p::getMaxPercentOfDsg, p::setMaxPercentOfDsg, max.get());
            dirty |= FinanceCells.set(p::getRiskCover, p::setRiskCover, riskCover.get());
            dirty |= FinanceCells.set(p::getPermittedCategories, p::setPermittedCategories, categories.get());
            dirty |=
                    FinanceCells.set(p::getRisks, p::setRisks, row.text("RISKS").orElse(null));
            dirty |= FinanceCells.set(
                    p::getDataSource, p::setDataSource, row.text("SOURCE").orElse(table.fileName()));
            if (created) {
                tally.created();
            } else {
                tally.existing(dirty);
            }
            if (dirty) {
                changed.add(p);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the reserve policies file has bad rows", errors);
        }
        policies.saveAll(changed);
        return tally.report();
    }

    /** Checks each name and returns the list in its stored form. */
    private static String categories(String text) {
        return Arrays.stream(text.split(";"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(name -> ExpenditureCategory.valueOf(name.toUpperCase(Locale.ROOT))
                        .name())
                .collect(Collectors.joining(";"));
    }
}
