package org.tierwise.school;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Published KS4 results, one row per school and academic year. */
public interface Ks4ResultRepository extends JpaRepository<Ks4Result, Long> {

    List<Ks4Result> findByUrnOrderByAcademicYearDesc(Integer urn);

    List<Ks4Result> findByUrnIn(Collection<Integer> urns);

    List<Ks4Result> findByAcademicYearIn(Collection<Integer> academicYears);
}
