package org.tierwise.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** A concern about a school recorded by an officer: local knowledge no published file carries. */
@Entity
public class LocalIntelligence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_intelligence_seq")
    @SequenceGenerator(name = "local_intelligence_seq", sequenceName = "local_intelligence_seq", allocationSize = 50)
    private Long id;

    private Integer urn;

    @Enumerated(EnumType.STRING)
    private ConcernKind kind;

    private LocalDate recordedOn;

    private String note;

    private String recordedBy;

    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality = Confidentiality.STANDARD;

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

    public ConcernKind getKind() {
        return kind;
    }

    public void setKind(ConcernKind kind) {
        this.kind = kind;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public void setRecordedOn(LocalDate recordedOn) {
        this.recordedOn = recordedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    /** Whether the note is withheld from users without the SAFEGUARDING role, and from runs and exports. */
    public boolean isConfidential() {
        return confidentiality == Confidentiality.SAFEGUARDING;
    }

    /**
     * The note as a reader may see it: the words for a standard concern, or for a reader of
     * safeguarding notes; otherwise {@link Confidentiality#WITHHELD}.
     */
    public String noteFor(boolean readsSafeguardingNotes) {
        return isConfidential() && !readsSafeguardingNotes ? Confidentiality.WITHHELD : note;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }
}
