package org.tierwise.school;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Published KS2 results, one row per school and academic year. */
public interface Ks2ResultRepository extends JpaRepository<Ks2Result, Long> {

    List<Ks2Result> findByUrnOrderByAcademicYearDesc(Integer urn);

    List<Ks2Result> findByUrnIn(Collection<Integer> urns);

    List<Ks2Result> findByAcademicYearIn(Collection<Integer> academicYears);
}
