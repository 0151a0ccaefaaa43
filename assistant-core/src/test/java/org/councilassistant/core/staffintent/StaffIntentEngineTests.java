package org.councilassistant.core.staffintent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.testing.CouncilAssistantFixture;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.language.Language;
import org.councilassistant.knowledgebase.article.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real engine acting on intents staff added: each message arrives with the intent already resolved, as
 * Alexa's do (and as the model resolves it once retrained), so the test needs no retraining.
 */
class StaffIntentEngineTests {

    private static final ZonedDateTime WEDNESDAY_10AM = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0,
            ZoneId.of("Europe/London"));
    private static final String SOFA_REMOVAL = "sofa_removal";
    private static final String BULKY_WASTE_ARTICLE = "bulky-waste-collection";
    private static final List<String> SOFA_PHRASES = List.of("take away my old sofa", "get rid of a settee",
            "collect an armchair", "dispose of my sofa", "sofa collection");

    private static CouncilAssistantFixture assistant;

    private ConversationEngine engine;
    private ConversationSession session;

    @BeforeAll
    static void trainTheModelAndSeedTheKnowledgeBase(@TempDir Path directory) {
        assistant = new CouncilAssistantFixture(directory, WEDNESDAY_10AM);
    }

    @AfterAll
    static void closeTheKnowledgeBase() throws Exception {
        assistant.close();
    }

    @BeforeEach
    void startAConversation() {
        engine = assistant.engineWithStaffIntents(Clock.fixed(WEDNESDAY_10AM.toInstant(), WEDNESDAY_10AM.getZone()));
        session = engine.start(CouncilAssistantFixture.WEB_CHAT);
    }

    @AfterEach
    void deleteTheStaffIntents() {
        assistant.staffIntents().all().forEach(intent -> assistant.staffIntents().delete(intent.name(), "test"));
    }

    @Test
    void answersAStaffIntentFromTheArticleStaffChose() {
        add(SOFA_REMOVAL, new IntentAction.AnswerFromArticle(BULKY_WASTE_ARTICLE));

        BotResponse response = say("can you take my old sofa away", SOFA_REMOVAL);

        assertThat(response.articleId()).isEqualTo(BULKY_WASTE_ARTICLE);
        assertThat(response.intent()).isEqualTo(SOFA_REMOVAL);
        assertThat(response.replies().get(0).text()).isEqualTo(article(BULKY_WASTE_ARTICLE).answer());
    }

    @Test
    void answersAWelshConversationFromTheWelshVersionOfTheChosenArticle() {
        add(SOFA_REMOVAL, new IntentAction.AnswerFromArticle(BULKY_WASTE_ARTICLE));
        engine.chooseLanguage(session.id(), Language.WELSH);

        BotResponse response = say("casglu hen soffa", SOFA_REMOVAL);

        assertThat(response.articleId()).isEqualTo(BULKY_WASTE_ARTICLE + Article.WELSH_SUFFIX);
    }

    @Test
    void answersAsForAnyOtherQuestionWhileTheChosenArticleIsNotPublished() {
        String article = "freedom-of-information-requests";
        add("foi_request", new IntentAction.AnswerFromArticle(article));
        Article draft = assistant.knowledgeBase().toDraft(article, article(article).version(), "editor");
        assistant.knowledgeBase().synchronise();
        try {
            BotResponse response = say("how long does a freedom of information request take", "foi_request");

            assertThat(response.articleId()).isNotEqualTo(article);
            assertThat(response.replies()).isNotEmpty();
        } finally {
            assistant.knowledgeBase().publish(article, draft.version(), "editor");
            assistant.knowledgeBase().synchronise();
        }
    }

    @Test
    void startsTheTaskStaffChose() {
        add("bins_forgotten", new IntentAction.StartTask(CouncilIntents.MISSED_BIN));

        BotResponse response = say("the bin lorry forgot us", "bins_forgotten");

        assertThat(session.task()).isNotNull();
        assertThat(session.task().intent()).isEqualTo(CouncilIntents.MISSED_BIN);
        assertThat(response.intent()).isEqualTo("bins_forgotten");
        assertThat(response.replies()).isNotEmpty();
    }

    @Test
    void queuesTheResidentForAPersonAsAskingForOneDoes() {
        add("business_rates_dispute", new IntentAction.HandOff());

        BotResponse response = say("my business rates bill is wrong", "business_rates_dispute");

        assertThat(response.handoff()).isNotNull();
        assertThat(response.handoff().status()).isEqualTo("queued");
        assertThat(response.intent()).isEqualTo(CouncilIntents.TALK_TO_PERSON);
    }

    /** Adds an intent whose phrases no other intent has (its name is part of each). */
    private void add(String name, IntentAction action) {
        assistant.staffIntents().create(new StaffIntentContent(name, SOFA_PHRASES.stream()
                .map(phrase -> phrase + " " + name.replace('_', ' ')).toList(), List.of(), action), "editor");
    }

    private BotResponse say(String text, String resolvedIntent) {
        return engine.handle(new UserMessage(session.id(), text, CouncilAssistantFixture.WEB_CHAT, resolvedIntent));
    }

    private static Article article(String id) {
        return assistant.knowledgeBase().article(id).orElseThrow();
    }
}
