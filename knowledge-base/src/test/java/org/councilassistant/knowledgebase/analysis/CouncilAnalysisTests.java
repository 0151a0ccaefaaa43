package org.councilassistant.knowledgebase.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

class CouncilAnalysisTests {

    @Test
    void theBundledSynonymListParses() {
        assertThat(CouncilSynonyms.bundled().fst).isNotNull();
    }

    @Test
    void theBundledSynonymListHasNoProblems() {
        assertThat(CouncilSynonyms.problems(CouncilSynonyms.bundledText())).isEmpty();
    }

    @Test
    void reportsEveryBadSynonymLineByItsNumber() {
        String text = "# comment\n  # indented comment\ntip, dump\n\n   \nlonely\nbin,, dustbin\n"
                + "a => b => c\nthe, how\nfly tipping => dumped rubbish\n, trailing";

        List<ValidationProblem> problems = CouncilSynonyms.problems(text);

        assertThat(problems).extracting(ValidationProblem::row).containsExactly(6, 7, 8, 9, 11);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.field()).isEqualTo("synonyms"));
        assertThatThrownBy(() -> CouncilSynonyms.parseChecked(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void acceptsBlankLinesIndentedCommentsAndExplicitRules() throws IOException {
        String text = "  # indented comment\n   \nfly tipping => dumped rubbish\nzorbleflex, parking ticket\n";

        assertThat(CouncilSynonyms.problems(text)).isEmpty();
        assertThat(tokens(new CouncilQueryAnalyzer(CouncilSynonyms.parseChecked(text)), "zorbleflex"))
                .contains("park", "ticket");
    }

    @Test
    void stemsAndDropsQuestionWords() throws IOException {
        assertThat(tokens(new CouncilTextAnalyzer(), "How do I pay my Council Tax bills?"))
                .containsExactly("pai", "council", "tax", "bill");
    }

    @Test
    void expandsCouncilSynonymsInQuestions() throws IOException {
        List<String> tokens = tokens(new CouncilQueryAnalyzer(CouncilSynonyms.bundled()), "where's the tip");
        assertThat(tokens).contains("tip", "hwrc", "recycl", "centr");
        assertThat(tokens(new CouncilQueryAnalyzer(CouncilSynonyms.bundled()), "I got a PCN"))
                .contains("pcn", "penalti", "ticket");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
