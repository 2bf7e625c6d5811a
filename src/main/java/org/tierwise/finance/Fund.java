package org.tierwise.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A fund for one financial year: DSG and its blocks and reserves, the general fund, improvement funds, traded income. */
@Entity
@Table(name = "finance_fund")
public class Fund {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_fund_seq")
    @SequenceGenerator(name = "finance_fund_seq", sequenceName = "finance_fund_seq", allocationSize = 50)
    private Long id;

    private String ref;

    private String name;

    private String council;

    @Enumerated(EnumType.STRING)
    private FundKind kind;

    private String financialYear;

    private BigDecimal budget;

    private BigDecimal balance;

    /** The authority's schools budget for the year (SSFA s45A(2)), on its DSG fund; null when not recorded. */
    private BigDecimal schoolsBudget;

    private String dataSource;

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCouncil() {
        return council;
    }

    public void setCouncil(String council) {
        this.council = council;
    }

    public FundKind getKind() {
        return kind;
    }

    public void setKind(FundKind kind) {
        this.kind = kind;
    }

    public String getFinancialYear() {
        return financialYear;
    }

    public void setFinancialYear(String financialYear) {
        this.financialYear = financialYear;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public BigDecimal getSchoolsBudget() {
        return schoolsBudget;
    }

    public void setSchoolsBudget(BigDecimal schoolsBudget) {
        this.schoolsBudget = schoolsBudget;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
