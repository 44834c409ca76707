package org.mineraldiligence.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long>,
        JpaSpecificationExecutor<OutboundMessage> {

    Optional<OutboundMessage> findByIdempotencyKey(String idempotencyKey);

    /** Messages due for an attempt, including those whose sender died while holding them. */
    @Query("""
            select m.id from OutboundMessage m
            where (m.status = QUEUED and m.nextAttemptAt <= :now)
               or (m.status = SENDING and m.lockedUntil < :now)
            order by m.nextAttemptAt""")
    List<Long> findDue(@Param("now") Instant now, Limit limit);

    /**
     * Claims a due message for this node. The condition is the same as {@link #findDue}'s, so when two
     * nodes race for one message only one update hits a row; 1 means this node may send it.
     */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("""
            update OutboundMessage m set m.status = SENDING, m.lockedUntil = :lockedUntil
            where m.id = :id
              and ((m.status = QUEUED and m.nextAttemptAt <= :now)
                or (m.status = SENDING and m.lockedUntil < :now))""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("lockedUntil") Instant lockedUntil);

    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("""
            update OutboundMessage m set m.status = SENT, m.sentAt = :sentAt, m.lockedUntil = null
            where m.id = :id and m.status = SENDING""")
    int markSent(@Param("id") long id, @Param("sentAt") Instant sentAt);
}
