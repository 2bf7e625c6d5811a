package org.tierwise.rules;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The facts a rule matched, as text in words ({@link FactWords}). Facts that are records or enums (immutable: every fact type
 * of the rules is one) are kept and turned into text only when read, since most explanations are
 * never read for their facts (a national brokering run makes millions of them and stores none of
 * their facts); anything else, such as an accumulate's values, is turned into text at once.
 */
final class MatchedFacts extends AbstractList<String> implements RandomAccess {

    private static final int MAX_FACT_TEXT = 2000;

    /** Each fact, or its text when it could change after the rule fired. */
    private final Object[] facts;

    MatchedFacts(List<?> matched) {
        this.facts = matched.stream()
                .filter(Objects::nonNull)
                .map(fact -> fact instanceof Record || fact instanceof Enum<?> ? fact : render(fact))
                .toArray();
    }

    @Override
    public String get(int index) {
        Object fact = facts[index];
        return fact instanceof String text ? text : render(fact);
    }

    @Override
    public int size() {
        return facts.length;
    }

    /**
     * Where the facts came from (see {@link SourcedFact}), each file or construction once, in the
     * order matched; a fact made from several files ("a; b") names each.
     */
    List<String> sources() {
        return Arrays.stream(facts)
                .filter(SourcedFact.class::isInstance)
                .map(fact -> ((SourcedFact) fact).dataSource())
                .filter(Objects::nonNull)
                .flatMap(source -> Arrays.stream(source.split("; ")))
                .distinct()
                .toList();
    }

    private static String render(Object fact) {
        String text = FactWords.of(fact);
        return text.length() <= MAX_FACT_TEXT ? text : text.substring(0, MAX_FACT_TEXT - 1) + "…";
    }
}
