package org.councilassistant.core.council;

import java.net.URI;
import java.util.Locale;

import org.councilassistant.intents.language.Language;

/**
 * Who the assistant speaks for: the council's names (in English and Welsh), its contact centre's numbers, its
 * website and privacy notice, the example postcode residents are shown, and its look (logo and brand colour).
 * Every reply, page, the widget and the Alexa skill take the council from here, never from their own copy.
 *
 * @param name the full name, e.g. "Brackenfield Borough Council"
 * @param shortName how residents say it, e.g. "Brackenfield Council"
 * @param welshName the full name in Welsh
 * @param welshShortName the short name in Welsh
 * @param phone the contact centre's number residents call
 * @param emergencyPhone the out-of-hours emergency number
 * @param website the council's website
 * @param privacyNotice the privacy notice that covers the assistant
 * @param examplePostcode a postcode in the council's area, shown as an example
 * @param logo an https URL, or the path of an image file the server serves; null for none
 * @param brandColour the colour of the chat's and the pages' header, {@code #rrggbb}
 * @param alexaInvocationName what residents say to Alexa to open the skill, e.g. "brackenfield council"
 */
public record Council(String name, String shortName, String welshName, String welshShortName, String phone,
        String emergencyPhone, URI website, URI privacyNotice, String examplePostcode, String logo,
        String brandColour, String alexaInvocationName) {

    /** The fictional council the assistant ships with: what every setting is until a council sets its own. */
    public static Council sample() {
        return new Council(SampleCouncil.NAME, SampleCouncil.SHORT_NAME, SampleCouncil.WELSH_NAME,
                SampleCouncil.WELSH_SHORT_NAME, SampleCouncil.PHONE, SampleCouncil.EMERGENCY_PHONE,
                URI.create(SampleCouncil.WEBSITE), URI.create(SampleCouncil.PRIVACY_NOTICE),
                SampleCouncil.EXAMPLE_POSTCODE, null, SampleCouncil.BRAND_COLOUR, SampleCouncil.ALEXA_INVOCATION_NAME);
    }

    public String nameIn(Language language) {
        return language == Language.WELSH ? welshName : name;
    }

    public String shortNameIn(Language language) {
        return language == Language.WELSH ? welshShortName : shortName;
    }

    /** The website as residents read it: "brackenfield.example" for https://www.brackenfield.example/. */
    public String websiteName() {
        String host = website.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The contact centre's number as a link: {@code tel:+441632960100} for "01632 960 100". */
    public String phoneHref() {
        return telephoneLink(phone);
    }

    /** A UK number in international form for a {@code tel:} link; a number with a country code keeps it. */
    static String telephoneLink(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (number.strip().startsWith("+")) {
            return "tel:+" + digits;
        }
        return digits.startsWith("0") ? "tel:+44" + digits.substring(1) : "tel:" + digits;
    }

    /** The Alexa invocation residents would say for a short name: lower case, letters and spaces only. */
    public static String invocationFor(String shortName) {
        return shortName.toLowerCase(Locale.UK).replaceAll("[^\\p{L} ]", " ").replaceAll("\\s+", " ").strip();
    }
}
