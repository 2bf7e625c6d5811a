package org.tierwise.finance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spending items. */
public interface SpendItemRepository extends JpaRepository<SpendItem, Long> {

    List<SpendItem> findByFundRefIn(java.util.Collection<String> fundRefs);
}
