package org.councilassistant.intents.catalogue;

/** One intent of the catalogue. */
public record IntentDefinition(String id, IntentKind kind, String description) {
}
