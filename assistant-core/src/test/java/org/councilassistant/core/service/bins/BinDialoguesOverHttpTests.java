package org.councilassistant.core.service.bins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.entities.DateDirection;
import org.councilassistant.intents.entities.EntityExtractor;
import org.councilassistant.intents.language.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * The bin dialogues on the council's API: a resident gets their answer when it works, and a polite "try again later
 * or phone" when it is slow, failing, talking nonsense or not there at all, with the failure logged without the
 * resident's postcode or address. Wednesday 8 April 2026; the food caddy was collected the day before.
 */
class BinDialoguesOverHttpTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 8);
    /** A council that is not the sample, so that the number residents are given is seen to come from its settings. */
    private static final Council COUNCIL = new Council("Ashdown District Council", "Ashdown Council",
            "Cyngor Dosbarth Ashdown", "Cyngor Ashdown", "01234 567 890", "01234 567 999",
            URI.create("https://www.ashdown.gov.uk"), URI.create("https://www.ashdown.gov.uk/privacy"), "AS1 1AA",
            null, "#00703c", "ashdown council");
    private static final AssistantMessages MESSAGES = AssistantMessages.of(Language.ENGLISH, COUNCIL);
    private static final String ONE_ADDRESS = """
            {"addresses": [{"uprn": "100023410002", "address": "2 Acacia Avenue, Brackenfield", "postcode": "BK1 2AB"}]}""";
    /** Short, so that the test of a council system that never answers ends soon. */
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(500);

    /** The ways a council's API lets the resident down. */
    enum Outage { SLOW, SERVER_ERROR, MALFORMED_JSON, CONNECTION_REFUSED }

    private final BinApiStub stub = new BinApiStub();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger apiLogger = (Logger) LoggerFactory.getLogger(CouncilBinApi.class);
    private final ConversationSession session = new ConversationSession("s1", "webchat", Instant.parse("2026-04-08T09:00:00Z"));

    @BeforeEach
    void captureTheApiLog() {
        log.start();
        apiLogger.addAppender(log);
    }

    @AfterEach
    void stopTheStubAndTheCapture() {
        apiLogger.detachAppender(log);
        stub.close();
    }

    @Test
    void answersTheBinDayFromTheCouncilsApi() {
        stub.answer("GET", "/addresses", 200, ONE_ADDRESS)
                .answer("GET", "/addresses/100023410002/collections", 200, HttpBinCollectionsTests.COLLECTIONS);

        BotResponse response = binDay(stub.baseUrl(), Duration.ofSeconds(5)).start(turn("when is my bin day? BK1 2AB",
                CouncilIntents.BIN_COLLECTION_DAY));

        assertThat(text(response)).contains("2 Acacia Avenue, Brackenfield", "Food waste caddy: Monday 13 April",
                "Black general waste bin: Tuesday 14 April");
        assertThat(log.list).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void apologisesAndGivesThePhoneNumberWhenTheBinApiLetsTheResidentDown(Outage outage) {
        BotResponse response = binDay(failing(outage), SHORT_READ_TIMEOUT)
                .start(turn("when is my bin day? BK1 2AB", CouncilIntents.BIN_COLLECTION_DAY));

        assertThat(text(response)).isEqualTo(MESSAGES.text("bins.unavailable")).endsWith("phone us on 01234 567 890.");
        assertThat(response.suggestions()).containsExactly(MESSAGES.text("suggestion.person"));
        assertThat(session.task()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void logsTheFailureWithoutThePostcode(Outage outage) {
        binDay(failing(outage), SHORT_READ_TIMEOUT).start(turn("when is my bin day? BK1 2AB",
                CouncilIntents.BIN_COLLECTION_DAY));

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("address lookup by postcode")
                    .doesNotContain("BK1", "2AB");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void reportsAMissedBinWithTheCouncilsReference() {
        answerAboutTheFoodCaddy();
        stub.answer("POST", "/missed-bin-reports", 201, "{\"reference\": \"WR-8\"}");
        MissedBinDialogue dialogue = missedBin();

        BotResponse question = dialogue.start(turn("my food caddy wasn't collected BK1 2AB", CouncilIntents.MISSED_BIN));
        BotResponse answer = dialogue.continueWith(turn("yes", CouncilIntents.MISSED_BIN));

        assertThat(text(question)).startsWith("To check: your food waste caddy at 2 Acacia Avenue");
        assertThat(text(answer)).isEqualTo(MESSAGES.text("missed.reported", "food waste caddy",
                "2 Acacia Avenue, Brackenfield", "WR-8"));
    }

    @Test
    void saysTheMissedBinIsNotReportedYetWhenTheCouncilCannotTakeTheReport() {
        answerAboutTheFoodCaddy();
        stub.answer("POST", "/missed-bin-reports", 503, "");
        MissedBinDialogue dialogue = missedBin();

        dialogue.start(turn("my food caddy wasn't collected BK1 2AB", CouncilIntents.MISSED_BIN));
        BotResponse answer = dialogue.continueWith(turn("yes", CouncilIntents.MISSED_BIN));

        assertThat(text(answer)).isEqualTo(MESSAGES.text("missed.unavailable")).endsWith("phone us on 01234 567 890.");
        assertThat(session.task()).isNull();
        assertThat(log.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .contains("answered HTTP 503", "missed bin report").doesNotContain("100023410002", "Acacia"));
    }

    private void answerAboutTheFoodCaddy() {
        stub.answer("GET", "/addresses", 200, ONE_ADDRESS)
                .answer("GET", "/addresses/100023410002", 200, HttpBinCollectionsTests.ADDRESS)
                .answer("GET", "/addresses/100023410002/collections", 200, HttpBinCollectionsTests.COLLECTIONS);
    }

    private String failing(Outage outage) {
        switch (outage) {
            case SLOW -> stub.withholdEverythingElse();
            case SERVER_ERROR -> stub.answerEverythingElse(500, "{\"error\": \"database down\"}");
            case MALFORMED_JSON -> stub.answerEverythingElse(200, "<html>Service Unavailable</html>");
            case CONNECTION_REFUSED -> {
                return BinApiStub.refusingUrl();
            }
        }
        return stub.baseUrl();
    }

    private Dialogue binDay(String baseUrl, Duration readTimeout) {
        return new BinDayDialogue(new HttpBinCollections(HttpBinCollectionsTests.api(baseUrl, readTimeout)));
    }

    private MissedBinDialogue missedBin() {
        CouncilBinApi api = HttpBinCollectionsTests.api(stub.baseUrl(), Duration.ofSeconds(5));
        Clock clock = Clock.fixed(Instant.parse("2026-04-08T09:00:00Z"), ZoneId.of("Europe/London"));
        return new MissedBinDialogue(new HttpBinCollections(api), BankHolidays.load(), new HttpMissedBinReports(api), clock);
    }

    private Turn turn(String text, String intent) {
        return new Turn(session, text, new Classification(intent, 0.9, List.of(), false),
                new EntityExtractor().extract(text, TODAY, DateDirection.FUTURE), TODAY, MESSAGES, null);
    }

    private static String text(BotResponse response) {
        return String.join("\n", response.replies().stream().map(Reply::text).toList());
    }
}
