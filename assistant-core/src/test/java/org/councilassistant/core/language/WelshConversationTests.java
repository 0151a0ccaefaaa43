package org.councilassistant.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.testing.CouncilAssistantFixture;
import org.councilassistant.intents.language.Language;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident who writes in Welsh is answered in Welsh, by the Welsh model, until they choose otherwise. */
class WelshConversationTests {

    private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/London"));
    private static final AssistantMessages CYMRAEG = AssistantMessages.of(Language.WELSH, CouncilAssistantFixture.COUNCIL);
    private static CouncilAssistantFixture assistant;

    private ConversationEngine engine;
    private ConversationSession session;

    @BeforeAll
    static void start(@TempDir Path directory) {
        assistant = new CouncilAssistantFixture(directory, WEDNESDAY);
    }

    @AfterAll
    static void stop() throws Exception {
        assistant.close();
    }

    @BeforeEach
    void startAConversation() {
        engine = assistant.engine(Clock.fixed(WEDNESDAY.toInstant(), WEDNESDAY.getZone()));
        session = engine.start(CouncilAssistantFixture.WEB_CHAT);
    }

    @Test
    void binDayInWelshWithWelshDatesAndBinNames() {
        BotResponse askPostcode = say("pryd mae fy miniau yn cael eu casglu");
        BotResponse days = say("BK2 4DE");

        assertThat(askPostcode.intent()).isEqualTo("bin_collection_day");
        assertThat(text(askPostcode)).isEqualTo(CYMRAEG.text("bins.askPostcode"));
        assertThat(text(days)).contains("Dydd Mercher 25 Tachwedd").contains("Bin ailgylchu glas");
        assertThat(engine.languageOf(session.id())).isEqualTo(Language.WELSH);
    }

    @Test
    void aWelshCouncilTaxQuestionIsAnsweredFromTheWelshArticle() {
        BotResponse answer = say("sut ydw i'n talu treth y cyngor");

        assertThat(answer.intent()).isEqualTo("council_tax_pay");
        assertThat(answer.articleId()).isEqualTo("pay-council-tax-cy");
        assertThat(answer.replies()).hasSize(1);
    }

    @Test
    void aWelshQuestionWithOnlyAnEnglishArticleSaysSo() {
        // Take every Welsh article about registering a death out of service for the test.
        KnowledgeBase knowledgeBase = assistant.knowledgeBase();
        List<Article> archived = knowledgeBase.allArticles().stream()
                .filter(article -> article.language().equals("cy") && article.isPublished()
                        && article.intents().contains("registrars_deaths"))
                .map(article -> knowledgeBase.archive(article.id(), article.version(), "editor"))
                .toList();
        BotResponse answer;
        try {
            answer = say("sut ydw i'n cofrestru marwolaeth");
        } finally {
            archived.forEach(article -> knowledgeBase.publish(article.id(), article.version(), "editor"));
        }

        assertThat(answer.replies().get(0).text()).isEqualTo(CYMRAEG.text("language.englishFallback"));
        assertThat(answer.articleId()).doesNotEndWith("-cy");
    }

    @Test
    void theResidentsChoiceWinsOverDetection() {
        engine.chooseLanguage(session.id(), Language.WELSH);

        BotResponse hello = say("hello");

        assertThat(text(hello)).isEqualTo(CYMRAEG.text("greeting"));
        assertThat(text(say("diolch"))).isEqualTo(CYMRAEG.text("thanks"));
        engine.chooseLanguage(session.id(), Language.ENGLISH);
        assertThat(text(say("diolch yn fawr iawn, hello"))).doesNotContain(CYMRAEG.text("thanks"));
        assertThat(engine.languageOf(session.id())).isEqualTo(Language.ENGLISH);
    }

    @Test
    void welshToAVoiceChannelGetsAPoliteEnglishReply() {
        ConversationSession alexa = engine.start("alexa");

        BotResponse response = engine.handle(UserMessage.text(alexa.id(), "pryd mae fy miniau yn cael eu casglu", "alexa"));

        assertThat(text(response)).isEqualTo(CouncilAssistantFixture.MESSAGES.text("language.notOnThisChannel"));
    }

    private BotResponse say(String text) {
        return engine.handle(UserMessage.text(session.id(), text, CouncilAssistantFixture.WEB_CHAT));
    }

    private static String text(BotResponse response) {
        return response.replies().stream().map(Reply::text).collect(Collectors.joining("\n\n"));
    }
}
