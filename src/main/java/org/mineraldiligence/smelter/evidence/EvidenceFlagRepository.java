package org.mineraldiligence.smelter.evidence;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceFlagRepository extends JpaRepository<EvidenceFlag, Long> {

    List<EvidenceFlag> findBySmelterIdOrderByFlaggedAtDescIdDesc(String smelterId);

    List<EvidenceFlag> findBySmelterIdAndWithdrawnAtIsNullOrderByFlaggedAtAscIdAsc(String smelterId);

    @Query("select distinct f.smelterId from EvidenceFlag f where f.withdrawnAt is null")
    Set<String> findFlaggedSmelterIds();
}
