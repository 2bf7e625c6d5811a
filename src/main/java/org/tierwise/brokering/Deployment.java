package org.tierwise.brokering;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A match a commissioning group confirmed: who supports which need of which school, when, paid how. */
@Entity
public class Deployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long candidateId;
    private long runId;
    private String supporterId;
    private int urn;
    private String area;
    private int tierAtStart;
    private LocalDate startDate;
    private LocalDate endDate;
    private String fundingSource;
    private BigDecimal cost;
    private String confirmedBy;
    private Instant confirmedAt;

    protected Deployment() {}

    public Deployment(
            long candidateId,
            long runId,
            String supporterId,
            int urn,
            String area,
            int tierAtStart,
            LocalDate startDate,
            LocalDate endDate,
            String fundingSource,
            BigDecimal cost,
            String confirmedBy,
            Instant confirmedAt) {
        this.candidateId = candidateId;
        this.runId = runId;
        this.supporterId = supporterId;
        this.urn = urn;
        this.area = area;
        this.tierAtStart = tierAtStart;
        this.startDate = startDate;
        this.endDate = endDate;
        this.fundingSource = fundingSource;
        this.cost = cost;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public long getRunId() {
        return runId;
    }

    public String getSupporterId() {
        return supporterId;
    }

    public int getUrn() {
        return urn;
    }

    public String getArea() {
        return area;
    }

    public int getTierAtStart() {
        return tierAtStart;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
