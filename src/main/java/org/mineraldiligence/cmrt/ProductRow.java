package org.mineraldiligence.cmrt;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One Product List row. {@code requesterNumber} and {@code requesterName} are the requester's own product
 * number and name, which only EMRT 2.x asks for (columns D and E); they are left out of the JSON when null,
 * so a CMRT's JSON stays what it always was.
 */
public record ProductRow(int row, String number, String name, String comments,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String requesterNumber,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String requesterName) {

    /** A CMRT or EMRT 1.x row: responder's number and name, comments. */
    public ProductRow(int row, String number, String name, String comments) {
        this(row, number, name, comments, null, null);
    }
}
