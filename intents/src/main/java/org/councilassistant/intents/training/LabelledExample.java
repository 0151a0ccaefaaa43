package org.councilassistant.intents.training;

/** A piece of text with the intent label it should receive. */
public record LabelledExample(String text, String label) {
}
