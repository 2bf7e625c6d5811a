package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.facts.Ks4Facts;
import org.tierwise.school.facts.OfstedFacts;

/** Matched facts as an officer reads them (issue 17): labelled values, never a record's toString. */
class FactWordsTests {

    @Test
    void resultsAreLabelledWithTheYearAsPublishedBandsInWordsAndMissingValuesListed() {
        Ks4Facts facts = new Ks4Facts(
                117552,
                2019,
                1,
                null,
                96.0,
                -0.25,
                -0.52,
                0.02,
                3.0,
                44.9,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                org.tierwise.school.DataStatus.FINAL,
                "published: 2018-2019_919_ks4final.csv, line 77",
                Map.of("englishMathsGrade5", "SUPP (suppressed)"));

        assertThat(FactWords.of(facts))
                .isEqualTo("KS4 results: URN: 117552; year: 2018-19; record type: 1 (mainstream school);"
                        + " % of pupils with KS2 prior attainment: 96; Progress 8: -0.25;"
                        + " Progress 8, lower confidence limit: -0.52; Progress 8, upper confidence limit: 0.02;"
                        + " Progress 8 band: 3 (average); Attainment 8: 44.9;"
                        + " % grade 5 or above in English and maths: not published (SUPP (suppressed));"
                        + " release: final; data: published: 2018-2019_919_ks4final.csv, line 77;"
                        + " not in the file: pupils at the end of KS4, % entering the EBacc,"
                        + " Progress 8 of disadvantaged pupils, Progress 8 of other pupils,"
                        + " % 5+ A*-C including English and maths, % making expected progress in English,"
                        + " % making expected progress in maths")
                .doesNotContain("Ks4Facts[")
                .doesNotContain("=");
    }

    @Test
    void gradesAndCategoriesAreNamedAndAnAbsentPreviousInspectionIsSaidSo() {
        OfstedFacts ofsted = new OfstedFacts(
                117083,
                LocalDate.of(2019, 3, 1),
                3,
                CategoryOfConcern.NONE,
                null,
                null,
                null,
                null,
                null,
                1,
                LocalDate.of(2019, 3, 1),
                null,
                false,
                null,
                0,
                0,
                null,
                CategoryOfConcern.NONE,
                false,
                false);

        assertThat(FactWords.of(ofsted))
                .startsWith("Ofsted: URN: 117083; latest inspection: 2019-03-01;"
                        + " latest overall effectiveness: 3 (requires improvement); category of concern: none;"
                        + " previous inspection: none recorded; previous overall effectiveness: none recorded;")
                .contains("consecutive 'requires improvement' judgements: 1; below good since: 2019-03-01");
    }

    @Test
    void valuesCountedTogetherAndUnlabelledNamesAreSpeltOut() {
        assertThat(FactWords.of(new Object[] {3L, 2L})).isEqualTo("values counted together: 3, 2");
        assertThat(FactWords.spelt("progress8Upper")).isEqualTo("progress 8 upper");
        assertThat(FactWords.spelt("ageHigh")).isEqualTo("age high");
    }
}
