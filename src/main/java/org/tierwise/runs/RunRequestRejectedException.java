package org.tierwise.runs;

/**
 * A run was asked for with a value it cannot be run on (an authority with no schools, a year the
 * rules do not cover or that has not begun): nothing was run or stored. Names the request's field,
 * the value given and what is allowed.
 */
public class RunRequestRejectedException extends RuntimeException {

    private final RunKind kind;
    private final String field;
    private final transient Object value;
    private final String allowed;

    public RunRequestRejectedException(RunKind kind, String field, Object value, String allowed, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    public RunKind kind() {
        return kind;
    }

    /** The request field at fault, as the API names it ({@code la}, {@code academicYear}, ...). */
    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }

    /** What the field may be, for people. */
    public String allowed() {
        return allowed;
    }
}
