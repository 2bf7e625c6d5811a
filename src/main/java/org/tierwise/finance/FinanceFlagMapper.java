package org.tierwise.finance;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps a rule's flag to its stored form. */
@Mapper
interface FinanceFlagMapper {

    /** At most this many characters of matched facts are kept; the rest is cut with an ellipsis. */
    int MAX_FACTS = 8000;

    @Mapping(target = "runId", source = "runId")
    @Mapping(target = "ruleId", source = "flag.explanation.ruleId")
    @Mapping(target = "ruleName", source = "flag.explanation.ruleName")
    @Mapping(target = "regulation", source = "flag.explanation.source")
    @Mapping(target = "since", source = "flag.explanation.since")
    @Mapping(target = "message", source = "flag.explanation.reason")
    @Mapping(target = "facts", expression = "java(facts(flag))")
    @Mapping(target = "itemRef", source = "flag.itemRef")
    @Mapping(target = "fundRef", source = "flag.fundRef")
    @Mapping(target = "severity", source = "flag.severity")
    FinanceFlagRecord toRecord(FinanceFlag flag, Long runId);

    default String facts(FinanceFlag flag) {
        String facts = String.join("\n", flag.explanation().matchedFacts());
        return facts.length() <= MAX_FACTS ? facts : facts.substring(0, MAX_FACTS - 1) + "…";
    }
}
