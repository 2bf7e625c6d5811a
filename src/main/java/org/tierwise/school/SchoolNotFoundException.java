package org.tierwise.school;

/** No school with the URN asked for is in the register. */
public class SchoolNotFoundException extends RuntimeException {

    public SchoolNotFoundException(int urn) {
        super("no school with URN " + urn + " is in the register");
    }
}
