package org.councilassistant.core.council;

/**
 * The fictional Brackenfield Borough Council the assistant ships with, as constants so that settings can
 * default to it. Its phone numbers are in Ofcom's range for drama, and its web addresses end in the reserved
 * {@code .example}, so nothing here reaches a real council.
 */
public final class SampleCouncil {

    public static final String NAME = "Brackenfield Borough Council";
    public static final String SHORT_NAME = "Brackenfield Council";
    public static final String WELSH_NAME = "Cyngor Bwrdeistref Brackenfield";
    public static final String WELSH_SHORT_NAME = "Cyngor Brackenfield";
    public static final String PHONE = "01632 960 100";
    public static final String EMERGENCY_PHONE = "01632 960 999";
    public static final String WEBSITE = "https://www.brackenfield.example";
    public static final String PRIVACY_NOTICE = "https://www.brackenfield.example/privacy/assistant";
    public static final String EXAMPLE_POSTCODE = "BK1 2AB";
    /** GOV.UK's blue: white text on it passes WCAG AA. */
    public static final String BRAND_COLOUR = "#1d70b8";
    public static final String ALEXA_INVOCATION_NAME = "brackenfield council";

    private SampleCouncil() {
    }
}
