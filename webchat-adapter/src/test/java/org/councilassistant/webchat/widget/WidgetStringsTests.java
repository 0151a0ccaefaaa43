package org.councilassistant.webchat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat widget's wording, English and Welsh, in {@code static/widget/strings.json}: every key in both
 * languages, translated with the same placeholders, every label the widget uses present, and the table inlined
 * in {@code council-assistant.js} the same as the file. {@code -Dwidget.strings.regenerate=true} rewrites the
 * inlined table from the file.
 */
class WidgetStringsTests {

    private static final Path WIDGET = Path.of("src/main/resources/static/widget");
    private static final Path STRINGS = WIDGET.resolve("strings.json");
    private static final Path SCRIPT = WIDGET.resolve("council-assistant.js");
    private static final List<String> LANGUAGES = List.of("en", "cy");
    private static final String BEGIN = "  // BEGIN STRINGS";
    private static final String END = "  // END STRINGS";
    private static final String TABLE = "  var STRINGS = ";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** How the widget names a label: t('key'), i18n: 'key', i18nLabel: 'key', and the error labels' keys. */
    private static final Pattern LABEL_USE = Pattern.compile(
            "\\bt\\('(\\w+)'|\\bi18n(?:Label)?: '(\\w+)'|\\b(error[A-Z]\\w*):|'(switchTo(?:Welsh|English))'");

    private final JsonNode strings = JsonMapper.builder().build().readTree(read(STRINGS));

    @Test
    void everyKeyIsInBothLanguages() {
        Set<String> english = keys("en");
        Set<String> welsh = keys("cy");

        assertThat(difference(english, welsh)).as("keys missing in Welsh (cy)").isEmpty();
        assertThat(difference(welsh, english)).as("keys missing in English (en)").isEmpty();
        assertThat(strings.propertyNames()).as("languages").containsExactlyInAnyOrderElementsOf(LANGUAGES);
    }

    @Test
    void everyStringIsWrittenWithTheSamePlaceholdersInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (String key : keys("en")) {
            JsonNode english = strings.get("en").get(key);
            JsonNode welsh = strings.get("cy").get(key);
            if (welsh == null) {
                continue; // reported by everyKeyIsInBothLanguages
            }
            List<String> englishTexts = texts(english);
            List<String> welshTexts = texts(welsh);
            if (englishTexts.size() != welshTexts.size()) {
                problems.add(key + ": " + englishTexts.size() + " English and " + welshTexts.size() + " Welsh texts");
                continue;
            }
            for (int i = 0; i < englishTexts.size(); i++) {
                if (englishTexts.get(i).isBlank() || welshTexts.get(i).isBlank()) {
                    problems.add(key + ": empty");
                } else if (!placeholders(englishTexts.get(i)).equals(placeholders(welshTexts.get(i)))) {
                    problems.add(key + ": placeholders " + placeholders(englishTexts.get(i)) + " in English but "
                            + placeholders(welshTexts.get(i)) + " in Welsh");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLabelTheWidgetUsesIsInTheStrings() {
        Set<String> used = new TreeSet<>();
        Matcher matcher = LABEL_USE.matcher(read(SCRIPT));
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    used.add(matcher.group(group));
                }
            }
        }

        assertThat(used).as("labels the widget uses").contains("send", "greeting", "switchToWelsh");
        assertThat(difference(used, keys("en"))).as("labels used by council-assistant.js but not in strings.json")
                .isEmpty();
    }

    @Test
    void namesNoCouncilItselfButTakesTheCouncilFromTheServer() {
        for (Path file : List.of(STRINGS, SCRIPT, WIDGET.resolve("council-assistant.css"))) {
            assertThat(read(file)).as(file + ": the council comes from /api/chat/council")
                    .doesNotContainPattern("(?i)brackenfield|\\bBK\\d|01632 960 (?:100|999)|\\+441632");
        }
        assertThat(strings.get("en").get("greeting").asString()).contains("{council}");
        assertThat(read(SCRIPT)).contains("api/chat/council");
    }

    @Test
    void theWidgetCarriesTheStringsFile() throws IOException {
        String script = read(SCRIPT);
        int begin = script.indexOf(BEGIN);
        assertThat(begin).as("the BEGIN STRINGS marker in council-assistant.js").isNotNegative();
        int table = script.indexOf(TABLE, begin); // after the marker's lines on how to regenerate
        int end = script.indexOf(END);
        assertThat(table).as("the STRINGS table after the marker").isGreaterThan(begin);
        assertThat(end).as("the END STRINGS marker in council-assistant.js").isGreaterThan(table);
        String expected = inlined(read(STRINGS));

        if (Boolean.getBoolean("widget.strings.regenerate")) {
            Files.writeString(SCRIPT, script.substring(0, table) + expected + script.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(script.substring(table, end))
                .as("the strings inlined in council-assistant.js differ from strings.json: rerun this test with "
                        + "-Dwidget.strings.regenerate=true")
                .isEqualTo(expected);
    }

    /** The JSON as a JavaScript statement, indented, with every non-ASCII character escaped. */
    private static String inlined(String json) {
        StringBuilder out = new StringBuilder(TABLE);
        String indented = json.strip().replace("\n", "\n  ");
        indented.chars().forEach(c -> out.append(c < 0x80 ? Character.toString(c) : String.format("\\u%04x", c)));
        return out.append(";\n").toString();
    }

    private Set<String> keys(String language) {
        return new TreeSet<>(strings.get(language).propertyNames());
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.asString()));
        } else {
            texts.add(value.asString());
        }
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
