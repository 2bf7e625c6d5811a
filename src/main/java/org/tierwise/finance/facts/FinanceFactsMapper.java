package org.tierwise.finance.facts;

import java.util.Arrays;
import java.util.List;
import org.mapstruct.Mapper;
import org.tierwise.finance.Approval;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.finance.Fund;
import org.tierwise.finance.ReservePolicy;
import org.tierwise.finance.SpendItem;

/** Maps stored finance entities to the immutable facts the rules reason over. */
@Mapper
public interface FinanceFactsMapper {

    FundFacts toFacts(Fund fund);

    SpendItemFacts toFacts(SpendItem item);

    ApprovalFacts toFacts(Approval approval);

    ReservePolicyFacts toFacts(ReservePolicy policy);

    /** The stored form of a category list: names separated by ';'. */
    default List<ExpenditureCategory> categories(String names) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        return Arrays.stream(names.split(";"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(ExpenditureCategory::valueOf)
                .toList();
    }
}
