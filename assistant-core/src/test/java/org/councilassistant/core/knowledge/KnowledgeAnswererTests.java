package org.councilassistant.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.testing.CouncilAssistantFixture;
import org.councilassistant.intents.Classification;
import org.councilassistant.intents.entities.ExtractedEntities;
import org.councilassistant.intents.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer gate for questions no intent matched, by words or by meaning, on the seeded knowledge base. */
class KnowledgeAnswererTests {

    @TempDir
    static Path directory;

    private static CouncilAssistantFixture assistant;
    private static KnowledgeAnswerer answerer;

    @BeforeAll
    static void startAssistant() {
        assistant = new CouncilAssistantFixture(directory,
                ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/London")));
        answerer = new KnowledgeAnswerer(assistant.knowledgeBase(),
                EngineSettings.forModel(CouncilAssistantFixture.embedder()));
    }

    @AfterAll
    static void stopAssistant() throws Exception {
        assistant.close();
    }

    @Test
    void answersAParaphraseCloseInMeaning() {
        assertThat(answerer.answerFreeText(turn("I can hear scratching noises up in the attic", true)))
                .map(BotResponse::articleId).contains("rats-and-mice");
    }

    @Test
    void refusesAQuestionOfTheSameShapeAsAnArticlesButAboutSomethingElse() {
        // "is the dump open on Sunday?" is one of the tip article's questions: close in form, not in meaning.
        assertThat(answerer.answerFreeText(turn("is the swimming pool open on sundays", true))).isEmpty();
    }

    @Test
    void refusesAnUnrelatedQuestionEvenWithItsMeaning() {
        assertThat(answerer.answerFreeText(turn("what's the capital of Peru", true))).isEmpty();
        assertThat(answerer.answerFreeText(turn("tell me a joke", true))).isEmpty();
    }

    @Test
    void stillAnswersAQuestionItsWordsAnswer() {
        Optional<BotResponse> answer = answerer.answerFreeText(turn("how do I pay my council tax", true));

        assertThat(answer).map(BotResponse::articleId).contains("pay-council-tax");
    }

    @Test
    void passesTheMeaningToASearchForTheRecognisedIntent() {
        assertThat(answerer.answerIntent(turn("creatures scratching inside the loft", true), "pest_control"))
                .map(BotResponse::articleId).contains("rats-and-mice");
    }

    private static Turn turn(String text, boolean withEmbedding) {
        ConversationSession session = new ConversationSession("test", "webchat", Instant.now());
        session.chooseLanguage(Language.ENGLISH);
        return new Turn(session, text, new Classification(null, 0.0, List.of(), true),
                new ExtractedEntities(Optional.empty(), Optional.empty(), Optional.empty(), List.of()),
                LocalDate.of(2026, 11, 25), CouncilAssistantFixture.MESSAGES,
                withEmbedding ? CouncilAssistantFixture.embedder().embed(text) : null);
    }
}
