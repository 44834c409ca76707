package org.mineraldiligence.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

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
                // The label is "code name": the code is its first word, the name follows the first space.
                String text = escapeLike(supplier.strip().toUpperCase(Locale.ROOT));
                var label = cb.upper(message.get("supplierLabel"));
                conditions.add(cb.or(cb.like(label, text + " %", '\\'), cb.like(label, "% %" + text + "%", '\\')));
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
