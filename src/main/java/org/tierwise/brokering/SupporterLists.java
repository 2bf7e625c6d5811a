package org.tierwise.brokering;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tierwise.school.Phase;

/** Reading and writing the space-separated lists (phases, specialisms, URNs) a supporter is stored with. */
public final class SupporterLists {

    private SupporterLists() {}

    public static Set<String> words(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(text.trim().split("[\\s,;]+")));
    }

    /** @throws IllegalArgumentException naming a phase that is not one of {@link Phase} */
    public static Set<Phase> phases(String text) {
        return words(text).stream().map(Phase::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** @throws NumberFormatException for a URN that is not a whole number */
    public static Set<Integer> urns(String text) {
        return words(text).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The stored form: sorted, space-separated. */
    public static String join(Collection<?> values) {
        return values == null
                ? ""
                : values.stream().map(String::valueOf).sorted().collect(Collectors.joining(" "));
    }
}
