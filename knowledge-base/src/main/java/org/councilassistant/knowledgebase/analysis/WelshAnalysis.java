package org.councilassistant.knowledgebase.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;

/**
 * The Welsh analysis chain, for articles' Welsh versions and Welsh questions alike: lower case, accents folded
 * (ŵ, ŷ, â — residents often type without them), the clitics of "i'r", "mae'n", "a'i" cut off, Welsh stop words
 * dropped ({@code kb/stopwords_cy.txt}), and initial mutations folded ({@link WelshMutationFilter}).
 */
public final class WelshAnalysis {

    private static final String STOP_WORDS = "kb/stopwords_cy.txt";
    /** "i'r" → "i", "mae'n" → "mae", "'r" → "": the clitic carries nothing to search for. */
    private static final Pattern CLITIC = Pattern.compile("['’](r|n|i|u|w|m|th|ch|ch|ei)$|^['’]");

    static final CharArraySet STOP = load();

    private WelshAnalysis() {
    }

    static TokenStream chain(TokenStream tokens) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PatternReplaceFilter(stream, CLITIC, "", true);
        stream = new StopFilter(stream, STOP);
        return new WelshMutationFilter(stream);
    }

    private static CharArraySet load() {
        InputStream in = WelshAnalysis.class.getClassLoader().getResourceAsStream(STOP_WORDS);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + STOP_WORDS);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> words = reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(word -> fold(word.toLowerCase(Locale.ROOT)))
                    .toList();
            CharArraySet set = new CharArraySet(words, false);
            set.add("");
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stop words are matched after accent folding and clitic removal, so the list is folded the same way. */
    private static String fold(String word) {
        char[] folded = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
        return CLITIC.matcher(new String(folded, 0, length)).replaceAll("");
    }
}
