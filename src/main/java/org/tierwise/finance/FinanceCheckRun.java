package org.tierwise.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One persisted finance check: its scope, the rule set it ran on and what it found. */
@Entity
@Table(name = "finance_check_run")
public class FinanceCheckRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String scopeFund;

    private String scopeYear;

    private LocalDate asOf;

    private String ruleSetDigest;

    private String ruleSetLabel;

    private OffsetDateTime ranAt;

    private Integer itemsChecked;

    private Integer flagCount;

    private Integer breaches;

    private Integer needsApproval;

    private Integer warnings;

    public Long getId() {
        return id;
    }

    public String getScopeFund() {
        return scopeFund;
    }

    public void setScopeFund(String scopeFund) {
        this.scopeFund = scopeFund;
    }

    public String getScopeYear() {
        return scopeYear;
    }

    public void setScopeYear(String scopeYear) {
        this.scopeYear = scopeYear;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getRuleSetDigest() {
        return ruleSetDigest;
    }

    public void setRuleSetDigest(String ruleSetDigest) {
        this.ruleSetDigest = ruleSetDigest;
    }

    public String getRuleSetLabel() {
        return ruleSetLabel;
    }

    public void setRuleSetLabel(String ruleSetLabel) {
        this.ruleSetLabel = ruleSetLabel;
    }

    public OffsetDateTime getRanAt() {
        return ranAt;
    }

    public void setRanAt(OffsetDateTime ranAt) {
        this.ranAt = ranAt;
    }

    public Integer getItemsChecked() {
        return itemsChecked;
    }

    public void setItemsChecked(Integer itemsChecked) {
        this.itemsChecked = itemsChecked;
    }

    public Integer getFlagCount() {
        return flagCount;
    }

    public void setFlagCount(Integer flagCount) {
        this.flagCount = flagCount;
    }

    public Integer getBreaches() {
        return breaches;
    }

    public void setBreaches(Integer breaches) {
        this.breaches = breaches;
    }

    public Integer getNeedsApproval() {
        return needsApproval;
    }

    public void setNeedsApproval(Integer needsApproval) {
        this.needsApproval = needsApproval;
    }

    public Integer getWarnings() {
        return warnings;
    }

    public void setWarnings(Integer warnings) {
        this.warnings = warnings;
    }
}
