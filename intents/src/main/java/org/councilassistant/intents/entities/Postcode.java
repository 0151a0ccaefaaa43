package org.councilassistant.intents.entities;

/**
 * A UK postcode in its normal form: upper case, one space before the three-character inward code.
 */
public record Postcode(String outward, String inward) {

    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
