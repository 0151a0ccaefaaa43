package org.councilassistant.intents;

/**
 * Names of the intents that code refers to directly. The full list lives in {@code intents/catalogue.csv}.
 */
public final class CouncilIntents {

    public static final String OUT_OF_SCOPE = "out_of_scope";
    public static final String BIN_COLLECTION_DAY = "bin_collection_day";
    public static final String MISSED_BIN = "missed_bin";
    public static final String GARDEN_WASTE = "garden_waste";
    public static final String TALK_TO_PERSON = "talk_to_person";
    public static final String GREETING = "greeting";
    public static final String THANKS = "thanks";
    public static final String GOODBYE = "goodbye";
    public static final String HELP = "help";

    private CouncilIntents() {
    }
}
