package org.tierwise.school;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The register of schools. */
public interface SchoolRepository extends JpaRepository<School, Integer>, JpaSpecificationExecutor<School> {

    @Query("select s.urn from School s")
    List<Integer> findAllUrns();

    /** The local authorities the register holds schools of. */
    @Query("select distinct s.laCode from School s where s.laCode is not null")
    List<Integer> findAllLaCodes();

    List<School> findByLaCode(Integer laCode);
}
