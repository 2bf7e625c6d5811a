package org.tierwise.school.imports;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.tierwise.imports.ColumnMapping;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks2ResultRepository;

/**
 * Imports the DfE KS2 performance-tables file ({@code england_ks2final.csv} or one LA's {@code
 * 919_ks2final.csv}), whole or cut down to fewer columns. Also reads the 2014-15 measures (level 4
 * and expected progress) used by the transitional floor and coasting definitions.
 */
@Component
class Ks2Importer extends ResultsImporter<Ks2Result> {

    private static final ColumnMapping<Ks2Result> MAPPING = new ColumnMapping<Ks2Result>()
            .map("TELIG", Cells.PUPILS, Ks2Result::getEligiblePupils, Ks2Result::setEligiblePupils)
            .map("PTRWM_EXP", Cells.PERCENTAGE, Ks2Result::getRwmExpected, Ks2Result::setRwmExpected)
            .map("PTRWM_HIGH", Cells.PERCENTAGE, Ks2Result::getRwmHigh, Ks2Result::setRwmHigh)
            .map("READPROG", Cells.KS2_PROGRESS, Ks2Result::getReadingProgress, Ks2Result::setReadingProgress)
            .map(
                    "READPROG_LOWER",
                    Cells.KS2_PROGRESS_LIMIT,
                    Ks2Result::getReadingProgressLower,
                    Ks2Result::setReadingProgressLower)
            .map(
                    "READPROG_UPPER",
                    Cells.KS2_PROGRESS_LIMIT,
                    Ks2Result::getReadingProgressUpper,
                    Ks2Result::setReadingProgressUpper)
            .map("WRITPROG", Cells.KS2_PROGRESS, Ks2Result::getWritingProgress, Ks2Result::setWritingProgress)
            .map(
                    "WRITPROG_LOWER",
                    Cells.KS2_PROGRESS_LIMIT,
                    Ks2Result::getWritingProgressLower,
                    Ks2Result::setWritingProgressLower)
            .map(
                    "WRITPROG_UPPER",
                    Cells.KS2_PROGRESS_LIMIT,
                    Ks2Result::getWritingProgressUpper,
                    Ks2Result::setWritingProgressUpper)
            .map("MATPROG", Cells.KS2_PROGRESS, Ks2Result::getMathsProgress, Ks2Result::setMathsProgress)
            .map(
                    "MATPROG_LOWER",
                    Cells.KS2_PROGRESS_LIMIT,
                    Ks2Result::getMathsProgressLower,
                    Ks2Result::setMathsProgressLower)
            .map(
                    "MATPROG_UPPER",
                    Cells.KS2_PROGRESS_LIMIT,
                    Ks2Result::getMathsProgressUpper,
                    Ks2Result::setMathsProgressUpper)
            .map("READPROG_DESCR", Cells::band, Ks2Result::getReadingBand, Ks2Result::setReadingBand)
            .map("WRITPROG_DESCR", Cells::band, Ks2Result::getWritingBand, Ks2Result::setWritingBand)
            .map("MATPROG_DESCR", Cells::band, Ks2Result::getMathsBand, Ks2Result::setMathsBand)
            .map(
                    "PTFSM6CLA1A",
                    Cells.PERCENTAGE,
                    Ks2Result::getDisadvantagedPercent,
                    Ks2Result::setDisadvantagedPercent)
            .map(
                    "PTRWM_EXP_FSM6CLA1A",
                    Cells.PERCENTAGE,
                    Ks2Result::getDisadvantagedRwmExpected,
                    Ks2Result::setDisadvantagedRwmExpected)
            .map(
                    "PTRWM_EXP_NotFSM6CLA1A",
                    Cells.PERCENTAGE,
                    Ks2Result::getOtherRwmExpected,
                    Ks2Result::setOtherRwmExpected)
            .map("PTREADWRITTAMATX", Cells.PERCENTAGE, Ks2Result::getRwmLevel4, Ks2Result::setRwmLevel4)
            .map(
                    "PT2READ",
                    Cells.PERCENTAGE,
                    Ks2Result::getReadingExpectedProgress,
                    Ks2Result::setReadingExpectedProgress)
            .map(
                    "PT2WRITTA",
                    Cells.PERCENTAGE,
                    Ks2Result::getWritingExpectedProgress,
                    Ks2Result::setWritingExpectedProgress)
            .map("PT2MATH", Cells.PERCENTAGE, Ks2Result::getMathsExpectedProgress, Ks2Result::setMathsExpectedProgress);

    private final Ks2ResultRepository results;

    Ks2Importer(Ks2ResultRepository results, KnownSchools knownSchools) {
        super(knownSchools);
        this.results = results;
    }

    @Override
    public String kind() {
        return "ks2";
    }

    @Override
    public String description() {
        return "a DfE KS2 results file";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    ColumnMapping<Ks2Result> mapping() {
        return MAPPING;
    }

    @Override
    List<String> signature() {
        return List.of("PTRWM_EXP", "READPROG", "WRITPROG", "MATPROG", "PTREADWRITTAMATX", "TELIG");
    }

    @Override
    JpaRepository<Ks2Result, Long> repository() {
        return results;
    }

    @Override
    List<Ks2Result> storedFor(Collection<Integer> academicYears) {
        return results.findByAcademicYearIn(academicYears);
    }

    @Override
    Ks2Result newResult() {
        return new Ks2Result();
    }
}
