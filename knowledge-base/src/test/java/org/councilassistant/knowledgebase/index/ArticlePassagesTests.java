package org.councilassistant.knowledgebase.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.testing.Articles;
import org.junit.jupiter.api.Test;

class ArticlePassagesTests {

    @Test
    void embedsTheTitleEachAlternateQuestionTheSpokenAnswerAndTheAnswer() {
        assertThat(ArticlePassages.of(Articles.snowContent(ArticleStatus.PUBLISHED).toArticle("snow", 1, "editor")))
                .containsExactly("Bin collections in snow", "are bins collected in snow",
                        "We collect when the roads are safe.",
                        "When it snows we collect bins when the roads are safe.\n\nLeave your bin out until 6pm.");
    }

    @Test
    void cutsALongAnswerAtParagraphsIntoAFewPassages() {
        String paragraph = "word ".repeat(60).strip();
        String answer = String.join("\n\n", java.util.Collections.nCopies(20, paragraph));

        assertThat(ArticlePassages.answerPassages(answer)).hasSize(ArticlePassages.MAX_ANSWER_PASSAGES)
                .allSatisfy(passage -> assertThat(passage).hasSizeLessThanOrEqualTo(ArticlePassages.PASSAGE_CHARACTERS)
                        .startsWith("word"));
    }
}
