package org.tierwise.finance;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reserve policies, one per reserve. */
public interface ReservePolicyRepository extends JpaRepository<ReservePolicy, Long> {}
