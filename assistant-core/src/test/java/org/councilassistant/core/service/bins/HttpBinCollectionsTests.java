package org.councilassistant.core.service.bins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.councilassistant.intents.entities.BinType.FOOD;
import static org.councilassistant.intents.entities.BinType.GARDEN;
import static org.councilassistant.intents.entities.BinType.GENERAL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.councilassistant.intents.entities.Postcode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter against a stub of the council's API answering as docs/bin-data.md says it should. */
class HttpBinCollectionsTests {

    static final String UPRN = "100023410002";
    static final String ADDRESSES = """
            {"addresses": [
              {"uprn": "100023410004", "address": "4 Acacia Avenue, Brackenfield", "postcode": "BK1 2AB"},
              {"uprn": "100023410002", "address": "2 Acacia Avenue, Brackenfield", "postcode": "bk1 2ab"}
            ]}""";
    static final String ADDRESS = """
            {"uprn": "100023410002", "address": "2 Acacia Avenue, Brackenfield", "postcode": "BK1 2AB",
             "bins": ["FOOD", "GENERAL", "GARDEN"], "ward": "Mill"}""";
    static final String COLLECTIONS = """
            {"collections": [
              {"bin": "GENERAL", "date": "2026-03-31"},
              {"bin": "FOOD", "date": "2026-04-07", "usualDate": "2026-04-06"},
              {"bin": "food", "date": "2026-04-13"},
              {"bin": "GENERAL", "date": "2026-04-14", "usualDate": "2026-04-14"}
            ]}""";

    private final BinApiStub stub = new BinApiStub();
    private final HttpBinCollections collections = new HttpBinCollections(api(stub.baseUrl(), Duration.ofSeconds(5)));

    static CouncilBinApi api(String baseUrl, Duration readTimeout) {
        return new CouncilBinApi(new BinsProperties.Http(baseUrl, Duration.ofSeconds(2), readTimeout,
                Map.of("Authorization", "Bearer test-token")));
    }

    @AfterEach
    void stopTheStub() {
        stub.close();
    }

    @Test
    void findsTheAddressesOfAPostcodeInHouseNumberOrder() {
        stub.answer("GET", "/addresses", 200, ADDRESSES);

        assertThat(collections.addressesAt(new Postcode("BK1", "2AB"))).extracting(Address::line)
                .containsExactly("2 Acacia Avenue, Brackenfield", "4 Acacia Avenue, Brackenfield");
        assertThat(stub.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/addresses?postcode=BK1%202AB");
            assertThat(request.authorization()).isEqualTo("Bearer test-token");
        });
    }

    @Test
    void findsNoAddressesWhenThePostcodeHasNone() {
        stub.answer("GET", "/addresses", 200, "{\"addresses\": []}");

        assertThat(collections.addressesAt(new Postcode("BK9", "9ZZ"))).isEmpty();
    }

    @Test
    void readsAnAddressAndItsBinsByUprnIgnoringFieldsOutsideTheContract() {
        stub.answer("GET", "/addresses/" + UPRN, 200, ADDRESS);

        assertThat(collections.address(UPRN)).hasValueSatisfying(address -> {
            assertThat(address.line()).isEqualTo("2 Acacia Avenue, Brackenfield");
            assertThat(address.houseNumber()).isEqualTo("2");
            assertThat(address.gardenSubscriber()).isTrue();
        });
        assertThat(collections.binsAt(UPRN)).containsExactly(GENERAL, GARDEN, FOOD);
    }

    @Test
    void answersNothingForAUprnTheCouncilDoesNotKnow() {
        assertThat(collections.address("100099999999")).isEmpty();
        assertThat(collections.binsAt("100099999999")).isEmpty();
        assertThat(collections.nextCollections("100099999999", LocalDate.of(2026, 4, 4))).isEmpty();
    }

    @Test
    void givesTheNextCollectionOfEachBinWithTheDayItMovedFrom() {
        stub.answer("GET", "/addresses/" + UPRN + "/collections", 200, COLLECTIONS);

        assertThat(collections.nextCollections(UPRN, LocalDate.of(2026, 4, 4))).containsExactly(
                new Collection(FOOD, LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 6)),
                new Collection(GENERAL, LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 14)));
        assertThat(stub.requests()).extracting(BinApiStub.Request::path)
                .containsExactly("/addresses/" + UPRN + "/collections?from=2026-04-04&to=2026-05-16");
    }

    @Test
    void givesTheLastCollectionOfABinOnOrBeforeADate() {
        stub.answer("GET", "/addresses/" + UPRN + "/collections", 200, COLLECTIONS);

        assertThat(collections.lastCollection(UPRN, GENERAL, LocalDate.of(2026, 4, 13))).contains(
                new Collection(GENERAL, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void refusesAnAnswerOutsideTheContract() {
        stub.answer("GET", "/addresses", 200, "{\"addresses\": [{\"uprn\": \"12\", \"address\": \"\"}]}");

        assertThatExceptionOfType(BinServiceUnavailableException.class)
                .isThrownBy(() -> collections.addressesAt(new Postcode("BK1", "2AB")))
                .withMessageContaining("address lookup by postcode");
    }

    @Test
    void refusesAnAddressListAnswerWithoutItsList() {
        stub.answer("GET", "/addresses", 200, "{}");

        assertThatExceptionOfType(BinServiceUnavailableException.class)
                .isThrownBy(() -> collections.addressesAt(new Postcode("BK1", "2AB")))
                .withMessageContaining("without an \"addresses\" list");
    }

    @Test
    void looksUpAnEarlierMissedBinReport() {
        HttpMissedBinReports reports = new HttpMissedBinReports(api(stub.baseUrl(), Duration.ofSeconds(5)));
        stub.answer("GET", "/missed-bin-reports", 200, "{\"reference\": \"WR-7\"}");

        assertThat(reports.existingReference(UPRN, FOOD, LocalDate.of(2026, 4, 7))).contains("WR-7");
        assertThat(stub.requests()).extracting(BinApiStub.Request::path)
                .containsExactly("/missed-bin-reports?uprn=" + UPRN + "&bin=FOOD&dueDate=2026-04-07");
    }

    @Test
    void findsNoEarlierMissedBinReportWhenTheCouncilAnswersNotFound() {
        HttpMissedBinReports reports = new HttpMissedBinReports(api(stub.baseUrl(), Duration.ofSeconds(5)));

        assertThat(reports.existingReference(UPRN, FOOD, LocalDate.of(2026, 4, 7))).isEmpty();
    }

    @Test
    void postsAMissedBinReportAndReturnsTheCouncilsReference() {
        HttpMissedBinReports reports = new HttpMissedBinReports(api(stub.baseUrl(), Duration.ofSeconds(5)));
        stub.answer("POST", "/missed-bin-reports", 201, "{\"reference\": \"WR-8\"}");

        String reference = reports.record(new MissedBinReport(UPRN, "2 Acacia Avenue, Brackenfield", FOOD,
                LocalDate.of(2026, 4, 7), "webchat", Instant.parse("2026-04-08T09:15:00Z")));

        assertThat(reference).isEqualTo("WR-8");
        assertThat(stub.requests()).singleElement().satisfies(request -> assertThat(request.body())
                .contains("\"uprn\":\"" + UPRN + "\"", "\"bin\":\"FOOD\"", "\"dueDate\":\"2026-04-07\"",
                        "\"channel\":\"webchat\"", "\"reportedAt\":\"2026-04-08T09:15:00Z\"")
                .doesNotContain("Acacia"));
    }
}
