package org.tierwise.brokering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Confirmed deployments. */
public interface DeploymentRepository extends JpaRepository<Deployment, Long> {

    List<Deployment> findBySupporterIdIn(java.util.Collection<String> supporterIds);

    List<Deployment> findByUrn(int urn);

    Optional<Deployment> findByCandidateId(long candidateId);
}
