package org.tierwise.brokering;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/**
 * A registered supporter: who it is, its home school, what it covers and how much it can take on.
 * Phases, specialisms and conflict URNs are stored as space-separated lists.
 */
@Entity
public class Supporter implements Persistable<String> {

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private SupporterRole role;

    private Integer homeUrn;
    private String phases;
    private String specialisms;
    private Integer capacityDeployments;
    private Integer capacityDays;
    private LocalDate availableFrom;
    private LocalDate availableTo;
    private Integer easting;
    private Integer northing;
    private String clusterId;
    private String alliance;
    private String post;
    private LocalDate leadershipSince;
    private LocalDate tenureEnd;
    private String conflictUrns;
    private String dataSource;

    /** Made here rather than read: saving it inserts without first looking for it (the id is assigned). */
    @Transient
    private boolean isNew;

    protected Supporter() {}

    public Supporter(String id) {
        this.id = id;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return id;
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

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SupporterRole getRole() {
        return role;
    }

    public void setRole(SupporterRole role) {
        this.role = role;
    }

    public Integer getHomeUrn() {
        return homeUrn;
    }

    public void setHomeUrn(Integer homeUrn) {
        this.homeUrn = homeUrn;
    }

    public String getPhases() {
        return phases;
    }

    public void setPhases(String phases) {
        this.phases = phases;
    }

    public String getSpecialisms() {
        return specialisms;
    }

    public void setSpecialisms(String specialisms) {
        this.specialisms = specialisms;
    }

    public Integer getCapacityDeployments() {
        return capacityDeployments;
    }

    public void setCapacityDeployments(Integer capacityDeployments) {
        this.capacityDeployments = capacityDeployments;
    }

    public Integer getCapacityDays() {
        return capacityDays;
    }

    public void setCapacityDays(Integer capacityDays) {
        this.capacityDays = capacityDays;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public LocalDate getAvailableTo() {
        return availableTo;
    }

    public void setAvailableTo(LocalDate availableTo) {
        this.availableTo = availableTo;
    }

    /** Grid reference of the base of a supporter without a home school (e.g. a partner); else null. */
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

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getAlliance() {
        return alliance;
    }

    public void setAlliance(String alliance) {
        this.alliance = alliance;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public LocalDate getLeadershipSince() {
        return leadershipSince;
    }

    public void setLeadershipSince(LocalDate leadershipSince) {
        this.leadershipSince = leadershipSince;
    }

    public LocalDate getTenureEnd() {
        return tenureEnd;
    }

    public void setTenureEnd(LocalDate tenureEnd) {
        this.tenureEnd = tenureEnd;
    }

    public String getConflictUrns() {
        return conflictUrns;
    }

    public void setConflictUrns(String conflictUrns) {
        this.conflictUrns = conflictUrns;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
