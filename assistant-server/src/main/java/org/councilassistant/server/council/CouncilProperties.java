package org.councilassistant.server.council;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.SampleCouncil;
import org.councilassistant.intents.entities.PostcodeExtractor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.council.*}: the council the assistant speaks for. Every default is the fictional
 * sample council, Brackenfield; {@link CouncilSettingsValidator} refuses to start with a setting that is wrong, or
 * still the sample's while others are a real council's.
 *
 * @param name the full name, e.g. "Ashdown District Council"
 * @param shortName how residents say it, e.g. "Ashdown Council"
 * @param welshName the full name in Welsh; unset, the English name (the sample council's Welsh name for it)
 * @param welshShortName the short name in Welsh; unset, as {@code welshName}
 * @param website the council's website, a full https:// address
 * @param privacyNoticeUrl the privacy notice that covers the assistant, a full https:// address
 * @param examplePostcode a postcode in the council's area, shown to residents as an example
 * @param logo an https:// address, or the path of a PNG, SVG, JPEG, GIF or WebP file; unset, no logo
 * @param brandColour the colour of the headers, {@code #rrggbb}, dark enough for white text on it
 * @param alexaInvocationName what residents say to open the Alexa skill; unset, the short name in lower case
 * @param sampleContent whether a new, empty knowledge base starts with the sample council's articles
 * @param contactCentre the council's contact centre: phone numbers and opening hours
 */
@ConfigurationProperties("assistant.council")
public record CouncilProperties(
        @DefaultValue(SampleCouncil.NAME) String name,
        @DefaultValue(SampleCouncil.SHORT_NAME) String shortName,
        String welshName,
        String welshShortName,
        @DefaultValue(SampleCouncil.WEBSITE) String website,
        @DefaultValue(SampleCouncil.PRIVACY_NOTICE) String privacyNoticeUrl,
        @DefaultValue(SampleCouncil.EXAMPLE_POSTCODE) String examplePostcode,
        String logo,
        @DefaultValue(SampleCouncil.BRAND_COLOUR) String brandColour,
        String alexaInvocationName,
        @DefaultValue("true") boolean sampleContent,
        @DefaultValue ContactCentreSettings contactCentre) {

    /**
     * @param phone the number residents call
     * @param emergencyPhone the out-of-hours emergency number
     * @param openingHours per day, e.g. {@code monday: "08:30-17:00"}; days not listed or written
     *        {@code closed} are closed, as are bank holidays
     */
    public record ContactCentreSettings(
            @DefaultValue(SampleCouncil.PHONE) String phone,
            @DefaultValue(SampleCouncil.EMERGENCY_PHONE) String emergencyPhone,
            Map<DayOfWeek, String> openingHours) {

        public ContactCentreSettings {
            openingHours = openingHours == null ? Map.of() : Map.copyOf(openingHours);
        }
    }

    /** True when the name is the sample council's: the one case where unset Welsh names are the sample's. */
    private boolean namesTheSampleCouncil() {
        return SampleCouncil.NAME.equals(strip(name));
    }

    String effectiveWelshName() {
        if (isSet(welshName)) {
            return welshName.strip();
        }
        return namesTheSampleCouncil() ? SampleCouncil.WELSH_NAME : strip(name);
    }

    String effectiveWelshShortName() {
        if (isSet(welshShortName)) {
            return welshShortName.strip();
        }
        if (!isSet(welshName) && namesTheSampleCouncil()) {
            return SampleCouncil.WELSH_SHORT_NAME;
        }
        return isSet(welshName) ? welshName.strip() : strip(shortName);
    }

    String effectiveAlexaInvocationName() {
        return isSet(alexaInvocationName) ? alexaInvocationName.strip() : Council.invocationFor(strip(shortName));
    }

    /** The council these settings describe; call only once {@link CouncilSettingsValidator} found no problem. */
    public Council council() {
        String postcode = new PostcodeExtractor().parse(examplePostcode).map(Object::toString).orElseThrow();
        return new Council(name.strip(), shortName.strip(), effectiveWelshName(), effectiveWelshShortName(),
                contactCentre.phone().strip(), contactCentre.emergencyPhone().strip(), URI.create(website.strip()),
                URI.create(privacyNoticeUrl.strip()), postcode, isSet(logo) ? logo.strip() : null,
                brandColour.strip().toLowerCase(Locale.ROOT), effectiveAlexaInvocationName());
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
