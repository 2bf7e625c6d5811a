package org.tierwise.school;

/**
 * Who may read a recorded concern's note. The concern itself always counts: the rules see that it
 * is there, of its kind and date, and a tier reason says so; only its words are held back.
 */
public enum Confidentiality {
    /** Read by everyone who reads the school: officers and commissioning groups. */
    STANDARD,
    /**
     * A safeguarding matter (a LADO referral about a member of staff, a child protection concern):
     * the note is shown only to users with the SAFEGUARDING role, and never written into a tiering
     * run's reasons, its matched facts or an export.
     */
    SAFEGUARDING;

    /**
     * What is shown and stored in place of a confidential note, and what the tier reason says: the
     * concern counts, its words are withheld.
     */
    public static final String WITHHELD =
            "a confidential safeguarding concern is recorded (its note is shown only to safeguarding staff)";

    /**
     * The confidentiality a concern is stored with: a SAFEGUARDING concern is always confidential;
     * any other kind is as asked, STANDARD when not said.
     */
    public static Confidentiality of(ConcernKind kind, Confidentiality asked) {
        if (kind == ConcernKind.SAFEGUARDING) {
            return SAFEGUARDING;
        }
        return asked == null ? STANDARD : asked;
    }
}
