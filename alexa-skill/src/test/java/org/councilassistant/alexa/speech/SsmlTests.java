package org.councilassistant.alexa.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SsmlTests {

    @Test
    void datesAreSpokenAsOrdinals() {
        assertThat(Ssml.fromText("Your bin is next collected on Tuesday 1 December."))
                .isEqualTo("Your bin is next collected on Tuesday the <say-as interpret-as=\"ordinal\">1</say-as>"
                        + " of December.");
    }

    @Test
    void phoneNumbersPostcodesAndReferencesAreSpokenInParts() {
        assertThat(Ssml.fromText("Call 01632 960 100.")).isEqualTo(
                "Call <say-as interpret-as=\"telephone\">01632 960 100</say-as>.");
        assertThat(Ssml.fromText("I found 5 addresses for BK1 2AB.")).isEqualTo(
                "I found 5 addresses for <say-as interpret-as=\"characters\">BK1 2AB</say-as>.");
        assertThat(Ssml.fromText("Your reference is MB-100012.")).isEqualTo("Your reference is "
                + "<say-as interpret-as=\"characters\">MB</say-as> <say-as interpret-as=\"digits\">100012</say-as>.");
    }

    @Test
    void markupInTheTextIsEscapedSoItCannotBreakTheSpeech() {
        assertThat(Ssml.fromText("Fish & chips <audio src=\"x\"/> isn't \"food waste\""))
                .isEqualTo("Fish &amp; chips &lt;audio src=&quot;x&quot;/&gt; isn&apos;t &quot;food waste&quot;");
    }

    @Test
    void bulletListsBecomeOneSpokenParagraph() {
        assertThat(Ssml.fromText("Your collections:\n- Blue bin: soon\n- Black bin: later"))
                .isEqualTo("Your collections: Blue bin: soon Black bin: later");
    }

    @Test
    void plainWordsAndNumbersAreLeftAlone() {
        assertThat(Ssml.fromText("Number 12 Acacia Avenue has 3 bins")).isEqualTo("Number 12 Acacia Avenue has 3 bins");
    }
}
