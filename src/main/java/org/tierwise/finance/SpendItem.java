package org.tierwise.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One commitment of money from a fund, as imported. */
@Entity
@Table(name = "finance_spend_item")
public class SpendItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_spend_item_seq")
    @SequenceGenerator(name = "finance_spend_item_seq", sequenceName = "finance_spend_item_seq", allocationSize = 50)
    private Long id;

    private String ref;

    private String fundRef;

    @Enumerated(EnumType.STRING)
    private SpendKind kind;

    private BigDecimal amount;

    @Column(name = "spend_date")
    private LocalDate date;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private ExpenditureCategory category;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private RecipientType recipientType;

    private BigDecimal previousYearAmount;

    private BigDecimal matchRequired;

    private String matchFor;

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

    public String getFundRef() {
        return fundRef;
    }

    public void setFundRef(String fundRef) {
        this.fundRef = fundRef;
    }

    public SpendKind getKind() {
        return kind;
    }

    public void setKind(SpendKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public ExpenditureCategory getCategory() {
        return category;
    }

    public void setCategory(ExpenditureCategory category) {
        this.category = category;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public RecipientType getRecipientType() {
        return recipientType;
    }

    public void setRecipientType(RecipientType recipientType) {
        this.recipientType = recipientType;
    }

    public BigDecimal getPreviousYearAmount() {
        return previousYearAmount;
    }

    public void setPreviousYearAmount(BigDecimal previousYearAmount) {
        this.previousYearAmount = previousYearAmount;
    }

    public BigDecimal getMatchRequired() {
        return matchRequired;
    }

    public void setMatchRequired(BigDecimal matchRequired) {
        this.matchRequired = matchRequired;
    }

    public String getMatchFor() {
        return matchFor;
    }

    public void setMatchFor(String matchFor) {
        this.matchFor = matchFor;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
