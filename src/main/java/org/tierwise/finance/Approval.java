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

/** A recorded approval (schools forum, Cabinet/Executive, virement, Secretary of State). */
@Entity
@Table(name = "finance_approval")
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_approval_seq")
    @SequenceGenerator(name = "finance_approval_seq", sequenceName = "finance_approval_seq", allocationSize = 50)
    private Long id;

    private String ref;

    @Enumerated(EnumType.STRING)
    private ApprovalBody body;

    @Column(name = "approved_on")
    private LocalDate date;

    private String reference;

    private BigDecimal amount;

    private String scope;

    /** What an approval of a whole fund is for: category names separated by ';', or null. */
    private String categories;

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

    public ApprovalBody getBody() {
        return body;
    }

    public void setBody(ApprovalBody body) {
        this.body = body;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
