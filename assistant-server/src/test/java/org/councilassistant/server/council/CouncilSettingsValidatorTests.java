package org.councilassistant.server.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.councilassistant.core.council.Council;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The council settings as they are bound, and what is refused at start-up, each problem naming its setting. */
class CouncilSettingsValidatorTests {

    private static final Map<String, String> ASHDOWN = Map.ofEntries(
            Map.entry("assistant.council.name", "Ashdown District Council"),
            Map.entry("assistant.council.short-name", "Ashdown Council"),
            Map.entry("assistant.council.website", "https://www.ashdown.gov.uk"),
            Map.entry("assistant.council.privacy-notice-url", "https://www.ashdown.gov.uk/privacy"),
            Map.entry("assistant.council.example-postcode", "as1 1aa"),
            Map.entry("assistant.council.brand-colour", "#00703C"),
            Map.entry("assistant.council.contact-centre.phone", "01234 567 890"),
            Map.entry("assistant.council.contact-centre.emergency-phone", "01234 567 999"),
            Map.entry("assistant.council.contact-centre.opening-hours.monday", "09:00-17:00"));

    @Test
    void theDefaultsAreTheSampleCouncil() {
        CouncilProperties defaults = bind(Map.of());

        assertThat(CouncilSettingsValidator.problems(defaults)).isEmpty();
        assertThat(defaults.council()).isEqualTo(Council.sample());
        assertThat(defaults.sampleContent()).isTrue();
    }

    @Test
    void aCouncilsOwnSettingsMakeItsCouncil() {
        CouncilProperties ashdown = bind(ASHDOWN);

        assertThat(CouncilSettingsValidator.problems(ashdown)).isEmpty();
        Council council = ashdown.council();
        assertThat(council.examplePostcode()).isEqualTo("AS1 1AA");
        assertThat(council.brandColour()).isEqualTo("#00703c");
        assertThat(council.alexaInvocationName()).isEqualTo("ashdown council");
        assertThat(council.welshName()).as("no Welsh name set: the English one").isEqualTo("Ashdown District Council");
        assertThat(council.welshShortName()).isEqualTo("Ashdown Council");
    }

    @Test
    void refusesWrongSettingsNamingEachAndWhatToWrite() {
        CouncilProperties wrong = bind(with(Map.of(
                "assistant.council.name", " ",
                "assistant.council.website", "www.ashdown.gov.uk",
                "assistant.council.privacy-notice-url", "ftp://ashdown.gov.uk/privacy",
                "assistant.council.example-postcode", "Ashdown",
                "assistant.council.brand-colour", "blue",
                "assistant.council.contact-centre.phone", "call us",
                "assistant.council.contact-centre.opening-hours.monday", "9 till 5")));

        assertThat(CouncilSettingsValidator.problems(wrong)).containsExactly(
                "assistant.council.name is empty: write your council's full name, e.g. Ashdown District Council",
                "assistant.council.website = \"www.ashdown.gov.uk\": write a full web address starting https://, e.g. "
                        + "https://www.yourcouncil.gov.uk",
                "assistant.council.privacy-notice-url = \"ftp://ashdown.gov.uk/privacy\": write a full web address "
                        + "starting https://, e.g. https://www.yourcouncil.gov.uk/privacy",
                "assistant.council.example-postcode = \"Ashdown\": write a full postcode in your council's area, e.g. AS1 1AA",
                "assistant.council.contact-centre.phone = \"call us\": write the number as residents dial it, e.g. "
                        + "01632 960 100",
                "assistant.council.contact-centre.opening-hours: Opening hours for MONDAY must look like 08:30-17:00, "
                        + "not \"9 till 5\" (write closed for a day the contact centre is closed)",
                "assistant.council.brand-colour = \"blue\": write a colour as # and six hexadecimal digits, e.g. #1d70b8");
    }

    @Test
    void refusesABrandColourWhiteTextCannotBeReadOn() {
        assertThat(CouncilSettingsValidator.problems(bind(with(Map.of("assistant.council.brand-colour", "#ffdd00")))))
                .singleElement().asString().startsWith("assistant.council.brand-colour = \"#ffdd00\": white text on it "
                        + "has a contrast ratio of 1.3:1, and WCAG AA needs at least 4.5:1");
        assertThat(CouncilSettingsValidator.contrastWithWhite("#1d70b8")).isGreaterThan(4.5);
        assertThat(CouncilSettingsValidator.contrastWithWhite("#000000")).isEqualTo(21.0);
    }

    @Test
    void refusesALogoThatIsNotAnImageThere(@TempDir Path directory) throws Exception {
        Path logo = Files.writeString(directory.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        assertThat(problemsWithLogo(logo.toString())).isEmpty();
        assertThat(problemsWithLogo("https://www.ashdown.gov.uk/logo.png")).isEmpty();
        assertThat(problemsWithLogo(directory.resolve("missing.png").toString())).singleElement().asString()
                .contains("there is no readable file there");
        assertThat(problemsWithLogo(directory.resolve("logo.pdf").toString())).singleElement().asString()
                .contains("must be a PNG, SVG, JPEG, GIF or WebP image");
        assertThat(problemsWithLogo("http://www.ashdown.gov.uk/logo.png")).singleElement().asString()
                .contains("write an https:// address");
    }

    @Test
    void refusesAnAlexaInvocationAlexaWouldRefuse() {
        assertThat(CouncilSettingsValidator.problems(bind(with(Map.of("assistant.council.short-name", "Ashdown")))))
                .singleElement().asString().isEqualTo("assistant.council.alexa-invocation-name = \"ashdown\": Alexa "
                        + "needs at least two words (made from short-name; set alexa-invocation-name to say it "
                        + "otherwise), e.g. ashdown council");
        assertThat(CouncilSettingsValidator.problems(bind(with(Map.of(
                "assistant.council.short-name", "Ashdown", "assistant.council.alexa-invocation-name", "ashdown council")))))
                .isEmpty();
        assertThat(CouncilSettingsValidator.problems(bind(with(Map.of(
                "assistant.council.alexa-invocation-name", "ask ashdown")))))
                .singleElement().asString().contains("may not start with a word residents use to open a skill");
    }

    @Test
    void refusesTheSampleCouncilsDetailsBesideACouncilsOwn() {
        CouncilProperties half = bind(Map.of(
                "assistant.council.name", "Ashdown District Council",
                "assistant.council.short-name", "Ashdown Council",
                "assistant.council.contact-centre.phone", "01234 567 890"));

        assertThat(CouncilSettingsValidator.problems(half)).containsExactly(
                "assistant.council.website = \"https://www.brackenfield.example\": this is still the sample council's, "
                        + "Brackenfield's: write your own council's",
                "assistant.council.privacy-notice-url = \"https://www.brackenfield.example/privacy/assistant\": this is "
                        + "still the sample council's, Brackenfield's: write your own council's",
                "assistant.council.example-postcode = \"BK1 2AB\": this is still the sample council's, Brackenfield's: "
                        + "write your own council's",
                "assistant.council.contact-centre.emergency-phone = \"01632 960 999\": this is still the sample "
                        + "council's, Brackenfield's: write your own council's");
    }

    private static java.util.List<String> problemsWithLogo(String logo) {
        return CouncilSettingsValidator.problems(bind(with(Map.of("assistant.council.logo", logo))));
    }

    private static Map<String, String> with(Map<String, String> changes) {
        Map<String, String> settings = new java.util.HashMap<>(ASHDOWN);
        settings.putAll(changes);
        return settings;
    }

    static CouncilProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("assistant.council", Bindable.of(CouncilProperties.class));
    }
}
