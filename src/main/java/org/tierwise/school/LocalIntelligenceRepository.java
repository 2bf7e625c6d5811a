package org.tierwise.school;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Concerns recorded by officers. */
public interface LocalIntelligenceRepository extends JpaRepository<LocalIntelligence, Long> {

    List<LocalIntelligence> findByUrnOrderByRecordedOnDesc(Integer urn);

    List<LocalIntelligence> findByUrnIn(Collection<Integer> urns);
}
