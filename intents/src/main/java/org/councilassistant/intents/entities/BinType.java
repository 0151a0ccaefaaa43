package org.councilassistant.intents.entities;

/** The kinds of bin a council collects. Colours differ between councils; see {@code bin-types.csv}. */
public enum BinType {
    GENERAL,
    RECYCLING,
    GARDEN,
    FOOD
}
