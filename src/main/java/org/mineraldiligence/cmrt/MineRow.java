package org.mineraldiligence.cmrt;

/**
 * One Mine List row of an EMRT 2.x (columns A-M from row 5), whitespace-normalised; null where blank.
 * {@code smelters} is column B, the smelter(s) or refiner(s) that source from this mine.
 */
public record MineRow(int row, String mineral, String smelters, String name, String mineId, String idSource,
                      String country, String street, String city, String state, String contactName,
                      String contactEmail, String nextSteps, String comments) {
}
