package org.tierwise.school;

import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Published KS2 results of one school for one academic year. */
@Entity
@Table(name = "ks2_result")
@SequenceGenerator(sequenceName = "ks2_result_seq", allocationSize = 50)
public class Ks2Result extends PublishedResult {

    private Measure eligiblePupils;

    private Measure rwmExpected;

    private Measure rwmHigh;

    private Measure readingProgress;

    private Measure readingProgressLower;

    private Measure readingProgressUpper;

    private Measure writingProgress;

    private Measure writingProgressLower;

    private Measure writingProgressUpper;

    private Measure mathsProgress;

    private Measure mathsProgressLower;

    private Measure mathsProgressUpper;

    private Measure readingBand;

    private Measure writingBand;

    private Measure mathsBand;

    private Measure disadvantagedPercent;

    private Measure disadvantagedRwmExpected;

    private Measure otherRwmExpected;

    private Measure rwmLevel4;

    private Measure readingExpectedProgress;

    private Measure writingExpectedProgress;

    private Measure mathsExpectedProgress;

    public Measure getEligiblePupils() {
        return eligiblePupils;
    }

    public void setEligiblePupils(Measure eligiblePupils) {
        this.eligiblePupils = eligiblePupils;
    }

    public Measure getRwmExpected() {
        return rwmExpected;
    }

    public void setRwmExpected(Measure rwmExpected) {
        this.rwmExpected = rwmExpected;
    }

    public Measure getRwmHigh() {
        return rwmHigh;
    }

    public void setRwmHigh(Measure rwmHigh) {
        this.rwmHigh = rwmHigh;
    }

    public Measure getReadingProgress() {
        return readingProgress;
    }

    public void setReadingProgress(Measure readingProgress) {
        this.readingProgress = readingProgress;
    }

    public Measure getReadingProgressLower() {
        return readingProgressLower;
    }

    public void setReadingProgressLower(Measure readingProgressLower) {
        this.readingProgressLower = readingProgressLower;
    }

    public Measure getReadingProgressUpper() {
        return readingProgressUpper;
    }

    public void setReadingProgressUpper(Measure readingProgressUpper) {
        this.readingProgressUpper = readingProgressUpper;
    }

    public Measure getWritingProgress() {
        return writingProgress;
    }

    public void setWritingProgress(Measure writingProgress) {
        this.writingProgress = writingProgress;
    }

    public Measure getWritingProgressLower() {
        return writingProgressLower;
    }

    public void setWritingProgressLower(Measure writingProgressLower) {
        this.writingProgressLower = writingProgressLower;
    }

    public Measure getWritingProgressUpper() {
        return writingProgressUpper;
    }

    public void setWritingProgressUpper(Measure writingProgressUpper) {
        this.writingProgressUpper = writingProgressUpper;
    }

    public Measure getMathsProgress() {
        return mathsProgress;
    }

    public void setMathsProgress(Measure mathsProgress) {
        this.mathsProgress = mathsProgress;
    }

    public Measure getMathsProgressLower() {
        return mathsProgressLower;
    }

    public void setMathsProgressLower(Measure mathsProgressLower) {
        this.mathsProgressLower = mathsProgressLower;
    }

    public Measure getMathsProgressUpper() {
        return mathsProgressUpper;
    }

    public void setMathsProgressUpper(Measure mathsProgressUpper) {
        this.mathsProgressUpper = mathsProgressUpper;
    }

    public Measure getReadingBand() {
        return readingBand;
    }

    public void setReadingBand(Measure readingBand) {
        this.readingBand = readingBand;
    }

    public Measure getWritingBand() {
        return writingBand;
    }

    public void setWritingBand(Measure writingBand) {
        this.writingBand = writingBand;
    }

    public Measure getMathsBand() {
        return mathsBand;
    }

    public void setMathsBand(Measure mathsBand) {
        this.mathsBand = mathsBand;
    }

    public Measure getDisadvantagedPercent() {
        return disadvantagedPercent;
    }

    public void setDisadvantagedPercent(Measure disadvantagedPercent) {
        this.disadvantagedPercent = disadvantagedPercent;
    }

    public Measure getDisadvantagedRwmExpected() {
        return disadvantagedRwmExpected;
    }

    public void setDisadvantagedRwmExpected(Measure disadvantagedRwmExpected) {
        this.disadvantagedRwmExpected = disadvantagedRwmExpected;
    }

    public Measure getOtherRwmExpected() {
        return otherRwmExpected;
    }

    public void setOtherRwmExpected(Measure otherRwmExpected) {
        this.otherRwmExpected = otherRwmExpected;
    }

    public Measure getRwmLevel4() {
        return rwmLevel4;
    }

    public void setRwmLevel4(Measure rwmLevel4) {
        this.rwmLevel4 = rwmLevel4;
    }

    public Measure getReadingExpectedProgress() {
        return readingExpectedProgress;
    }

    public void setReadingExpectedProgress(Measure readingExpectedProgress) {
        this.readingExpectedProgress = readingExpectedProgress;
    }

    public Measure getWritingExpectedProgress() {
        return writingExpectedProgress;
    }

    public void setWritingExpectedProgress(Measure writingExpectedProgress) {
        this.writingExpectedProgress = writingExpectedProgress;
    }

    public Measure getMathsExpectedProgress() {
        return mathsExpectedProgress;
    }

    public void setMathsExpectedProgress(Measure mathsExpectedProgress) {
        this.mathsExpectedProgress = mathsExpectedProgress;
    }
}
