package org.mineraldiligence.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.mineraldiligence.supplier.Supplier;
import org.springframework.data.jpa.domain.Specification;

/**
 * The Outbox page's filters; each is optional.
 *
 * @param supplier a supplier's code (exact) or part of its name
 * @param cycleId  a reporting cycle id
 * @param status   a message status
 */
record OutboxSearch(String supplier, Long cycleId, MessageStatus status) {

    Specification<OutboundMessage> toSpecification() {
        return (message, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (supplier != null && !supplier.isBlank()) {
                String text = supplier.strip().toUpperCase(Locale.ROOT);
                Subquery<Long> matching = query.subquery(Long.class);
                Root<Supplier> s = matching.from(Supplier.class);
                matching.select(s.get("id")).where(cb.or(
                    cb.equal(cb.upper(s.get("code")), text),
                    cb.like(cb.upper(s.get("name")), "%" + escapeLike(text) + "%", '\\')));
                conditions.add(message.get("supplierId").in(matching));
            }
            if (cycleId != null) {
                conditions.add(cb.equal(message.get("cycleId"), cycleId));
            }
            if (status != null) {
                conditions.add(cb.equal(message.get("status"), status));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
