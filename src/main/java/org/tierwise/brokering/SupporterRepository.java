package org.tierwise.brokering;

import org.springframework.data.jpa.repository.JpaRepository;

/** The register of supporters. */
public interface SupporterRepository extends JpaRepository<Supporter, String> {}
