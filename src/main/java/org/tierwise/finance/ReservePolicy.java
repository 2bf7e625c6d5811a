package org.tierwise.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A council's policy for a reserve held from the DSG; categories are stored as names separated by ';'. */
@Entity
@Table(name = "finance_reserve_policy")
public class ReservePolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_reserve_policy_seq")
    @SequenceGenerator(
            name = "finance_reserve_policy_seq",
            sequenceName = "finance_reserve_policy_seq",
            allocationSize = 50)
    private Long id;

    private String fundRef;

    private BigDecimal minPercentOfDsg;

    private BigDecimal maxPercentOfDsg;

    private BigDecimal riskCover;

    private String permittedCategories;

    private String risks;

    private String dataSource;

    public Long getId() {
        return id;
    }

    public String getFundRef() {
        return fundRef;
    }

    public void setFundRef(String fundRef) {
        this.fundRef = fundRef;
    }

    public BigDecimal getMinPercentOfDsg() {
        return minPercentOfDsg;
    }

    public void setMinPercentOfDsg(BigDecimal minPercentOfDsg) {
        this.minPercentOfDsg = minPercentOfDsg;
    }

    public BigDecimal getMaxPercentOfDsg() {
        return maxPercentOfDsg;
    }

    public void setMaxPercentOfDsg(BigDecimal maxPercentOfDsg) {
        this.maxPercentOfDsg = maxPercentOfDsg;
    }

    public BigDecimal getRiskCover() {
        return riskCover;
    }

    public void setRiskCover(BigDecimal riskCover) {
        this.riskCover = riskCover;
    }

    public String getPermittedCategories() {
        return permittedCategories;
    }

    public void setPermittedCategories(String permittedCategories) {
        this.permittedCategories = permittedCategories;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
