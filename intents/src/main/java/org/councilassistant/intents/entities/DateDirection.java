package org.councilassistant.intents.entities;

/** Which way an ambiguous date ("Tuesday", "the 25th") points: the next one, or the last one. */
public enum DateDirection {
    FUTURE,
    PAST
}
