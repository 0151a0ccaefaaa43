package org.councilassistant.intents.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells Welsh from English in a resident's message. OpenNLP's language detector (trained on 103 languages,
 * Welsh among them) is asked only about the two, and short messages, where character statistics are weak,
 * are helped by the words that settle it for a reader ("mae", "fy", "diolch", "ŵ"). A message with nothing to
 * go on (a postcode, "ok", a number) gives no answer, so the conversation keeps its language.
 */
public final class WelshEnglishDetector {

    private static final String MODEL = "langdetect-183.bin";
    private static final Pattern WELSH_LETTERS = Pattern.compile("[ŵŷŴŶ]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");
    /** Words frequent in residents' Welsh and rare in their English. */
    private static final Set<String> WELSH_WORDS = Set.of("mae", "fy", "fyn", "ydy", "ydw", "yw", "oes", "sut",
            "pryd", "beth", "ble", "lle", "pam", "diolch", "helo", "shwmae", "bore", "prynhawn", "hwyl", "yn", "yr",
            "ar", "gyda", "efo", "gen", "gan", "i'r", "y", "ac", "neu", "eisiau", "isio", "angen", "gallu", "allaf",
            "alla", "alli", "hoffwn", "treth", "cyngor", "sbwriel", "ailgylchu", "casglu", "gasglu", "nghasglu",
            "casgliad", "min", "miniau", "biniau", "tŷ", "ty", "cartref", "dydd", "heddiw", "yfory", "wythnos",
            "cymraeg", "saesneg", "siarad", "rhywun", "person", "ffordd", "talu", "dalu", "nhreth", "parcio",
            "trwydded", "tipio", "ysgol", "llyfrgell", "ydych", "chi", "ti", "ein", "eich", "nid", "dim", "ddim",
            "heb", "wedi", "cael", "ei", "eu", "am", "os", "gwneud", "wneud", "ie", "na", "nage", "iawn", "da");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "is", "my", "when", "what", "how", "where",
            "why", "can", "i", "you", "to", "and", "of", "for", "in", "it", "was", "not", "do", "does", "have",
            "has", "bin", "day", "pay", "tax", "council", "hello", "thanks", "thank", "please", "want", "need",
            "speak", "person", "a", "an", "me", "are", "be", "with", "on", "at", "this", "that", "yes", "no");
    /** Below this margin between the two, the message alone does not decide. */
    private static final double DECISIVE_MARGIN = 0.2;

    private final TwoLanguageScorer model;

    public WelshEnglishDetector(LanguageDetectorModel model) {
        this.model = TwoLanguageScorer.compile(model, Language.WELSH.iso6393(), Language.ENGLISH.iso6393());
    }

    /** The detector with OpenNLP's model from the {@code opennlp-models-langdetect} jar on the classpath. */
    public static WelshEnglishDetector bundled() {
        try (InputStream in = WelshEnglishDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's language detector model " + MODEL + " is not on the classpath");
            }
            return new WelshEnglishDetector(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Welsh or English, or empty when the message says too little to tell. */
    public Optional<Language> detect(String text) {
        if (WELSH_LETTERS.matcher(text).find()) {
            return Optional.of(Language.WELSH);
        }
        double welsh = 0;
        double english = 0;
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        int count = 0;
        while (words.find()) {
            String word = words.group();
            count++;
            welsh += WELSH_WORDS.contains(word) ? 1 : 0;
            english += ENGLISH_WORDS.contains(word) ? 1 : 0;
        }
        if (count == 0) {
            return Optional.empty();
        }
        // Word evidence counts for more the shorter the message; the model's for more the longer.
        double wordShare = (welsh - english) / count;
        double modelShare = model.welshOverEnglish(text);
        double modelWeight = Math.min(1.0, count / 6.0);
        double score = (1 - modelWeight) * wordShare + modelWeight * modelShare + 0.5 * wordShare * modelWeight;
        if (Math.abs(score) < DECISIVE_MARGIN) {
            return welsh == english ? Optional.empty() : Optional.of(welsh > english ? Language.WELSH : Language.ENGLISH);
        }
        return Optional.of(score > 0 ? Language.WELSH : Language.ENGLISH);
    }
}
