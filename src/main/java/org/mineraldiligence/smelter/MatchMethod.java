package org.mineraldiligence.smelter;

/** How a declared smelter was tied to a reference smelter; {@code NONE} when it was not. */
public enum MatchMethod {
    ID, ALIAS, FUZZY, NONE
}
