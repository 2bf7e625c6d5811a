package org.tierwise.finance.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.finance.Fund;
import org.tierwise.finance.FundRepository;
import org.tierwise.finance.RecipientType;
import org.tierwise.finance.SpendItem;
import org.tierwise.finance.SpendItemRepository;
import org.tierwise.finance.SpendKind;
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
 * Imports spending items: {@code ITEM_REF, FUND_REF, KIND, AMOUNT, DATE, PURPOSE, CATEGORY, RECIPIENT,
 * RECIPIENT_TYPE[, PREVIOUS_YEAR_AMOUNT, MATCH_REQUIRED, MATCH_FOR, SOURCE]}. Every FUND_REF must be a
 * fund already held, and every MATCH_FOR an item in the file or held; otherwise nothing is stored.
 */
@Component
class SpendItemImporter implements Importer {

    private final SpendItemRepository items;
    private final FundRepository funds;

    SpendItemImporter(SpendItemRepository items, FundRepository funds) {
        this.items = items;
        this.funds = funds;
    }

    @Override
    public String kind() {
        return "finance-spending";
    }

    @Override
    public String description() {
        return "a finance spending items file";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("ITEM_REF") && table.has("AMOUNT");
    }

    @Override
    public String requiredColumns() {
        return "ITEM_REF, FUND_REF, KIND, AMOUNT, DATE, PURPOSE, CATEGORY, RECIPIENT, RECIPIENT_TYPE";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(60, "ITEM_REF", "FUND_REF", "MATCH_FOR")
                .column(500, "PURPOSE")
                .column(200, "RECIPIENT")
                .column(500, "SOURCE")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Set<String> fundRefs = funds.findAll().stream().map(Fund::getRef).collect(Collectors.toSet());
        Map<String, SpendItem> held =
                items.findAll().stream().collect(Collectors.toMap(SpendItem::getRef, Function.identity()));
        Set<String> itemRefs = new HashSet<>(held.keySet());
        table.rows()
                .forEach(raw ->
                        table.reader(raw, new ArrayList<>()).text("ITEM_REF").ifPresent(itemRefs::add));
        Map<String, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<SpendItem> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<String> ref = row.required("ITEM_REF", "an item reference such as NOTT-01");
            Optional<String> fundRef = row.required("FUND_REF", "the FUND_REF of a fund already imported")
                    .filter(f -> {
                        if (!fundRefs.contains(f)) {
                            row.error(
                                    "FUND_REF",
                                    f,
                                    "the FUND_REF of a fund already imported (import the funds file first)");
                            return false;
                        }
                        return true;
                    });
            Optional<SpendKind> kind = FinanceCells.code(row, "KIND", SpendKind.class);
            Optional<BigDecimal> amount = FinanceCells.money(row, "AMOUNT", true, false);
            Optional<LocalDate> date =
                    row.required("DATE", "a date such as 2015-07-03").flatMap(d -> row.date("DATE"));
            Optional<String> purpose = row.required("PURPOSE", "what the money is for");
            Optional<ExpenditureCategory> category = FinanceCells.code(row, "CATEGORY", ExpenditureCategory.class);
            Optional<String> recipient = row.required("RECIPIENT", "who receives the money");
            Optional<RecipientType> recipientType = FinanceCells.code(row, "RECIPIENT_TYPE", RecipientType.class);
            BigDecimal previousYear = FinanceCells.money(row, "PREVIOUS_YEAR_AMOUNT", false, false)
                    .orElse(null);
            BigDecimal matchRequired =
                    FinanceCells.money(row, "MATCH_REQUIRED", false, false).orElse(null);
            String matchFor = row.text("MATCH_FOR").orElse(null);
            if (matchFor != null && !itemRefs.contains(matchFor)) {
                row.error("MATCH_FOR", matchFor, "the ITEM_REF of an item in this file or already imported");
            }
            if (ref.isEmpty()
                    || fundRef.isEmpty()
                    || kind.isEmpty()
                    || amount.isEmpty()
                    || date.isEmpty()
                    || purpose.isEmpty()
                    || category.isEmpty()
                    || recipient.isEmpty()
                    || recipientType.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(ref.get(), row.line());
            if (first != null) {
                row.error("ITEM_REF", ref.get(), "a reference used once (also on line " + first + ")");
                continue;
            }
            SpendItem item = held.get(ref.get());
            boolean created = item == null;
            if (created) {
                item = new SpendItem();
                item.setRef(ref.get());
            }
            SpendItem i = item;
            boolean dirty = FinanceCells.set(i::getFundRef, i::setFundRef, fundRef.get());
            dirty |= FinanceCells.set(i::getKind, i::setKind, kind.get());
            dirty |= FinanceCells.set(i::getAmount, i::setAmount, amount.get());
            dirty |= FinanceCells.set(i::getDate, i::setDate, date.get());
            dirty |= FinanceCells.set(i::getPurpose, i::setPurpose, purpose.get());
            dirty |= FinanceCells.set(i::getCategory, i::setCategory, category.get());
            dirty |= FinanceCells.set(i::getRecipient, i::setRecipient, recipient.get());
            dirty |= FinanceCells.set(i::getRecipientType, i::setRecipientType, recipientType.get());
            dirty |= FinanceCells.set(i::getPreviousYearAmount, i::setPreviousYearAmount, previousYear);
            dirty |= FinanceCells.set(i::getMatchRequired, i::setMatchRequired, matchRequired);
            dirty |= FinanceCells.set(i::getMatchFor, i::setMatchFor, matchFor);
            dirty |= FinanceCells.set(
                    i::getDataSource, i::setDataSource, row.text("SOURCE").orElse(table.fileName()));
            if (created) {
                tally.created();
            } else {
                tally.existing(dirty);
            }
            if (dirty) {
                changed.add(i);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the spending items file has bad rows", errors);
        }
        items.saveAll(changed);
        return tally.report();
    }
}
