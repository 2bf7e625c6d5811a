package org.tierwise.tiering.web;

import org.tierwise.school.AcademicYear;

/** Reads an academic year given by a user, with an error saying what is expected. */
final class AcademicYearParam {

    private AcademicYearParam() {}

    static AcademicYear parse(String text) {
        try {
            return AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("academicYear '" + text + "' is not an academic year such as 2018-19");
        }
    }
}
