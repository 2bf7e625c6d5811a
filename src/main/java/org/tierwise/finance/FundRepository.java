package org.tierwise.finance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Funds by their reference. */
public interface FundRepository extends JpaRepository<Fund, Long> {

    Optional<Fund> findByRef(String ref);
}
