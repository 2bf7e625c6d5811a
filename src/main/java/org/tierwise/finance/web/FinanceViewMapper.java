package org.tierwise.finance.web;

import java.util.List;
import org.mapstruct.Mapper;
import org.tierwise.finance.FinanceCheckRun;
import org.tierwise.finance.FinanceFlagRecord;

/** Maps stored runs and flags to the API's views. */
@Mapper
interface FinanceViewMapper {

    FinanceViews.RunView toView(FinanceCheckRun run);

    FinanceViews.FlagView toView(FinanceFlagRecord flag);

    List<FinanceViews.FlagView> toViews(List<FinanceFlagRecord> flags);

    /** Stored facts are one per line. */
    default List<String> facts(String facts) {
        return facts == null || facts.isEmpty() ? List.of() : List.of(facts.split("\n"));
    }
}
