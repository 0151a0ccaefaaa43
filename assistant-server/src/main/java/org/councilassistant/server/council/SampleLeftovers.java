package org.councilassistant.server.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.councilassistant.core.council.SampleCouncil;

/**
 * The settings still holding the sample council's details although a council has set some of its own: a forgotten
 * one would have residents told about Brackenfield. None while every setting is the sample's (the default).
 */
final class SampleLeftovers {

    /** A setting (its name under {@code assistant.council.}) and its value. */
    record Setting(String name, String value) {
    }

    private SampleLeftovers() {
    }

    static List<Setting> in(CouncilProperties settings) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("name", settings.name());
        identity.put("short-name", settings.shortName());
        identity.put("welsh-name", settings.welshName());
        identity.put("welsh-short-name", settings.welshShortName());
        identity.put("website", settings.website());
        identity.put("privacy-notice-url", settings.privacyNoticeUrl());
        identity.put("example-postcode", settings.examplePostcode());
        identity.put("contact-centre.phone", settings.contactCentre().phone());
        identity.put("contact-centre.emergency-phone", settings.contactCentre().emergencyPhone());
        identity.put("alexa-invocation-name", settings.alexaInvocationName());
        boolean customised = identity.values().stream()
                .anyMatch(value -> CouncilProperties.isSet(value) && !isSample(value));
        if (!customised) {
            return List.of();
        }
        return identity.entrySet().stream().filter(setting -> isSample(setting.getValue()))
                .map(setting -> new Setting(setting.getKey(), setting.getValue())).toList();
    }

    private static boolean isSample(String value) {
        if (!CouncilProperties.isSet(value)) {
            return false;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        return text.contains("brackenfield") || text.equals(SampleCouncil.PHONE)
                || text.equals(SampleCouncil.EMERGENCY_PHONE)
                || text.replace(" ", "").equalsIgnoreCase(SampleCouncil.EXAMPLE_POSTCODE.replace(" ", ""));
    }
}
