package org.councilassistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.service.bins.FileBinCollections;
import org.councilassistant.core.service.bins.JdbcMissedBinReports;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.session.SessionEvent;
import org.councilassistant.core.testing.CouncilAssistantFixture;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.entities.BinType;
import org.councilassistant.knowledgebase.notice.NoticeDraft;
import org.councilassistant.knowledgebase.notice.ServiceNotices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real engine end to end: the trained intent model, the seeded knowledge base, the shipped bin calendar and
 * missed bin reports in a migrated database. Training takes seconds, so the model and the knowledge base are
 * shared; each test gets its own engine, clock and session store.
 *
 * <p>Expected dates come from {@code bins/*.csv}: week A starts on Monday 23 November 2026 and week B on Monday
 * 30 November; round TUE1 (2, 4 and 6 Acacia Avenue, BK1 2AB) collects general waste and garden waste in week A,
 * recycling in week B and food every Tuesday; only 2 and 6 subscribe to garden waste. 3 Kestrel Rise (BK2 4DE,
 * the only address there) is on WED1, which collects recycling in week A. 8 Acacia Avenue is on THU1.
 */
class ConversationEngineTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime WEDNESDAY_25_NOVEMBER = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, LONDON);
    private static final String CHANNEL = "webchat";
    private static final AssistantMessages MESSAGES = CouncilAssistantFixture.MESSAGES;

    private static CouncilAssistantFixture assistant;
    private static FileBinCollections collections;
    private static BankHolidays holidays;
    private static JdbcMissedBinReports reports;

    private ConversationEngine engine;
    private ConversationSession session;
    private Clock clock;

    @BeforeAll
    static void trainTheModelAndSeedTheKnowledgeBase(@TempDir Path directory) {
        assistant = new CouncilAssistantFixture(directory, WEDNESDAY_25_NOVEMBER);
        holidays = assistant.holidays();
        collections = assistant.collections();
        reports = new JdbcMissedBinReports(assistant.dataSource());
    }

    @AfterAll
    static void closeTheKnowledgeBase() throws Exception {
        assistant.close();
    }

    @BeforeEach
    void startAConversationOnWednesday25November() {
        startAConversationAt(WEDNESDAY_25_NOVEMBER);
    }

    @Test
    void asksForPostcodeWhenBinDayHasNoAddress() {
        BotResponse response = say("when is my bin day");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.askPostcode"));
        assertThat(response.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
        assertThat(session.task()).isNotNull();
        assertThat(session.task().awaiting()).isEqualTo("postcode");
    }

    @Test
    void voiceHearsTheBinDaysAsASentenceAndIsAskedForAHouseNumberNotToChoose() {
        BotResponse several = engine.handle(new UserMessage(session.id(), "when is my bin day BK1 2AB", "alexa",
                CouncilIntents.BIN_COLLECTION_DAY));
        assertThat(several.replies().get(0).spokenText())
                .isEqualTo("I found 5 addresses for BK1 2AB. What’s your house number?");

        session = engine.start(CHANNEL);
        BotResponse response = engine.handle(new UserMessage(session.id(), "when is my bin day BK2 4DE", "alexa",
                CouncilIntents.BIN_COLLECTION_DAY));

        assertThat(response.replies().get(0).spokenText()).isEqualTo("At 3 Kestrel Rise, Brackenfield, "
                + "your blue recycling bin is next collected on Wednesday 25 November, "
                + "your food waste caddy is next collected on Wednesday 25 November "
                + "and your black general waste bin is next collected on Wednesday 2 December. "
                + MESSAGES.text("bins.outBy"));
    }

    @Test
    void answersStraightAwayWhenThePostcodeHasOneAddress() {
        say("when is my bin day");

        BotResponse response = say("BK2 4DE");

        assertThat(textOf(response)).isEqualTo(String.join("\n",
                "Your next bin collections at 3 Kestrel Rise, Brackenfield:",
                "- Blue recycling bin: Wednesday 25 November",
                "- Food waste caddy: Wednesday 25 November",
                "- Black general waste bin: Wednesday 2 December")
                + "\n\n" + MESSAGES.text("bins.outBy"));
        assertThat(response.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
        assertThat(response.suggestions()).containsExactly(MESSAGES.text("suggestion.missedBin"));
        assertThat(session.task()).isNull();
        assertThat(session.uprn()).isEqualTo("100023440003");
    }

    @Test
    void acceptsAPostcodeInTheFirstMessage() {
        BotResponse response = say("when is my bin day, my postcode is bk24de");

        assertThat(textOf(response)).startsWith("Your next bin collections at 3 Kestrel Rise, Brackenfield:");
    }

    @Test
    void asksAgainPolitelyWhenTheReplyIsNotAPostcode() {
        say("when is my bin day");

        BotResponse response = say("hmm");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.notPostcode"));
        assertThat(response.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
        assertThat(session.task().awaiting()).isEqualTo("postcode");
    }

    @Test
    void saysSoWhenNoAddressesMatchThePostcode() {
        say("when is my bin day");

        BotResponse response = say("BK9 9ZZ");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.noAddresses", "BK9 9ZZ"));
        assertThat(session.task().awaiting()).isEqualTo("postcode");
        assertThat(session.pendingPostcode()).isNull();
    }

    @Test
    void listsTheAddressesWhenSeveralShareThePostcode() {
        say("when is my bin day");

        BotResponse response = say("bk1 2ab");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.whichAddress", 5, "BK1 2AB"));
        assertThat(response.suggestions()).containsExactly(
                "2 Acacia Avenue, Brackenfield",
                "4 Acacia Avenue, Brackenfield",
                "6 Acacia Avenue, Brackenfield",
                "8 Acacia Avenue, Brackenfield",
                "10 Acacia Avenue, Brackenfield");
        assertThat(session.task().awaiting()).isEqualTo("address");
    }

    @Test
    void saysSoWhenTheHouseNumberIsNotAtThePostcode() {
        say("when is my bin day");
        say("BK1 2AB");

        BotResponse response = say("12");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.noSuchNumber", "12", "BK1 2AB"));
        assertThat(session.task().awaiting()).isEqualTo("address");
    }

    @Test
    void anAddressChosenByItsFullLineIsThatAddressNotOneWhoseLineItContains() {
        say("when is my bin day");
        say("BK3 1HJ");

        BotResponse response = say("11 Station Road, Brackenfield");

        assertThat(textOf(response)).startsWith(MESSAGES.text("bins.nextAll", "11 Station Road, Brackenfield"));
        assertThat(session.uprn()).isEqualTo("100023460011");
    }

    @Test
    void aBuildingNumberSharedByFlatsListsJustThoseFlats() {
        say("when is my bin day");
        say("BK1 3DF");

        BotResponse response = say("4");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.whichAddress", 4, "BK1 3DF"));
        assertThat(response.suggestions()).containsExactly(
                "Flat 1, Mill House, 4 Mill Lane, Brackenfield",
                "Flat 2, Mill House, 4 Mill Lane, Brackenfield",
                "Flat 3, Mill House, 4 Mill Lane, Brackenfield",
                "Flat 4, Mill House, 4 Mill Lane, Brackenfield");
        assertThat(textOf(say("Flat 2, Mill House, 4 Mill Lane, Brackenfield")))
                .startsWith(MESSAGES.text("bins.nextAll", "Flat 2, Mill House, 4 Mill Lane, Brackenfield"));
    }

    @Test
    void aBinNamedWithTheHouseNumberNarrowsTheAnswer() {
        say("when is my bin day");
        say("BK1 2AB");

        BotResponse response = say("4, the blue bin please");

        assertThat(textOf(response)).isEqualTo("Your blue recycling bin is next collected on Tuesday 1 December.");
    }

    @Test
    void aNewQuestionThatMentionsABinIsNotTakenForAFollowUp() {
        say("when is my bin day");
        say("BK1 2AB");
        say("4");

        BotResponse response = say("how do I order a new recycling bin");

        assertThat(response.intent()).isEqualTo("new_bin");
        assertThat(response.articleId()).isNotNull();
    }

    @Test
    void answersJustTheBinAskedFor() {
        say("when is the blue bin collected");
        say("BK1 2AB");

        BotResponse response = say("4");

        assertThat(textOf(response)).isEqualTo("Your blue recycling bin is next collected on Tuesday 1 December.");
        assertThat(response.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
        assertThat(session.uprn()).isEqualTo("100023410004");
    }

    @Test
    void followUpUsesTheRememberedAddress() {
        say("when is the blue bin collected");
        say("BK1 2AB");
        say("4");

        BotResponse response = say("what about the black bin?");

        assertThat(textOf(response)).isEqualTo("Your black general waste bin is next collected on Tuesday 8 December.");
        assertThat(response.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
    }

    @Test
    void gardenFollowUpForANonSubscriberSaysThereIsNoSubscription() {
        say("when is my bin day");
        say("BK1 2AB");
        say("4");

        BotResponse response = say("and the garden waste?");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.noGarden", "4 Acacia Avenue, Brackenfield"));
    }

    @Test
    void gardenFollowUpForASubscriberGivesTheBrownBinDay() {
        say("when is my bin day");
        say("BK1 2AB");
        say("6");

        BotResponse response = say("and the garden waste?");

        assertThat(textOf(response)).isEqualTo("Your brown garden waste bin is next collected on Tuesday 8 December.");
    }

    @Test
    void aBankHolidayMovesTheCollectionAndSaysWhy() {
        startAConversationAt(ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, LONDON));
        say("when is the food caddy collected");
        say("BK1 2AB");

        BotResponse response = say("8");

        assertThat(textOf(response)).isEqualTo("Your food waste caddy is next collected on Saturday 2 January "
                + "(moved from Thursday 31 December because of the bank holiday).");
    }

    @Test
    void changingTheSubjectMidTaskAnswersTheNewQuestion() {
        say("when is my bin day");

        BotResponse response = say("how do I pay my council tax");

        assertThat(response.articleId()).isEqualTo("pay-council-tax");
        assertThat(response.intent()).isNotEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
        assertThat(session.task()).isNull();
    }

    @Test
    void missedBinTodayIsNotYetReportable() {
        startAConversationAt(ZonedDateTime.of(2026, 12, 1, 11, 0, 0, 0, LONDON));
        say("my blue bin wasnt collected");
        say("BK1 2AB");

        BotResponse response = say("2");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.today", "blue recycling bin"));
        assertThat(response.intent()).isEqualTo(CouncilIntents.MISSED_BIN);
        assertThat(session.task()).isNull();
        assertThat(reports.existingReference("100023410002", BinType.RECYCLING, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void missedBinOutsideTheWindowIsRefusedWithTheNextDate() {
        say("my blue bin wasnt collected");
        say("BK1 2AB");

        BotResponse response = say("4");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.tooLate", "blue recycling bin",
                "Tuesday 17 November", "Tuesday 1 December"));
        assertThat(session.task()).isNull();
    }

    @Test
    void missedBinAsksWhichBinWhenNoneWasNamed() {
        say("missed bin");
        say("BK1 2AB");

        BotResponse response = say("4");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.askBin", "4 Acacia Avenue, Brackenfield"));
        assertThat(response.suggestions())
                .containsExactly("black general waste bin", "blue recycling bin", "food waste caddy");
        assertThat(session.task().awaiting()).isEqualTo("bin");
    }

    @Test
    void missedGardenBinWithoutASubscriptionAsksForAnotherBin() {
        say("missed bin");
        say("BK1 2AB");
        say("4");

        BotResponse response = say("the brown one");

        assertThat(textOf(response)).isEqualTo(
                MESSAGES.text("bins.notAtAddress", "brown garden waste bin", "4 Acacia Avenue, Brackenfield") + " "
                        + MESSAGES.text("missed.askBin", "4 Acacia Avenue, Brackenfield"));
        assertThat(session.task().awaiting()).isEqualTo("bin");
    }

    @Test
    void missedBinIsRecordedOnceWithAReference() {
        say("my black bin wasnt collected");
        say("BK1 2AB");
        BotResponse confirmation = say("6");

        assertThat(textOf(confirmation)).isEqualTo(MESSAGES.text("missed.confirm", "black general waste bin",
                "6 Acacia Avenue, Brackenfield", "Tuesday 24 November"));
        assertThat(confirmation.suggestions()).containsExactly("Yes", "No");

        String reported = textOf(say("yes"));
        String reference = reports.existingReference("100023410006", BinType.GENERAL, LocalDate.of(2026, 11, 24))
                .orElseThrow();
        assertThat(reference).matches("MB-1\\d{5}");
        assertThat(reported).isEqualTo(MESSAGES.text("missed.reported", "black general waste bin",
                "6 Acacia Avenue, Brackenfield", reference));
        assertThat(session.task()).isNull();

        startAConversationAt(WEDNESDAY_25_NOVEMBER);
        say("my black bin wasnt collected");
        say("BK1 2AB");
        BotResponse again = say("6");

        assertThat(textOf(again)).isEqualTo(MESSAGES.text("missed.alreadyReported", "black general waste bin",
                "6 Acacia Avenue, Brackenfield", reference));
        assertThat(session.task()).isNull();
    }

    @Test
    void missedBinTwoWorkingDaysLaterIsStillReportable() {
        startAConversationAt(ZonedDateTime.of(2026, 11, 26, 16, 0, 0, 0, LONDON));
        say("my food caddy wasnt emptied");
        say("BK1 2AB");

        BotResponse response = say("2");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.confirm", "food waste caddy",
                "2 Acacia Avenue, Brackenfield", "Tuesday 24 November"));
    }

    @Test
    void missedBinThreeWorkingDaysLaterIsRefused() {
        startAConversationAt(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, LONDON));
        say("my food caddy wasnt emptied");
        say("BK1 2AB");

        BotResponse response = say("2");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.tooLate", "food waste caddy",
                "Tuesday 24 November", "Tuesday 1 December"));
    }

    @Test
    void bankHolidaysDoNotCountTowardsTheReportWindow() {
        // Thursday 24 December, then Christmas Day (Friday) and the Boxing Day substitute (Monday 28th):
        // Tuesday 29 December is only the first working day after the collection.
        startAConversationAt(ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, LONDON));
        say("my food caddy wasnt emptied");
        say("BK1 2AB");

        BotResponse response = say("8");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.confirm", "food waste caddy",
                "8 Acacia Avenue, Brackenfield", "Thursday 24 December"));
    }

    @Test
    void asksForYesOrNoWhenTheConfirmationIsUnclear() {
        say("my food caddy wasnt emptied");
        say("BK1 2AB");
        say("2");

        BotResponse response = say("hmm");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.yesNo", "food waste caddy"));
        assertThat(session.task().awaiting()).isEqualTo("confirmation");
    }

    @Test
    void sayingNoCancelsTheReport() {
        say("my food caddy wasnt emptied");
        say("BK1 2AB");
        say("2");

        BotResponse response = say("no");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("missed.cancelled"));
        assertThat(response.intent()).isEqualTo(CouncilIntents.MISSED_BIN);
        assertThat(session.task()).isNull();
        assertThat(reports.existingReference("100023410002", BinType.FOOD, LocalDate.of(2026, 11, 24))).isEmpty();
    }

    @Test
    void unknownSessionIsRefused() {
        assertThatThrownBy(() -> engine.handle(UserMessage.text("no-such-session", "hello", CHANNEL)))
                .isInstanceOf(UnknownSessionException.class)
                .hasMessageContaining("no-such-session");
    }

    @Test
    void transcriptRecordsBothSides() {
        BotResponse response = say("when is my bin day");

        List<SessionEvent> transcript = session.transcript();
        assertThat(transcript).hasSize(2);
        assertThat(transcript.get(0)).isInstanceOfSatisfying(SessionEvent.UserSaid.class, said -> {
            assertThat(said.text()).isEqualTo("when is my bin day");
            assertThat(said.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
            assertThat(said.at()).isEqualTo(clock.instant());
        });
        assertThat(transcript.get(1)).isInstanceOfSatisfying(SessionEvent.BotReplied.class, replied -> {
            assertThat(replied.texts()).containsExactly(textOf(response));
            assertThat(replied.articleId()).isNull();
        });
    }

    @Test
    void transcriptRecordsTheArticleAnswered() {
        say("how do I pay my council tax");

        assertThat(session.transcript().get(1)).isInstanceOfSatisfying(SessionEvent.BotReplied.class,
                replied -> assertThat(replied.articleId()).isEqualTo("pay-council-tax"));
    }

    @Test
    void cannotHelpOffersAPerson() {
        BotResponse response = say("what's the capital of France");

        assertThat(response.offerHandoff()).isTrue();
        assertThat(response.intent()).isEqualTo(CouncilIntents.OUT_OF_SCOPE);
        assertThat(response.articleId()).isNull();
        assertThat(textOf(response)).isEqualTo(MESSAGES.text("cannotHelp"));
        assertThat(response.suggestions()).contains(MESSAGES.text("suggestion.person"));
    }

    @Test
    void aServiceNoticeForTheIntentIsStatedFirstUntilItExpires() {
        ServiceNotices notices = new ServiceNotices(assistant.dataSource(), clock);
        long id = notices.create(new NoticeDraft(
                "Collections are running a day late after the snow.", List.of(CouncilIntents.BIN_COLLECTION_DAY),
                WEDNESDAY_25_NOVEMBER.minusHours(1).toInstant(), WEDNESDAY_25_NOVEMBER.plusHours(1).toInstant()),
                "editor").id();
        BotResponse binDay;
        BotResponse councilTax;
        BotResponse later;
        try {
            binDay = say("when is my bin day");
            councilTax = say("how do I pay my council tax");
            startAConversationAt(WEDNESDAY_25_NOVEMBER.plusHours(2));
            later = say("when is my bin day");
        } finally {
            notices.expire(id, "editor");  // the database is shared with the other tests
        }

        assertThat(binDay.replies().get(0).text()).isEqualTo("Collections are running a day late after the snow.");
        assertThat(binDay.replies().get(1).text()).isEqualTo(MESSAGES.text("bins.askPostcode"));
        assertThat(textOf(councilTax)).doesNotContain("snow");
        assertThat(textOf(later)).doesNotContain("snow");
    }

    @Test
    void onWebChatAskingForAPersonJoinsTheQueue() {
        BotResponse response = say("can I speak to a human");

        assertThat(response.intent()).isEqualTo(CouncilIntents.TALK_TO_PERSON);
        assertThat(response.handoff().status()).isEqualTo("queued");
        assertThat(textOf(response)).isEqualTo(MESSAGES.text("handoff.queued.ASKED", response.handoff().position()));
    }

    @Test
    void onWebChatOutsideHoursAskingForAPersonOffersACallback() {
        startAConversationAt(ZonedDateTime.of(2026, 12, 24, 18, 0, 0, 0, LONDON));

        BotResponse response = say("can I speak to a human");

        assertThat(response.handoff().status()).isEqualTo("callback");
        assertThat(textOf(response)).isEqualTo(MESSAGES.text("handoff.closed", "on Tuesday at 8:30am"));
    }

    @Test
    void onVoiceAskingForAPersonGivesThePhoneNumberAndSaysTheContactCentreIsOpenNow() {
        session = engine.start("alexa");

        BotResponse response = say("can I speak to a human");

        assertThat(response.offerHandoff()).isTrue();
        assertThat(response.handoff()).isNull();
        assertThat(textOf(response)).isEqualTo(MESSAGES.text("person.open", "01632 960 100", "5pm"));
    }

    @Test
    void onVoiceOnChristmasEveningAskingForAPersonSaysWhenTheContactCentreOpensAgain() {
        startAConversationAt(ZonedDateTime.of(2026, 12, 24, 18, 0, 0, 0, LONDON));
        session = engine.start("alexa");

        BotResponse response = say("can I speak to a human");

        // Christmas Day (Friday), the weekend and Boxing Day's substitute (Monday 28th) are all closed.
        assertThat(textOf(response)).isEqualTo(MESSAGES.text("person.closed", "01632 960 100",
                "on Tuesday at 8:30am", "01632 960 999"));
    }

    @Test
    void askingForAPersonMidTaskLeavesTheTask() {
        say("when is my bin day");

        BotResponse response = say("can I speak to a human");

        assertThat(response.handoff().status()).isEqualTo("queued");
        assertThat(session.task()).isNull();
    }

    @Test
    void greetingOffersThingsToAsk() {
        BotResponse response = say("hello");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("greeting"));
        assertThat(response.suggestions()).contains(MESSAGES.text("suggestion.binDay"));
        assertThat(response.offerHandoff()).isFalse();
    }

    @Test
    void usesAnIntentTheChannelAlreadyResolved() {
        BotResponse response = engine.handle(
                new UserMessage(session.id(), "", "alexa", CouncilIntents.BIN_COLLECTION_DAY));

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.askPostcode"));
        assertThat(response.intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
        assertThat(response.confidence()).isEqualTo(1.0);
    }

    @Test
    void sessionsDoNotShareAddresses() {
        say("when is my bin day");
        say("BK2 4DE");
        ConversationSession first = session;

        session = engine.start(CHANNEL);
        BotResponse response = say("when is my bin day");

        assertThat(textOf(response)).isEqualTo(MESSAGES.text("bins.askPostcode"));
        assertThat(first.uprn()).isEqualTo("100023440003");
        assertThat(session.uprn()).isNull();
    }

    private void startAConversationAt(ZonedDateTime now) {
        clock = Clock.fixed(now.toInstant(), LONDON);
        engine = assistant.engine(clock);
        session = engine.start(CHANNEL);
    }

    private BotResponse say(String text) {
        return engine.handle(UserMessage.text(session.id(), text, CHANNEL));
    }

    private static String textOf(BotResponse response) {
        return response.replies().stream().map(Reply::text).collect(Collectors.joining("\n\n"));
    }
}
