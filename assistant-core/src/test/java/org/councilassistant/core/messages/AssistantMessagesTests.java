package org.councilassistant.core.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.CouncilPlaceholders;
import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The wording bundle against the code that uses it. The main sources are read from {@code src/main/java}
 * (surefire runs in the module directory), so a key used in code but missing from the bundle, or a call
 * passing fewer arguments than its message has placeholders, fails here rather than in front of a resident.
 * The council is never written into the wording: its details come from the settings, through placeholders.
 */
class AssistantMessagesTests {

    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** {@code .text("key"} — a call of {@link AssistantMessages#text} with a literal key. */
    private static final Pattern TEXT_CALL = Pattern.compile("\\.text\\(\\s*\"([^\"]+)\"(?!\\s*\\+)");
    /** {@code .text("prefix." + ...} — a key built at run time from a literal prefix. */
    private static final Pattern DYNAMIC_TEXT_CALL = Pattern.compile("\\.text\\(\\s*\"([^\"]+)\"\\s*\\+");
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+)\"");
    /** Keys made from a prefix and an enum constant's name, with the constants that complete them. */
    private static final List<DynamicKey> DYNAMIC_KEYS = List.of(
            new DynamicKey("bins.name.", Arrays.stream(BinType.values()).map(Enum::name).toList()));

    /** A council that is not the sample, with a straight apostrophe in its name (a MessageFormat quote). */
    private static final Council ASHDOWN = new Council("Ashdown District Council", "Ashdown's Council",
            "Cyngor Dosbarth Ashdown", "Cyngor Ashdown", "01234 567 890", "01234 567 999",
            java.net.URI.create("https://www.ashdown.gov.uk"), java.net.URI.create("https://www.ashdown.gov.uk/privacy"),
            "AS1 1AA", null, "#00703c", "ashdown council");
    /** What only the sample council's wording would contain. */
    private static final Pattern SAMPLE_COUNCIL = Pattern.compile("(?i)brackenfield|\\bBK\\d|01632 960 (?:100|999)");

    private final AssistantMessages messages = AssistantMessages.of(Language.ENGLISH, Council.sample());
    private final CouncilPlaceholders placeholders = new CouncilPlaceholders(Council.sample(), Language.ENGLISH);
    private final ResourceBundle bundle = ResourceBundle.getBundle("messages/assistant", Locale.UK);

    private record DynamicKey(String prefix, List<String> suffixes) {
    }

    private record TextCall(Path file, String key, int arguments) {
    }

    /** Read straight from the files: ResourceBundle would quietly fill a missing Welsh key from the English one. */
    @Test
    void englishAndWelshHaveTheSameKeysAndTheSamePlaceholders() throws IOException {
        java.util.Properties english = properties("assistant.properties");
        java.util.Properties welsh = properties("assistant_cy.properties");

        assertThat(welsh.stringPropertyNames()).as("keys in the Welsh bundle")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholderSet(welsh.getProperty(key))).as("placeholders of %s in Welsh", key)
                    .isEqualTo(placeholderSet(english.getProperty(key)));
            if (!key.equals("language.englishFallback")) {
                assertThat(welsh.getProperty(key)).as("Welsh text of %s", key).isNotBlank();
            }
        }
    }

    private static java.util.Properties properties(String file) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Path.of("src", "main", "resources", "messages", file),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholderSet(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyMessageWithPlaceholdersFormatsWithItsArgumentsInPlace() {
        List<String> withPlaceholders = bundle.keySet().stream().filter(key -> placeholders(key).isPresent()).toList();
        assertThat(withPlaceholders).as("messages with {n} placeholders").hasSizeGreaterThan(10);

        for (String key : withPlaceholders) {
            String pattern = placeholders.fill(bundle.getString(key));
            int count = placeholders(key).getAsInt();
            Object[] arguments = new Object[count];
            String expected = pattern;
            for (int i = 0; i < count; i++) {
                arguments[i] = "«" + i + "»";
                expected = expected.replace("{" + i + "}", "«" + i + "»");
            }
            assertThat(messages.text(key, arguments)).as(key).isEqualTo(expected).doesNotContain("{", "}");
        }
    }

    @Test
    void placeholdersAreNumberedFromZeroWithoutGaps() {
        for (String key : bundle.keySet()) {
            Set<Integer> used = new TreeSet<>();
            Matcher matcher = PLACEHOLDER.matcher(bundle.getString(key));
            while (matcher.find()) {
                used.add(Integer.parseInt(matcher.group(1)));
            }
            for (int i = 0; i < used.size(); i++) {
                assertThat(used).as(key + " uses {" + i + "}").contains(i);
            }
        }
    }

    @Test
    void apostrophesAreTypographicSoMessageFormatKeepsThem() {
        // MessageFormat treats ' as a quote, so a straight apostrophe vanishes once a message gains an argument.
        for (String key : bundle.keySet()) {
            assertThat(bundle.getString(key)).as(key).doesNotContain("'");
        }
        assertThat(messages.text("bins.askPostcode")).startsWith("What’s your postcode?");
        assertThat(messages.text("missed.today", "blue recycling bin")).contains("hasn’t been emptied");
    }

    @Test
    void everyKeyUsedInMainCodeIsInTheBundle() {
        List<TextCall> calls = textCalls();
        assertThat(calls).as("calls of AssistantMessages.text found under " + MAIN_SOURCES.toAbsolutePath())
                .hasSizeGreaterThan(20);
        for (TextCall call : calls) {
            assertThat(bundle.containsKey(call.key())).as(call.key() + " used in " + call.file()).isTrue();
        }
    }

    @Test
    void keysChosenBeforeTheCallAreInTheBundle() {
        // e.g. `String key = askedForPostcode ? "bins.notPostcode" : "bins.askPostcode"; text(key)`
        Set<String> namespaces = new TreeSet<>();
        textCalls().forEach(call -> {
            int dot = call.key().indexOf('.');
            if (dot > 0) {
                namespaces.add(call.key().substring(0, dot + 1));
            }
        });
        assertThat(namespaces).contains("bins.", "missed.", "suggestion.");

        List<String> keyLike = new ArrayList<>();
        for (Path file : mainSources()) {
            Matcher matcher = DOTTED_LITERAL.matcher(read(file));
            while (matcher.find()) {
                String literal = matcher.group(1);
                if (namespaces.stream().anyMatch(literal::startsWith)) {
                    keyLike.add(literal);
                    assertThat(bundle.containsKey(literal)).as(literal + " in " + file).isTrue();
                }
            }
        }
        assertThat(keyLike).contains("bins.notPostcode", "bins.askPostcode");
    }

    @Test
    void everyKeyBuiltFromAPrefixExistsForEachValue() {
        Set<String> prefixes = new TreeSet<>();
        for (Path file : mainSources()) {
            Matcher matcher = DYNAMIC_TEXT_CALL.matcher(read(file));
            while (matcher.find()) {
                prefixes.add(matcher.group(1));
            }
        }
        assertThat(prefixes).as("keys built at run time").contains("bins.name.");

        for (String prefix : prefixes) {
            DynamicKey dynamic = DYNAMIC_KEYS.stream().filter(d -> d.prefix().equals(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("Key prefix \"" + prefix + "\" is completed at run time; "
                            + "add it to DYNAMIC_KEYS with the values that complete it"));
            for (String suffix : dynamic.suffixes()) {
                assertThat(bundle.containsKey(prefix + suffix)).as(prefix + suffix).isTrue();
            }
        }
    }

    @Test
    void everyCallPassesAnArgumentForEachPlaceholder() {
        for (TextCall call : textCalls()) {
            if (bundle.containsKey(call.key())) {
                assertThat(call.arguments()).as(call.key() + " in " + call.file())
                        .isEqualTo(placeholders(call.key()).orElse(0));
            }
        }
    }

    @Test
    void noMessageNamesTheSampleCouncilItself() throws IOException {
        for (String file : List.of("assistant.properties", "assistant_cy.properties")) {
            java.util.Properties wording = properties(file);
            for (String key : wording.stringPropertyNames()) {
                assertThat(wording.getProperty(key)).as("%s in %s: use the {council.*} placeholders", key, file)
                        .doesNotContainPattern(SAMPLE_COUNCIL);
            }
        }
    }

    @Test
    void anotherCouncilsWordingGivesItsDetailsAndNothingOfTheSample() {
        for (Language language : Language.values()) {
            AssistantMessages wording = AssistantMessages.of(language, ASHDOWN);
            for (String key : bundle.keySet()) {
                Object[] arguments = new Object[placeholders(key).orElse(0)];
                java.util.Arrays.fill(arguments, "«argument»");
                assertThat(wording.text(key, arguments)).as("%s in %s", key, language)
                        .doesNotContainPattern(SAMPLE_COUNCIL).doesNotContain("{council.");
            }
        }
        AssistantMessages english = AssistantMessages.of(Language.ENGLISH, ASHDOWN);
        assertThat(english.text("bins.askPostcode")).isEqualTo("What’s your postcode? For example, AS1 1AA.");
        assertThat(english.text("greeting")).startsWith("Hello, I’m the Ashdown's Council assistant.");
        assertThat(english.text("handoff.joined", "Amy")).isEqualTo("Amy from Ashdown's Council has joined the chat.");
        assertThat(english.text("person.closed", "01234 567 890", "tomorrow at 9am", "01234 567 999"))
                .contains("on our website, ashdown.gov.uk,");
        assertThat(AssistantMessages.of(Language.WELSH, ASHDOWN).text("greeting"))
                .startsWith("Helo, fi yw cynorthwyydd Cyngor Ashdown.");
    }

    @Test
    void theSampleCouncilIsTheDefaultWording() {
        assertThat(messages.text("bins.askPostcode")).isEqualTo("What’s your postcode? For example, BK1 2AB.");
        assertThat(messages.text("greeting")).startsWith("Hello, I’m the Brackenfield Council assistant.");
        assertThat(messages.text("language.notOnThisChannel"))
                .contains("web chat in Welsh at brackenfield.example, or call 01632 960 100");
    }

    @Test
    void namesEveryBinInPlainWords() {
        for (BinType bin : BinType.values()) {
            assertThat(messages.text("bins.name." + bin.name())).isNotBlank().doesNotContain("_");
        }
    }

    /** One more than the highest placeholder number of the message, or empty when it has none. */
    private OptionalInt placeholders(String key) {
        Matcher matcher = PLACEHOLDER.matcher(bundle.getString(key));
        int highest = -1;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest < 0 ? OptionalInt.empty() : OptionalInt.of(highest + 1);
    }

    private static List<TextCall> textCalls() {
        List<TextCall> calls = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = read(file);
            Matcher matcher = TEXT_CALL.matcher(source);
            while (matcher.find()) {
                int open = source.indexOf('(', matcher.start());
                calls.add(new TextCall(file, matcher.group(1), argumentsAfterKey(source, open)));
            }
        }
        return calls;
    }

    /** The number of arguments after the first in the call whose "(" is at {@code open}. */
    private static int argumentsAfterKey(String source, int open) {
        int depth = 0;
        int commas = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i, c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return commas;
                }
            } else if (c == ',' && depth == 1) {
                commas++;
            }
        }
        throw new AssertionError("Unbalanced call at offset " + open);
    }

    private static int endOfLiteral(String source, int start, char quote) {
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw new AssertionError("Unterminated literal at offset " + start);
    }

    private static List<Path> mainSources() {
        assertThat(MAIN_SOURCES).as("main sources (tests run in the module directory)").isDirectory();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
