package org.councilassistant.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.councilassistant.intents.language.Language;
import org.junit.jupiter.api.Test;

class CouncilTests {

    private final Council ashdown = new Council("Ashdown District Council", "Ashdown Council",
            "Cyngor Dosbarth Ashdown", "Cyngor Ashdown", "01234 567 890", "+44 1234 567 999",
            URI.create("https://www.ashdown.gov.uk/"), URI.create("https://www.ashdown.gov.uk/privacy"), "AS1 1AA",
            null, "#00703c", "ashdown council");

    @Test
    void givesTheWebsiteAsResidentsReadIt() {
        assertThat(ashdown.websiteName()).isEqualTo("ashdown.gov.uk");
        assertThat(Council.sample().websiteName()).isEqualTo("brackenfield.example");
    }

    @Test
    void linksTheContactCentresNumberInInternationalForm() {
        assertThat(ashdown.phoneHref()).isEqualTo("tel:+441234567890");
        assertThat(Council.telephoneLink("+44 1234 567 999")).isEqualTo("tel:+441234567999");
        assertThat(Council.sample().phoneHref()).isEqualTo("tel:+441632960100");
    }

    @Test
    void namesItselfInTheResidentsLanguage() {
        assertThat(ashdown.nameIn(Language.WELSH)).isEqualTo("Cyngor Dosbarth Ashdown");
        assertThat(ashdown.shortNameIn(Language.ENGLISH)).isEqualTo("Ashdown Council");
    }

    @Test
    void makesAnAlexaInvocationFromAShortName() {
        assertThat(Council.invocationFor("Brackenfield Council")).isEqualTo(SampleCouncil.ALEXA_INVOCATION_NAME);
        assertThat(Council.invocationFor("St. Ashdown-on-Sea Council")).isEqualTo("st ashdown on sea council");
    }

    @Test
    void fillsTheCouncilIntoWordingAndQuotesItForMessageFormat() {
        Council kings = new Council("King's Lynn Council", "King's Lynn", "Cyngor King's Lynn", "King's Lynn",
                "01234 567 890", "01234 567 999", URI.create("https://www.kings.example"),
                URI.create("https://www.kings.example/privacy"), "PE30 1AA", null, "#1d70b8", "kings lynn");
        CouncilPlaceholders placeholders = new CouncilPlaceholders(kings, Language.ENGLISH);

        assertThat(placeholders.fill("Welcome to {council.shortName}, call {council.phone}."))
                .isEqualTo("Welcome to King's Lynn, call 01234 567 890.");
        assertThat(new java.text.MessageFormat(placeholders.fillPattern("{0} from {council.shortName}")).format(
                new Object[] {"Amy"})).isEqualTo("Amy from King's Lynn");
    }

    @Test
    void refusesAnUnknownPlaceholder() {
        CouncilPlaceholders placeholders = new CouncilPlaceholders(Council.sample(), Language.ENGLISH);

        assertThatIllegalArgumentException().isThrownBy(() -> placeholders.fill("Call {council.telephone}"))
                .withMessageContaining("{council.telephone}").withMessageContaining("{council.phone}");
    }
}
