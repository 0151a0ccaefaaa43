package org.councilassistant.intents.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WelshEnglishDetectorTests {

    private static WelshEnglishDetector detector;

    @BeforeAll
    static void loadTheModel() {
        detector = WelshEnglishDetector.bundled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pryd mae fy miniau yn cael eu casglu", "sut ydw i'n talu treth y cyngor", "diolch",
            "bin heb ei gasglu", "dw i eisiau siarad efo rhywun", "Shwmae", "ble mae'r llyfrgell agosaf",
            "mae angen trwydded parcio arnaf i", "tŷ", "beth yw fy mand treth gyngor"})
    void recognisesWelsh(String text) {
        assertThat(detector.detect(text)).contains(Language.WELSH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"when is my bin day", "how do I pay my council tax", "thanks", "my bin wasn't collected",
            "I want to speak to a person", "where is the nearest library", "do I need a parking permit",
            "what is my council tax band"})
    void recognisesEnglish(String text) {
        assertThat(detector.detect(text)).contains(Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BK1 2AB", "12", "", "  ", "ok?"})
    void saysNothingWhenTheMessageCannotTell(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }
}
