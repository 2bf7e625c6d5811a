package org.tierwise.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** One Ofsted inspection judgement of a school. */
@Entity
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
    @SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
    private Long id;

    private Integer urn;

    private LocalDate inspectionDate;

    private LocalDate publicationDate;

    private Integer overallEffectiveness;

    @Enumerated(EnumType.STRING)
    private CategoryOfConcern categoryOfConcern;

    private Integer qualityOfEducation;

    private Integer behaviourAndAttitudes;

    private Integer personalDevelopment;

    private Integer leadershipAndManagement;

    private LocalDate previousInspectionDate;

    private Integer previousOverallEffectiveness;

    // report card (from 10 November 2025): the evaluation areas and safeguarding
    @Enumerated(EnumType.STRING)
    private ReportCardGrade inclusion;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade curriculumAndTeaching;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade achievement;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade attendanceAndBehaviour;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade personalDevelopmentAndWellbeing;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade leadershipAndGovernance;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade earlyYears;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade sixthForm;

    private Boolean safeguardingMet;

    private String dataSource;

    public Long getId() {
        return id;
    }

    public Integer getUrn() {
        return urn;
    }

    public void setUrn(Integer urn) {
        this.urn = urn;
    }

    public LocalDate getInspectionDate() {
        return inspectionDate;
    }

    public void setInspectionDate(LocalDate inspectionDate) {
        this.inspectionDate = inspectionDate;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public Integer getOverallEffectiveness() {
        return overallEffectiveness;
    }

    public void setOverallEffectiveness(Integer overallEffectiveness) {
        this.overallEffectiveness = overallEffectiveness;
    }

    public CategoryOfConcern getCategoryOfConcern() {
        return categoryOfConcern;
    }

    public void setCategoryOfConcern(CategoryOfConcern categoryOfConcern) {
        this.categoryOfConcern = categoryOfConcern;
    }

    public Integer getQualityOfEducation() {
        return qualityOfEducation;
    }

    public void setQualityOfEducation(Integer qualityOfEducation) {
        this.qualityOfEducation = qualityOfEducation;
    }

    public Integer getBehaviourAndAttitudes() {
        return behaviourAndAttitudes;
    }

    public void setBehaviourAndAttitudes(Integer behaviourAndAttitudes) {
        this.behaviourAndAttitudes = behaviourAndAttitudes;
    }

    public Integer getPersonalDevelopment() {
        return personalDevelopment;
    }

    public void setPersonalDevelopment(Integer personalDevelopment) {
        this.personalDevelopment = personalDevelopment;
    }

    public Integer getLeadershipAndManagement() {
        return leadershipAndManagement;
    }

    public void setLeadershipAndManagement(Integer leadershipAndManagement) {
        this.leadershipAndManagement = leadershipAndManagement;
    }

    public LocalDate getPreviousInspectionDate() {
        return previousInspectionDate;
    }

    public void setPreviousInspectionDate(LocalDate previousInspectionDate) {
        this.previousInspectionDate = previousInspectionDate;
    }

    public Integer getPreviousOverallEffectiveness() {
        return previousOverallEffectiveness;
    }

    public void setPreviousOverallEffectiveness(Integer previousOverallEffectiveness) {
        this.previousOverallEffectiveness = previousOverallEffectiveness;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public ReportCardGrade getInclusion() {
        return inclusion;
    }

    public void setInclusion(ReportCardGrade inclusion) {
        this.inclusion = inclusion;
    }

    public ReportCardGrade getCurriculumAndTeaching() {
        return curriculumAndTeaching;
    }

    public void setCurriculumAndTeaching(ReportCardGrade curriculumAndTeaching) {
        this.curriculumAndTeaching = curriculumAndTeaching;
    }

    public ReportCardGrade getAchievement() {
        return achievement;
    }

    public void setAchievement(ReportCardGrade achievement) {
        this.achievement = achievement;
    }

    public ReportCardGrade getAttendanceAndBehaviour() {
        return attendanceAndBehaviour;
    }

    public void setAttendanceAndBehaviour(ReportCardGrade attendanceAndBehaviour) {
        this.attendanceAndBehaviour = attendanceAndBehaviour;
    }

    public ReportCardGrade getPersonalDevelopmentAndWellbeing() {
        return personalDevelopmentAndWellbeing;
    }

    public void setPersonalDevelopmentAndWellbeing(ReportCardGrade personalDevelopmentAndWellbeing) {
        this.personalDevelopmentAndWellbeing = personalDevelopmentAndWellbeing;
    }

    public ReportCardGrade getLeadershipAndGovernance() {
        return leadershipAndGovernance;
    }

    public void setLeadershipAndGovernance(ReportCardGrade leadershipAndGovernance) {
        this.leadershipAndGovernance = leadershipAndGovernance;
    }

    public ReportCardGrade getEarlyYears() {
        return earlyYears;
    }

    public void setEarlyYears(ReportCardGrade earlyYears) {
        this.earlyYears = earlyYears;
    }

    public ReportCardGrade getSixthForm() {
        return sixthForm;
    }

    public void setSixthForm(ReportCardGrade sixthForm) {
        this.sixthForm = sixthForm;
    }

    public Boolean getSafeguardingMet() {
        return safeguardingMet;
    }

    public void setSafeguardingMet(Boolean safeguardingMet) {
        this.safeguardingMet = safeguardingMet;
    }
}
