package org.tierwise.finance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored flags of the runs. */
public interface FinanceFlagRecordRepository extends JpaRepository<FinanceFlagRecord, Long> {

    List<FinanceFlagRecord> findByRunIdOrderByIdAsc(Long runId);
}
