package org.mineraldiligence.report;

import java.time.Instant;

/**
 * Who follows a supplier up and what it was last told, for the supplier-status download.
 *
 * @param contact     the primary contact (else the first), "name <e-mail>"
 * @param lastMessage the template of the latest e-mail to the supplier in this cycle, e.g. "reminder"
 */
public record SupplierFollowUp(String commodityManager, String contact, long remindersSent, String lastMessage,
                               Instant lastMessageAt) {

    static final SupplierFollowUp NONE = new SupplierFollowUp(null, null, 0, null, null);
}
