package org.tierwise.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Published KS4 results of one school for one academic year. */
@Entity
@Table(name = "ks4_result")
@SequenceGenerator(sequenceName = "ks4_result_seq", allocationSize = 50)
public class Ks4Result extends PublishedResult {

    private Measure pupils;

    @Column(name = "progress8_pupils")
    private Measure progress8Pupils;

    @Column(name = "progress8_coverage")
    private Measure progress8Coverage;

    private Measure progress8;

    @Column(name = "progress8_lower")
    private Measure progress8Lower;

    @Column(name = "progress8_upper")
    private Measure progress8Upper;

    @Column(name = "progress8_band")
    private Measure progress8Band;

    private Measure attainment8;

    private Measure englishMathsGrade5;

    private Measure englishMathsGrade4;

    private Measure ebaccEntry;

    private Measure ebaccAps;

    private Measure disadvantagedPercent;

    private Measure disadvantagedProgress8;

    private Measure otherProgress8;

    @Column(name = "five_a_c_english_maths")
    private Measure fiveACEnglishMaths;

    private Measure englishExpectedProgress;

    private Measure mathsExpectedProgress;

    public Measure getPupils() {
        return pupils;
    }

    public void setPupils(Measure pupils) {
        this.pupils = pupils;
    }

    public Measure getProgress8Pupils() {
        return progress8Pupils;
    }

    public void setProgress8Pupils(Measure progress8Pupils) {
        this.progress8Pupils = progress8Pupils;
    }

    public Measure getProgress8Coverage() {
        return progress8Coverage;
    }

    public void setProgress8Coverage(Measure progress8Coverage) {
        this.progress8Coverage = progress8Coverage;
    }

    public Measure getProgress8() {
        return progress8;
    }

    public void setProgress8(Measure progress8) {
        this.progress8 = progress8;
    }

    public Measure getProgress8Lower() {
        return progress8Lower;
    }

    public void setProgress8Lower(Measure progress8Lower) {
        this.progress8Lower = progress8Lower;
    }

    public Measure getProgress8Upper() {
        return progress8Upper;
    }

    public void setProgress8Upper(Measure progress8Upper) {
        this.progress8Upper = progress8Upper;
    }

    public Measure getProgress8Band() {
        return progress8Band;
    }

    public void setProgress8Band(Measure progress8Band) {
        this.progress8Band = progress8Band;
    }

    public Measure getAttainment8() {
        return attainment8;
    }

    public void setAttainment8(Measure attainment8) {
        this.attainment8 = attainment8;
    }

    public Measure getEnglishMathsGrade5() {
        return englishMathsGrade5;
    }

    public void setEnglishMathsGrade5(Measure englishMathsGrade5) {
        this.englishMathsGrade5 = englishMathsGrade5;
    }

    public Measure getEnglishMathsGrade4() {
        return englishMathsGrade4;
    }

    public void setEnglishMathsGrade4(Measure englishMathsGrade4) {
        this.englishMathsGrade4 = englishMathsGrade4;
    }

    public Measure getEbaccEntry() {
        return ebaccEntry;
    }

    public void setEbaccEntry(Measure ebaccEntry) {
        this.ebaccEntry = ebaccEntry;
    }

    public Measure getEbaccAps() {
        return ebaccAps;
    }

    public void setEbaccAps(Measure ebaccAps) {
        this.ebaccAps = ebaccAps;
    }

    public Measure getDisadvantagedPercent() {
        return disadvantagedPercent;
    }

    public void setDisadvantagedPercent(Measure disadvantagedPercent) {
        this.disadvantagedPercent = disadvantagedPercent;
    }

    public Measure getDisadvantagedProgress8() {
        return disadvantagedProgress8;
    }

    public void setDisadvantagedProgress8(Measure disadvantagedProgress8) {
        this.disadvantagedProgress8 = disadvantagedProgress8;
    }

    public Measure getOtherProgress8() {
        return otherProgress8;
    }

    public void setOtherProgress8(Measure otherProgress8) {
        this.otherProgress8 = otherProgress8;
    }

    public Measure getFiveACEnglishMaths() {
        return fiveACEnglishMaths;
    }

    public void setFiveACEnglishMaths(Measure fiveACEnglishMaths) {
        this.fiveACEnglishMaths = fiveACEnglishMaths;
    }

    public Measure getEnglishExpectedProgress() {
        return englishExpectedProgress;
    }

    public void setEnglishExpectedProgress(Measure englishExpectedProgress) {
        this.englishExpectedProgress = englishExpectedProgress;
    }

    public Measure getMathsExpectedProgress() {
        return mathsExpectedProgress;
    }

    public void setMathsExpectedProgress(Measure mathsExpectedProgress) {
        this.mathsExpectedProgress = mathsExpectedProgress;
    }
}
