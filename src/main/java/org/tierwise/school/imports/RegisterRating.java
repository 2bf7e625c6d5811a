package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tierwise.imports.CsvTable;
import org.tierwise.imports.RowReader;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.Inspection;

/**
 * The register's OFSTEDRATING and OFSTEDLASTINSP: the latest judgement, whose words also carry the
 * category of concern ("Serious Weaknesses", "Special Measures") that other files lack.
 */
record RegisterRating(int urn, LocalDate date, Integer grade, CategoryOfConcern category, String source) {

    static Optional<RegisterRating> read(CsvTable table, RowReader row, int urn, String schoolSource, LocalDate today) {
        Optional<String> rating = row.text(RegisterImporter.OFSTED_RATING);
        if (rating.isEmpty()) {
            return Optional.empty();
        }
        String column = table.firstPresent(RegisterImporter.OFSTED_RATING).orElseThrow();
        Optional<RegisterRating> parsed = row.parse(
                        column,
                        rating.get(),
                        "Outstanding, Good, Requires improvement, Inadequate, Serious Weaknesses or Special Measures",
                        RegisterRating::judgement)
                .flatMap(j -> j);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = row.pastDate(RegisterImporter.OFSTED_DATE, today);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        RegisterRating judgement = parsed.get();
        return Optional.of(new RegisterRating(
                urn, date.get(), judgement.grade(), judgement.category(), schoolSource + " (" + column + ")"));
    }

    /** A judgement from its words; empty for "No data" and the like, which record no inspection. */
    private static Optional<RegisterRating> judgement(String words) {
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "outstanding" -> Optional.of(of(1, CategoryOfConcern.NONE));
            case "good" -> Optional.of(of(2, CategoryOfConcern.NONE));
            case "requires improvement", "satisfactory" -> Optional.of(of(3, CategoryOfConcern.NONE));
            case "inadequate" -> Optional.of(of(4, CategoryOfConcern.NONE));
            case "serious weaknesses" -> Optional.of(of(4, CategoryOfConcern.SERIOUS_WEAKNESSES));
            case "special measures" -> Optional.of(of(4, CategoryOfConcern.SPECIAL_MEASURES));
            case "no data", "not yet inspected", "null" -> Optional.empty();
            default -> throw new IllegalArgumentException(words);
        };
    }

    private static RegisterRating of(int grade, CategoryOfConcern category) {
        return new RegisterRating(0, null, grade, category, null);
    }

    boolean applyTo(Inspection inspection) {
        boolean changed = !Objects.equals(inspection.getOverallEffectiveness(), grade)
                || inspection.getCategoryOfConcern() != category;
        inspection.setOverallEffectiveness(grade);
        inspection.setCategoryOfConcern(category);
        return changed;
    }
}
