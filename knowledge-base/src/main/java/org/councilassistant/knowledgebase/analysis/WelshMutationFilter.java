package org.councilassistant.knowledgebase.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Folds Welsh initial consonant mutations, so that "bin", "fin" and "min" (as in "fy min") are one word to
 * search, as are "treth", "dreth", "nhreth" and "thrreth". A word's first consonant is replaced by a mark for
 * the group of consonants that mutate into each other:
 * <ul>
 *   <li>{@code p} for p, b, m, f, mh, ph (p→b/mh/ph, b→f/m, m→f);</li>
 *   <li>{@code t} for t, d, n, dd, nh, th (t→d/nh/th, d→dd/n);</li>
 *   <li>{@code c} for c, g, ch, ng, ngh (c→g/ngh/ch, g→ng), and a word starting with a vowel is also indexed as
 *       if it had lost a g ("ardd" for "gardd");</li>
 *   <li>ll→l and rh→r.</li>
 * </ul>
 * Two different words occasionally fold together; for search that costs far less than missing a mutated one.
 * Runs after lower-casing and accent folding.
 */
public final class WelshMutationFilter extends TokenFilter {

    private static final String[][] INITIALS = {
            {"ngh", "c_"}, {"mh", "p_"}, {"ph", "p_"}, {"nh", "t_"}, {"th", "t_"}, {"dd", "t_"}, {"ng", "c_"},
            {"ch", "c_"}, {"ll", "l"}, {"rh", "r"}, {"ff", "ff"},
            {"p", "p_"}, {"b", "p_"}, {"m", "p_"}, {"f", "p_"}, {"t", "t_"}, {"d", "t_"}, {"n", "t_"},
            {"c", "c_"}, {"g", "c_"}};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State withoutG;

    public WelshMutationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (withoutG != null) {
            restoreState(withoutG);
            withoutG = null;
            String word = term.toString();
            term.setEmpty().append("c_").append(word);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (!word.isEmpty() && isVowel(word.charAt(0)) && word.length() > 2) {
            withoutG = captureState();
            return true;
        }
        for (String[] initial : INITIALS) {
            if (word.startsWith(initial[0]) && word.length() > initial[0].length()) {
                term.setEmpty().append(initial[1]).append(word, initial[0].length(), word.length());
                return true;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        withoutG = null;
    }

    private static boolean isVowel(char c) {
        return "aeiouwy".indexOf(c) >= 0;
    }
}
