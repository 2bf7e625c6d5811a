package org.tierwise.school;

import java.util.Arrays;
import java.util.Optional;

/** A DfE missing-value code published in place of a figure; never to be read as zero. */
public enum Marker {
    SUPP("suppressed: cohort too small to publish"),
    NE("no entries"),
    NP("not published"),
    NA("not applicable"),
    LOWCOV("low coverage: too few pupils with prior attainment"),
    NEW("new school: no data yet"),
    X("not available (x)"),
    C("confidential (c)"),
    Z("not applicable (z)");

    private final String meaning;

    Marker(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The marker for a published code such as {@code SUPP} or {@code x}, if it is one. */
    public static Optional<Marker> fromCode(String code) {
        return Arrays.stream(values())
                .filter(m -> m.name().equalsIgnoreCase(code.trim()))
                .findFirst();
    }
}
