package org.tierwise.finance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Finance check runs, newest last. */
public interface FinanceCheckRunRepository extends JpaRepository<FinanceCheckRun, Long> {

    Optional<FinanceCheckRun> findFirstByOrderByIdDesc();
}
