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
import org.tierwise.finance.Approval;
import org.tierwise.finance.ApprovalBody;
import org.tierwise.finance.ApprovalRepository;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.finance.Fund;
import org.tierwise.finance.FundRepository;
import org.tierwise.finance.SpendItem;
import org.tierwise.finance.SpendItemRepository;
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
 * Imports approvals: {@code APPROVAL_REF, BODY, APPROVED_ON, REFERENCE, SCOPE[, AMOUNT, CATEGORIES, SOURCE]}.
 * SCOPE names the spending item or the fund approved, which must already be held; a blank AMOUNT
 * approves without a stated limit. CATEGORIES (names separated by ';') says what an approval of a
 * whole fund is for: it covers only the fund's items of those categories, and none without them.
 */
@Component
class ApprovalImporter implements Importer {

    private static final String CATEGORIES =
            "category names separated by ';', from " + java.util.Arrays.toString(ExpenditureCategory.values());

    private final ApprovalRepository approvals;
    private final FundRepository funds;
    private final SpendItemRepository items;

    ApprovalImporter(ApprovalRepository approvals, FundRepository funds, SpendItemRepository items) {
        this.approvals = approvals;
        this.funds = funds;
        this.items = items;
    }

    @Override
    public String kind() {
        return "finance-approvals";
    }

    @Override
    public String description() {
        return "a finance approvals file";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("APPROVAL_REF") && table.has("BODY");
    }

    @Override
    public String requiredColumns() {
        return "APPROVAL_REF, BODY, APPROVED_ON, REFERENCE, SCOPE, AMOUNT";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(60, "APPROVAL_REF", "SCOPE")
                .column(300, "REFERENCE")
                .column(1000, "CATEGORIES")
                .column(500, "SOURCE")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Set<String> scopes = new HashSet<>();
        funds.findAll().stream().map(Fund::getRef).forEach(scopes::add);
        items.findAll().stream().map(SpendItem::getRef).forEach(scopes::add);
        Map<String, Approval> held =
                approvals.findAll().stream().collect(Collectors.toMap(Approval::getRef, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<Approval> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<String> ref = row.required("APPROVAL_REF", "an approval reference such as ROTH-A2");
            Optional<ApprovalBody> body = FinanceCells.code(row, "BODY", ApprovalBody.class);
            Optional<LocalDate> date =
                    row.required("APPROVED_ON", "a date such as 2013-04-10").flatMap(d -> row.date("APPROVED_ON"));
            Optional<String> reference = row.required("REFERENCE", "the minute or report, e.g. Cabinet 10 April 2013");
            BigDecimal amount = FinanceCells.money(row, "AMOUNT", false, false).orElse(null);
            String categories = row.text("CATEGORIES")
                    .flatMap(v -> row.parse("CATEGORIES", v, CATEGORIES, ApprovalImporter::categories))
                    .orElse(null);
            Optional<String> scope = row.required("SCOPE", "the ITEM_REF or FUND_REF approved")
                    .filter(s -> {
                        if (!scopes.contains(s)) {
                            row.error("SCOPE", s, "the ITEM_REF or FUND_REF of an item or fund already imported");
                            return false;
                        }
                        return true;
                    });
            if (ref.isEmpty() || body.isEmpty() || date.isEmpty() || reference.isEmpty() || scope.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(ref.get(), row.line());
            if (first != null) {
                row.error("APPROVAL_REF", ref.get(), "a reference used once (also on line " + first + ")");
                continue;
            }
            Approval approval = held.get(ref.get());
            boolean created = approval == null;
            if (created) {
                approval = new Approval();
                approval.setRef(ref.get());
            }
            Approval a = approval;
            boolean dirty = FinanceCells.set(a::getBody, a::setBody, body.get());
            dirty |= FinanceCells.set(a::getDate, a::setDate, date.get());
            dirty |= FinanceCells.set(a::getReference, a::setReference, reference.get());
            dirty |= FinanceCells.set(a::getAmount, a::setAmount, amount);
            dirty |= FinanceCells.set(a::getScope, a::setScope, scope.get());
            dirty |= FinanceCells.set(a::getCategories, a::setCategories, categories);
            dirty |= FinanceCells.set(
                    a::getDataSource, a::setDataSource, row.text("SOURCE").orElse(table.fileName()));
            if (created) {
                tally.created();
            } else {
                tally.existing(dirty);
            }
            if (dirty) {
                changed.add(a);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the approvals file has bad rows", errors);
        }
        approvals.saveAll(changed);
        return tally.report();
    }

    /** Checks each name and returns the list in its stored form. */
    private static String categories(String text) {
        return java.util.Arrays.stream(text.split(";"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(name -> ExpenditureCategory.valueOf(name.toUpperCase(java.util.Locale.ROOT))
                        .name())
                .collect(Collectors.joining(";"));
    }
}
