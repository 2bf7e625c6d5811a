package org.tierwise.school;

/** Ofsted overall effectiveness, 1 to 4 (grade 3 was "Satisfactory" before September 2012). */
public enum OfstedGrade {
    OUTSTANDING(1),
    GOOD(2),
    REQUIRES_IMPROVEMENT(3),
    INADEQUATE(4);

    private final int code;

    OfstedGrade(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isGoodOrBetter() {
        return code <= 2;
    }

    public static OfstedGrade of(int code) {
        for (OfstedGrade grade : values()) {
            if (grade.code == code) {
                return grade;
            }
        }
        throw new IllegalArgumentException("Ofsted grade must be 1 to 4, was " + code);
    }
}
