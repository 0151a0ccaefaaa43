package org.councilassistant.knowledgebase.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.councilassistant.knowledgebase.index.IndexFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WelshAnalysisTests {

    private final Analyzer analyzer = new CouncilTextAnalyzer();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "bin, fin", "bin, min", "treth, dreth", "treth, nhreth", "treth, threth", "pont, bont", "pont, mhont",
            "pont, phont", "cyngor, gyngor", "cyngor, nghyngor", "cyngor, chyngor", "dydd, ddydd", "dydd, nydd",
            "gardd, ardd", "gardd, ngardd", "llyfrgell, lyfrgell", "rhif, rif", "mam, fam", "tŷ, ty", "ŵyl, wyl"})
    void mutatedAndUnmutatedFormsAreOneSearchWord(String radical, String mutated) {
        List<String> radicalTerms = terms(radical);
        assertThat(terms(mutated)).containsAnyElementsOf(radicalTerms);
    }

    @ParameterizedTest
    @CsvSource({"sut mae talu fy nhreth gyngor, t_alu|t_reth|c_yngor", "i'r llyfrgell, lyfrgell"})
    void stopWordsAndCliticsGoMutationsFold(String text, String expected) {
        assertThat(terms(text)).containsExactly(expected.split("\\|"));
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.inLanguage(IndexFields.BODY, "cy"), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
