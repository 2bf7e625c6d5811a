package org.tierwise.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A flag as stored with its run: the item, severity, rule, regulation, message and triggering facts. */
@Entity
@Table(name = "finance_flag")
public class FinanceFlagRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_flag_seq")
    @SequenceGenerator(name = "finance_flag_seq", sequenceName = "finance_flag_seq", allocationSize = 50)
    private Long id;

    private Long runId;

    private String itemRef;

    private String fundRef;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String ruleId;

    private String ruleName;

    private String regulation;

    private String since;

    private String message;

    private String facts;

    public Long getId() {
        return id;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public String getItemRef() {
        return itemRef;
    }

    public void setItemRef(String itemRef) {
        this.itemRef = itemRef;
    }

    public String getFundRef() {
        return fundRef;
    }

    public void setFundRef(String fundRef) {
        this.fundRef = fundRef;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public String getRegulation() {
        return regulation;
    }

    public void setRegulation(String regulation) {
        this.regulation = regulation;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }
}
