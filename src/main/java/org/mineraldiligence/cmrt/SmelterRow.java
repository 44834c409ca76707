package org.mineraldiligence.cmrt;

/**
 * One Smelter List row, whitespace-normalised. {@code name} follows the spec's row identity (standard
 * name, else typed name, else look-up name unless it is "Smelter not listed/not yet identified");
 * {@code smelterId} is the normalised CID from F, else from A, else F as typed.
 */
public record SmelterRow(int row, String metal, String lookupName, String name, String country, String smelterId,
                         String idSource, String street, String city, String state, String contactName,
                         String contactEmail, String nextSteps, String mine, String mineCountry, String recycled,
                         String comments) {
}
