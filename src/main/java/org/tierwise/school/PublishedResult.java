package org.tierwise.school;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every published results row has: the school, the academic year, the release and where it came from. */
@MappedSuperclass
public abstract class PublishedResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // the entity's own sequence, declared on it
    private Long id;

    private Integer urn;

    /** The calendar year the academic year ends in: 2019 for 2018-19. */
    private Integer academicYear;

    @Enumerated(EnumType.STRING)
    private DataStatus dataStatus;

    /** DfE RECTYPE: 1 mainstream, 2 special. */
    private Integer recordType;

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

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public DataStatus getDataStatus() {
        return dataStatus;
    }

    public void setDataStatus(DataStatus dataStatus) {
        this.dataStatus = dataStatus;
    }

    public Integer getRecordType() {
        return recordType;
    }

    public void setRecordType(Integer recordType) {
        this.recordType = recordType;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
