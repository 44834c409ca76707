package org.mineraldiligence.cycle.scope;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExchangeRateRepository extends JpaRepository<ExchangeRate, Long> {

    List<ExchangeRate> findByCycleIdOrderByCurrency(long cycleId);

    Optional<ExchangeRate> findByCycleIdAndCurrency(long cycleId, String currency);
}
