package org.tierwise.runs;

/** The kinds of run that take a {@link RunLocks run lock}; {@code key} is stored, {@code label} is shown. */
public enum RunKind {
    TIERING("tiering", "tiering run"),
    BROKERING("brokering", "brokering run"),
    FINANCE("finance", "finance check");

    private final String key;
    private final String label;

    RunKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
