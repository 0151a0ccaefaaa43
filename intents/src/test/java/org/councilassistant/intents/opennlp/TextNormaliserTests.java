package org.councilassistant.intents.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.LabelledExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTests {

    @Test
    void lowerCasesDropsApostrophesAndPunctuation() {
        assertThat(TextNormaliser.tokens("My bin WASN'T collected!!")).containsExactly("my", "bin", "wasnt", "collected");
        assertThat(TextNormaliser.tokens("it’s   the ‘green’ bin…")).containsExactly("its", "the", "green", "bin");
    }

    @Test
    void readsPostcodesAsAPlaceholderAndNumbersAsTheirShape() {
        assertThat(TextNormaliser.tokens("bins at 12b, BK1 2AB on the 3rd?"))
                .containsExactly("bins", "at", "00", "postcodeplaceholder", "on", "the", "0");
        assertThat(TextNormaliser.tokens("bk12ab")).containsExactly("postcodeplaceholder");
        assertThat(TextNormaliser.tokens("route 66a1 and 4ever")).containsExactly("route", "66a1", "and", "4ever");
    }

    @Test
    void givesNumbersOfFourDigitsOrMoreOneShape() {
        assertThat(TextNormaliser.tokens("7 22 365 2025 123456")).containsExactly("0", "00", "000", "0000", "0000");
    }

    @Test
    void keepsLettersOfEveryAlphabetAndNothingElse() {
        assertThat(TextNormaliser.tokens("Ble mae’r ganolfan ailgylchu? 😀")).containsExactly("ble", "maer", "ganolfan",
                "ailgylchu");
        assertThat(TextNormaliser.tokens("  ?! ")).isEmpty();
    }

    /** The hand-written scan gives exactly the tokens of the plain regular-expression definition. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void matchesTheRegularExpressionDefinitionOnEveryTrainingPhrase(String language) {
        List<String> texts = new ArrayList<>(CouncilTrainingData.load(IntentCatalogue.load(), language).stream()
                .map(LabelledExample::text).toList());
        texts.addAll(List.of("BK1 2AB", "flat 4b, 12th floor", "1st 2nd 3rd 4th 5x 6xy", "don't `quote` me",
                "e-mail: someone@example.org", "£25.50 fine", "6*3", "route 2025", "x 123456789", "½ price", "Ⅻ",
                "ＦＵＬＬ width", "İstanbul", "tab\tsep", "a_b c__d", "", "'''", "x'y'z"));
        for (String text : texts) {
            assertThat(TextNormaliser.tokens(text)).as(text).containsExactly(RegexDefinition.tokens(text));
        }
    }

    /** The specification the scanner is held to, written the slow and obvious way. */
    private static final class RegexDefinition {

        private static final Pattern POSTCODE =
                Pattern.compile("\\b[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}\\b");
        private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
        private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final Pattern NUMBER = Pattern.compile("(\\d+)(st|nd|rd|th|[a-z])?");

        static String[] tokens(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            lower = POSTCODE.matcher(lower).replaceAll(" postcodeplaceholder ");
            lower = APOSTROPHES.matcher(lower).replaceAll("");
            return Stream.of(NON_WORD.split(lower))
                    .filter(token -> !token.isEmpty())
                    .map(RegexDefinition::numberShapeOrSelf)
                    .toArray(String[]::new);
        }

        /** A number's digits, each as 0, at most four; the suffix dropped. */
        private static String numberShapeOrSelf(String token) {
            Matcher number = NUMBER.matcher(token);
            return number.matches() ? "0".repeat(Math.min(4, number.group(1).length())) : token;
        }
    }
}
