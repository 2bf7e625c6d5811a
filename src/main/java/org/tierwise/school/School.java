package org.tierwise.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/**
 * A school's register entry (DfE school information / GIAS) plus its local cluster. Its id, the URN,
 * is assigned, so it says itself whether it is new: saving a new school then inserts it at once
 * instead of first looking for it (one query per school in a national register import).
 */
@Entity
public class School implements Persistable<Integer> {

    @Id
    private Integer urn;

    private String name;
    private Integer laCode;
    private String laName;
    private Integer estab;
    private String establishmentType;
    private String minorGroup;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    private Governance governance;

    private String trustName;

    @Enumerated(EnumType.STRING)
    private SchoolStatus status;

    private LocalDate openDate;
    private LocalDate closeDate;
    private String street;
    private String town;
    private String postcode;
    private Integer easting;
    private Integer northing;
    private Integer numberOfPupils;
    private BigDecimal percentFsm;
    private Integer ageLow;
    private Integer ageHigh;
    private String gender;
    private String religiousCharacter;
    private String admissionsPolicy;
    private String clusterId;
    private String clusterName;
    private String dataSource;

    @Transient
    private boolean isNew;

    protected School() {}

    public School(Integer urn) {
        this.urn = urn;
        this.isNew = true;
    }

    @Override
    public Integer getId() {
        return urn;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    public Integer getUrn() {
        return urn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getLaCode() {
        return laCode;
    }

    public void setLaCode(Integer laCode) {
        this.laCode = laCode;
    }

    public String getLaName() {
        return laName;
    }

    public void setLaName(String laName) {
        this.laName = laName;
    }

    public Integer getEstab() {
        return estab;
    }

    public void setEstab(Integer estab) {
        this.estab = estab;
    }

    public String getEstablishmentType() {
        return establishmentType;
    }

    public void setEstablishmentType(String establishmentType) {
        this.establishmentType = establishmentType;
    }

    public String getMinorGroup() {
        return minorGroup;
    }

    public void setMinorGroup(String minorGroup) {
        this.minorGroup = minorGroup;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public Governance getGovernance() {
        return governance;
    }

    public void setGovernance(Governance governance) {
        this.governance = governance;
    }

    public String getTrustName() {
        return trustName;
    }

    public void setTrustName(String trustName) {
        this.trustName = trustName;
    }

    public SchoolStatus getStatus() {
        return status;
    }

    public void setStatus(SchoolStatus status) {
        this.status = status;
    }

    public LocalDate getOpenDate() {
        return openDate;
    }

    public void setOpenDate(LocalDate openDate) {
        this.openDate = openDate;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public void setCloseDate(LocalDate closeDate) {
        this.closeDate = closeDate;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public Integer getEasting() {
        return easting;
    }

    public void setEasting(Integer easting) {
        this.easting = easting;
    }

    public Integer getNorthing() {
        return northing;
    }

    public void setNorthing(Integer northing) {
        this.northing = northing;
    }

    public Integer getNumberOfPupils() {
        return numberOfPupils;
    }

    public void setNumberOfPupils(Integer numberOfPupils) {
        this.numberOfPupils = numberOfPupils;
    }

    public BigDecimal getPercentFsm() {
        return percentFsm;
    }

    public void setPercentFsm(BigDecimal percentFsm) {
        this.percentFsm = percentFsm;
    }

    public Integer getAgeLow() {
        return ageLow;
    }

    public void setAgeLow(Integer ageLow) {
        this.ageLow = ageLow;
    }

    public Integer getAgeHigh() {
        return ageHigh;
    }

    public void setAgeHigh(Integer ageHigh) {
        this.ageHigh = ageHigh;
    }

    /** Infant, first, junior or primary, from the statutory ages; null for other ranges or none. */
    public AgeRange getAgeRange() {
        return AgeRange.of(ageLow, ageHigh);
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getReligiousCharacter() {
        return religiousCharacter;
    }

    public void setReligiousCharacter(String religiousCharacter) {
        this.religiousCharacter = religiousCharacter;
    }

    public String getAdmissionsPolicy() {
        return admissionsPolicy;
    }

    public void setAdmissionsPolicy(String admissionsPolicy) {
        this.admissionsPolicy = admissionsPolicy;
    }

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getClusterName() {
        return clusterName;
    }

    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
