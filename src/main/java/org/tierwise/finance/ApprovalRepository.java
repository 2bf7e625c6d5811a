package org.tierwise.finance;

import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded approvals. */
public interface ApprovalRepository extends JpaRepository<Approval, Long> {}
