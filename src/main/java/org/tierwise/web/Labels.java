package org.tierwise.web;

import org.springframework.stereotype.Component;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.OfstedGrade;

/** Words for codes, for the pages ({@code ${@labels.year(2019)}} gives "2018-19"). */
@Component("labels")
public class Labels {

    public String year(int endYear) {
        return new AcademicYear(endYear).label();
    }

    /** A standard's code in words: KS4_COASTING_YEAR is "KS4 coasting year". */
    public String standard(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return words.matches("ks\\d.*") ? "KS" + words.substring(2) : words;
    }

    public String grade(Integer grade) {
        return grade == null
                ? "not graded"
                : grade + " " + OfstedGrade.of(grade).name().replace('_', ' ').toLowerCase();
    }
}
