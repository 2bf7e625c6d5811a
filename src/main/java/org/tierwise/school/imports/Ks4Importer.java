package org.tierwise.school.imports;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.tierwise.imports.ColumnMapping;
import org.tierwise.school.Ks4Result;
import org.tierwise.school.Ks4ResultRepository;

/**
 * Imports the DfE KS4 performance-tables file ({@code england_ks4final.csv} or one LA's {@code
 * 919_ks4final.csv}), whole or cut down. Also reads the 2014-15 measures (5+ A*-C including
 * English and maths, expected progress) used by the transitional floor and coasting definitions.
 */
@Component
class Ks4Importer extends ResultsImporter<Ks4Result> {

    private static final ColumnMapping<Ks4Result> MAPPING = new ColumnMapping<Ks4Result>()
            .map("TPUP", Cells.PUPILS, Ks4Result::getPupils, Ks4Result::setPupils)
            .map("P8PUP", Cells.PUPILS, Ks4Result::getProgress8Pupils, Ks4Result::setProgress8Pupils)
            .map("P8MEACOV", Cells.PERCENTAGE, Ks4Result::getProgress8Coverage, Ks4Result::setProgress8Coverage)
            .map("P8MEA", Cells.PROGRESS_8, Ks4Result::getProgress8, Ks4Result::setProgress8)
            .map("P8CILOW", Cells.PROGRESS_8_LIMIT, Ks4Result::getProgress8Lower, Ks4Result::setProgress8Lower)
            .map("P8CIUPP", Cells.PROGRESS_8_LIMIT, Ks4Result::getProgress8Upper, Ks4Result::setProgress8Upper)
            .map("P8_BANDING", Cells::band, Ks4Result::getProgress8Band, Ks4Result::setProgress8Band)
            .map("ATT8SCR", Cells.ATTAINMENT_8, Ks4Result::getAttainment8, Ks4Result::setAttainment8)
            .map("PTL2BASICS_95", Cells.PERCENTAGE, Ks4Result::getEnglishMathsGrade5, Ks4Result::setEnglishMathsGrade5)
            .map("PTL2BASICS_94", Cells.PERCENTAGE, Ks4Result::getEnglishMathsGrade4, Ks4Result::setEnglishMathsGrade4)
            .map("PTEBACC_E_PTQ_EE", Cells.PERCENTAGE, Ks4Result::getEbaccEntry, Ks4Result::setEbaccEntry)
            .map("EBACCAPS", Cells.EBACC_APS, Ks4Result::getEbaccAps, Ks4Result::setEbaccAps)
            .map(
                    "PTFSM6CLA1A",
                    Cells.PERCENTAGE,
                    Ks4Result::getDisadvantagedPercent,
                    Ks4Result::setDisadvantagedPercent)
            .map(
                    "P8MEA_FSM6CLA1A",
                    Cells.PROGRESS_8,
                    Ks4Result::getDisadvantagedProgress8,
                    Ks4Result::setDisadvantagedProgress8)
            .map(
                    List.of("P8MEA_NFSM6CLA1A", "P8MEA_NotFSM6CLA1A"),
                    Cells.PROGRESS_8,
                    Ks4Result::getOtherProgress8,
                    Ks4Result::setOtherProgress8)
            .map(
                    List.of("PTAC5EM_PTQ_EE", "PTAC5EM_PTQ", "PTAC5EM"),
                    Cells.PERCENTAGE,
                    Ks4Result::getFiveACEnglishMaths,
                    Ks4Result::setFiveACEnglishMaths)
            .map(
                    List.of("PT24ENGPRG_PTQ_EE", "PT24ENGPRG_PTQ", "PT24ENGPRG"),
                    Cells.PERCENTAGE,
                    Ks4Result::getEnglishExpectedProgress,
                    Ks4Result::setEnglishExpectedProgress)
            .map(
                    List.of("PT24MATHPRG_PTQ_EE", "PT24MATHPRG_PTQ", "PT24MATHPRG"),
                    Cells.PERCENTAGE,
                    Ks4Result::getMathsExpectedProgress,
                    Ks4Result::setMathsExpectedProgress);

    private final Ks4ResultRepository results;

    Ks4Importer(Ks4ResultRepository results, KnownSchools knownSchools) {
        super(knownSchools);
        this.results = results;
    }

    @Override
    public String kind() {
        return "ks4";
    }

    @Override
    public String description() {
        return "a DfE KS4 results file";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    ColumnMapping<Ks4Result> mapping() {
        return MAPPING;
    }

    @Override
    List<String> signature() {
        return List.of(
                "P8MEA", "P8CIUPP", "ATT8SCR", "PTL2BASICS_95", "PTL2BASICS_94", "PTAC5EM_PTQ_EE", "PTAC5EM_PTQ");
    }

    @Override
    JpaRepository<Ks4Result, Long> repository() {
        return results;
    }

    @Override
    List<Ks4Result> storedFor(Collection<Integer> academicYears) {
        return results.findByAcademicYearIn(academicYears);
    }

    @Override
    Ks4Result newResult() {
        return new Ks4Result();
    }
}
