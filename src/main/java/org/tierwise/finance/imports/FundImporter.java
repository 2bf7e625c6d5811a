package org.tierwise.finance.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.finance.FinancialYear;
import org.tierwise.finance.Fund;
import org.tierwise.finance.FundKind;
import org.tierwise.finance.FundRepository;
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
 * Imports funds: {@code FUND_REF, NAME, COUNCIL, FUND_KIND, FINANCIAL_YEAR, BUDGET, BALANCE[, SCHOOLS_BUDGET,
 * SOURCE]}. SCHOOLS_BUDGET, on a DSG fund, is the authority's schools budget for the year (SSFA s45A(2)).
 * A fund already held (same FUND_REF) is updated. Columns are documented in fixtures/README.md.
 */
@Component
class FundImporter implements Importer {

    private final FundRepository funds;

    FundImporter(FundRepository funds) {
        this.funds = funds;
    }

    @Override
    public String kind() {
        return "finance-funds";
    }

    @Override
    public String description() {
        return "a finance funds file";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("FUND_REF") && table.has("FUND_KIND");
    }

    @Override
    public String requiredColumns() {
        return "FUND_REF, NAME, COUNCIL, FUND_KIND, FINANCIAL_YEAR, BUDGET, BALANCE";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(60, "FUND_REF")
                .column(200, "NAME")
                .column(100, "COUNCIL")
                .column(500, "SOURCE")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Fund> held = funds.findAll().stream().collect(Collectors.toMap(Fund::getRef, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<Fund> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<String> ref = row.required("FUND_REF", "a fund reference such as NOTT-SSR-2015-16");
            Optional<String> name = row.required("NAME", "the fund's name");
            Optional<String> council = row.required("COUNCIL", "the council holding the fund, e.g. Nottingham");
            Optional<FundKind> kind = FinanceCells.code(row, "FUND_KIND", FundKind.class);
            Optional<String> year = row.required("FINANCIAL_YEAR", "a financial year such as 2015-16")
                    .flatMap(y -> row.parse("FINANCIAL_YEAR", y, "a financial year such as 2015-16", v -> {
                        FinancialYear.start(v);
                        return v;
                    }));
            Optional<BigDecimal> budget = FinanceCells.money(row, "BUDGET", true, false);
            Optional<BigDecimal> balance = FinanceCells.money(row, "BALANCE", true, true);
            BigDecimal schoolsBudget =
                    FinanceCells.money(row, "SCHOOLS_BUDGET", false, false).orElse(null);
            if (ref.isEmpty()
                    || name.isEmpty()
                    || council.isEmpty()
                    || kind.isEmpty()
                    || year.isEmpty()
                    || budget.isEmpty()
                    || balance.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(ref.get(), row.line());
            if (first != null) {
                row.error("FUND_REF", ref.get(), "a reference used once (also on line " + first + ")");
                continue;
            }
            Fund fund = held.get(ref.get());
            boolean created = fund == null;
            if (created) {
                fund = new Fund();
                fund.setRef(ref.get());
            }
            Fund f = fund;
            boolean dirty = FinanceCells.set(f::getName, f::setName, name.get());
            dirty |= FinanceCells.set(f::getCouncil, f::setCouncil, council.get());
            dirty |= FinanceCells.set(f::getKind, f::setKind, kind.get());
            dirty |= FinanceCells.set(f::getFinancialYear, f::setFinancialYear, year.get());
            dirty |= FinanceCells.set(f::getBudget, f::setBudget, budget.get());
            dirty |= FinanceCells.set(f::getBalance, f::setBalance, balance.get());
            dirty |= FinanceCells.set(f::getSchoolsBudget, f::setSchoolsBudget, schoolsBudget);
            dirty |= FinanceCells.set(
                    f::getDataSource, f::setDataSource, row.text("SOURCE").orElse(table.fileName()));
            if (created) {
                tally.created();
            } else {
                tally.existing(dirty);
            }
            if (dirty) {
                changed.add(f);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the funds file has bad rows", errors);
        }
        funds.saveAll(changed);
        return tally.report();
    }
}
