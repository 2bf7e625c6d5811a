package org.tierwise.school;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Ofsted inspections of the schools in the register. */
public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByUrnOrderByInspectionDateDesc(Integer urn);

    List<Inspection> findByUrnIn(Collection<Integer> urns);
}
