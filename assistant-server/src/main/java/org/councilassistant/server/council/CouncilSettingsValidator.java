package org.councilassistant.server.council;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.councilassistant.core.service.contact.OpeningHours;
import org.councilassistant.intents.entities.PostcodeExtractor;

/**
 * Checks the council settings before anything uses them, so that a mistake stops the start with a message that
 * names the setting and what to write, rather than reaching a resident. Besides each setting's own form, a
 * council that has set some of its details may not keep the sample council's in the others.
 */
final class CouncilSettingsValidator {

    private static final String PREFIX = "assistant.council.";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9 ()-]{5,19}");
    private static final Pattern INVOCATION = Pattern.compile("[a-z][a-z' .]*");
    /** Words Alexa does not allow in an invocation name, or at its start. */
    private static final Set<String> FORBIDDEN_WORDS = Set.of("alexa", "amazon", "echo", "skill", "app");
    private static final Set<String> LAUNCH_WORDS = Set.of("ask", "open", "launch", "start", "tell", "run", "load",
            "begin", "use", "resume", "play");
    private static final Set<String> LOGO_TYPES = Set.of("png", "svg", "jpg", "jpeg", "gif", "webp");
    /** WCAG 2.2 AA for normal text. */
    private static final double MINIMUM_CONTRAST = 4.5;

    private CouncilSettingsValidator() {
    }

    /** Every problem with the settings, each naming its setting; empty when they are all right. */
    static List<String> problems(CouncilProperties settings) {
        List<String> problems = new ArrayList<>();
        required(problems, "name", settings.name(), "your council's full name, e.g. Ashdown District Council");
        required(problems, "short-name", settings.shortName(), "the name residents use, e.g. Ashdown Council");
        webAddress(problems, "website", settings.website(), "https://www.yourcouncil.gov.uk");
        webAddress(problems, "privacy-notice-url", settings.privacyNoticeUrl(), "https://www.yourcouncil.gov.uk/privacy");
        if (settings.examplePostcode() == null || new PostcodeExtractor().parse(settings.examplePostcode()).isEmpty()) {
            problems.add(describe("example-postcode", settings.examplePostcode(),
                    "write a full postcode in your council's area, e.g. AS1 1AA"));
        }
        phone(problems, "contact-centre.phone", settings.contactCentre().phone());
        phone(problems, "contact-centre.emergency-phone", settings.contactCentre().emergencyPhone());
        try {
            OpeningHours.parse(settings.contactCentre().openingHours());
        } catch (IllegalArgumentException e) {
            problems.add(PREFIX + "contact-centre.opening-hours: " + e.getMessage()
                    + " (write closed for a day the contact centre is closed)");
        }
        brandColour(problems, settings.brandColour());
        logo(problems, settings.logo());
        invocation(problems, settings);
        if (problems.isEmpty()) {
            SampleLeftovers.in(settings).forEach(setting -> problems.add(describe(setting.name(), setting.value(),
                    "this is still the sample council's, Brackenfield's: write your own council's")));
        }
        return problems;
    }

    private static void required(List<String> problems, String setting, String value, String what) {
        if (!CouncilProperties.isSet(value)) {
            problems.add(PREFIX + setting + " is empty: write " + what);
        }
    }

    private static void webAddress(List<String> problems, String setting, String value, String example) {
        if (!isWebAddress(value)) {
            problems.add(describe(setting, value, "write a full web address starting https://, e.g. " + example));
        }
    }

    static boolean isWebAddress(String value) {
        if (!CouncilProperties.isSet(value)) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void phone(List<String> problems, String setting, String value) {
        if (value == null || !PHONE.matcher(value.strip()).matches()) {
            problems.add(describe(setting, value, "write the number as residents dial it, e.g. 01632 960 100"));
        }
    }

    private static void brandColour(List<String> problems, String value) {
        if (value == null || !COLOUR.matcher(value.strip()).matches()) {
            problems.add(describe("brand-colour", value, "write a colour as # and six hexadecimal digits, e.g. #1d70b8"));
            return;
        }
        double contrast = contrastWithWhite(value.strip());
        if (contrast < MINIMUM_CONTRAST) {
            problems.add(describe("brand-colour", value, String.format(Locale.UK, "white text on it has a contrast "
                    + "ratio of %.1f:1, and WCAG AA needs at least 4.5:1: choose a darker colour", contrast)));
        }
    }

    /** WCAG's contrast ratio of white text on {@code #rrggbb}. */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double value = (channel & 0xff) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static void logo(List<String> problems, String logo) {
        if (!CouncilProperties.isSet(logo)) {
            return;
        }
        String value = logo.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith("http:") || value.toLowerCase(Locale.ROOT).startsWith("https:")) {
            if (!isWebAddress(value) || !value.toLowerCase(Locale.ROOT).startsWith("https:")) {
                problems.add(describe("logo", logo, "write an https:// address (an http:// image is blocked on "
                        + "https pages), or the path of an image file on this server"));
            }
            return;
        }
        String extension = value.contains(".") ? value.substring(value.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!LOGO_TYPES.contains(extension)) {
            problems.add(describe("logo", logo, "the file must be a PNG, SVG, JPEG, GIF or WebP image"));
        } else if (!isReadableFile(value)) {
            problems.add(describe("logo", logo, "there is no readable file there: write the full path of the image, "
                    + "or an https:// address"));
        }
    }

    private static boolean isReadableFile(String path) {
        try {
            Path file = Path.of(path);
            return Files.isRegularFile(file) && Files.isReadable(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void invocation(List<String> problems, CouncilProperties settings) {
        String invocation = settings.effectiveAlexaInvocationName();
        String[] words = invocation.split(" +");
        String problem = null;
        if (!INVOCATION.matcher(invocation).matches()) {
            problem = "Alexa allows only lower-case letters a to z, spaces, apostrophes and full stops";
        } else if (words.length < 2) {
            problem = "Alexa needs at least two words";
        } else if (Arrays.stream(words).anyMatch(FORBIDDEN_WORDS::contains)) {
            problem = "Alexa does not allow the words " + String.join(", ", new TreeSet<>(FORBIDDEN_WORDS));
        } else if (LAUNCH_WORDS.contains(words[0])) {
            problem = "it may not start with a word residents use to open a skill, such as \"" + words[0] + "\"";
        }
        if (problem != null) {
            String how = CouncilProperties.isSet(settings.alexaInvocationName()) ? ""
                    : " (made from short-name; set alexa-invocation-name to say it otherwise)";
            problems.add(describe("alexa-invocation-name", invocation, problem + how + ", e.g. ashdown council"));
        }
    }

    private static String describe(String setting, String value, String what) {
        return PREFIX + setting + (value == null ? "" : " = \"" + value + "\"") + ": " + what;
    }
}
