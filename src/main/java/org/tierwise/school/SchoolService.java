package org.tierwise.school;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the register and records officers' concerns. */
@Service
@Transactional(readOnly = true)
public class SchoolService {

    private final SchoolRepository schools;
    private final InspectionRepository inspections;
    private final Ks2ResultRepository ks2;
    private final Ks4ResultRepository ks4;
    private final LocalIntelligenceRepository intelligence;

    SchoolService(
            SchoolRepository schools,
            InspectionRepository inspections,
            Ks2ResultRepository ks2,
            Ks4ResultRepository ks4,
            LocalIntelligenceRepository intelligence) {
        this.schools = schools;
        this.inspections = inspections;
        this.ks2 = ks2;
        this.ks4 = ks4;
        this.intelligence = intelligence;
    }

    public Page<School> search(SchoolSearch search, Pageable page) {
        return schools.findAll(search.specification(), page);
    }

    public School school(int urn) {
        return schools.findById(urn).orElseThrow(() -> new SchoolNotFoundException(urn));
    }

    public List<Inspection> inspections(int urn) {
        return inspections.findByUrnOrderByInspectionDateDesc(urn);
    }

    public List<Ks2Result> ks2(int urn) {
        return ks2.findByUrnOrderByAcademicYearDesc(urn);
    }

    public List<Ks4Result> ks4(int urn) {
        return ks4.findByUrnOrderByAcademicYearDesc(urn);
    }

    public List<LocalIntelligence> intelligence(int urn) {
        return intelligence.findByUrnOrderByRecordedOnDesc(urn);
    }

    /** Records an officer's concern about a school. */
    @Transactional
    public LocalIntelligence recordConcern(
            int urn,
            ConcernKind kind,
            LocalDate recordedOn,
            String note,
            String recordedBy,
            Confidentiality confidentiality) {
        school(urn);
        LocalIntelligence concern = new LocalIntelligence();
        concern.setUrn(urn);
        concern.setKind(kind);
        concern.setRecordedOn(recordedOn);
        concern.setNote(note);
        concern.setRecordedBy(recordedBy);
        concern.setConfidentiality(Confidentiality.of(kind, confidentiality));
        concern.setDataSource("recorded through the API");
        return intelligence.save(concern);
    }
}
