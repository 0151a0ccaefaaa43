package org.councilassistant.core.service.bins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.intents.entities.BinType.FOOD;
import static org.councilassistant.intents.entities.BinType.GARDEN;
import static org.councilassistant.intents.entities.BinType.GENERAL;
import static org.councilassistant.intents.entities.BinType.RECYCLING;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.Postcode;
import org.junit.jupiter.api.Test;

class FileBinCollectionsTests {

    /** 2 Acacia Avenue: Tuesday round, GENERAL in week A, RECYCLING in week B, garden waste subscriber. */
    private static final String TUESDAY_GARDEN = "100023410002";
    /** 4 Acacia Avenue: same round as number 2, without garden waste. */
    private static final String TUESDAY_NO_GARDEN = "100023410004";
    /** 2 Mill Lane: Monday round, garden waste subscriber. */
    private static final String MONDAY = "100023420002";
    /** 1 Station Road: Friday round. */
    private static final String FRIDAY = "100023460001";

    private final FileBinCollections collections = FileBinCollections.load();

    @Test
    void listsTheAddressesOfAPostcodeInHouseNumberOrder() {
        List<Address> addresses = collections.addressesAt(new Postcode("BK1", "2AB"));

        assertThat(addresses).extracting(Address::houseNumber).containsExactly("2", "4", "6", "8", "10");
        assertThat(addresses.get(0).line()).isEqualTo("2 Acacia Avenue, Brackenfield");
        assertThat(addresses.get(0).postcode()).hasToString("BK1 2AB");
    }

    @Test
    void findsNoAddressesForAnUnknownPostcode() {
        assertThat(collections.addressesAt(new Postcode("BK9", "9ZZ"))).isEmpty();
    }

    @Test
    void findsTheOnlyAddressOfASingleAddressPostcode() {
        assertThat(collections.addressesAt(new Postcode("BK2", "4DE")))
                .extracting(Address::line).containsExactly("3 Kestrel Rise, Brackenfield");
    }

    @Test
    void readsLetteredHouseNumbersInUpperCaseAndSortsThemAfterTheirNumber() {
        List<Address> highStreet = collections.addressesAt(new Postcode("BK2", "5EG"));

        assertThat(highStreet).extracting(Address::houseNumber).startsWith("1", "2", "12", "12A", "12B", "14");
        Address twelveA = highStreet.get(3);
        assertThat(twelveA.matchesNumber("12a")).isTrue();
        assertThat(twelveA.matchesNumber("12")).isFalse();
    }

    @Test
    void matchesAFlatByItsFlatNumberOrItsBuildingNumber() {
        Address flat = collections.address("100023420103").orElseThrow();

        assertThat(flat.line()).isEqualTo("Flat 3, Mill House, 4 Mill Lane, Brackenfield");
        assertThat(flat.houseNumber()).isEqualTo("3");
        assertThat(flat.matchesNumber("3")).isTrue();
        assertThat(flat.matchesNumber("4")).isTrue();
        assertThat(flat.matchesNumber("5")).isFalse();
    }

    @Test
    void listsNamedHousesAfterNumberedOnes() {
        assertThat(collections.addressesAt(new Postcode("BK3", "6LN"))).extracting(Address::line).containsExactly(
                "2 Church Lane, Little Marsham, Brackenfield",
                "4 Church Lane, Little Marsham, Brackenfield",
                "6 Church Lane, Little Marsham, Brackenfield",
                "Rose Cottage, Church Lane, Little Marsham, Brackenfield",
                "The Old Forge, Church Lane, Little Marsham, Brackenfield");
    }

    @Test
    void collectsFoodEveryWeek() {
        assertThat(next(TUESDAY_GARDEN, FOOD, LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(next(TUESDAY_GARDEN, FOOD, LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void collectsFortnightlyBinsEveryOtherWeek() {
        LocalDate first = next(TUESDAY_GARDEN, GENERAL, LocalDate.of(2026, 11, 25));
        LocalDate second = next(TUESDAY_GARDEN, GENERAL, first.plusDays(1));

        assertThat(first).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(second).isEqualTo(first.plusDays(14));
    }

    @Test
    void collectsRecyclingOnTheTuesdayOfWeekB() {
        LocalDate recycling = next(TUESDAY_GARDEN, RECYCLING, LocalDate.of(2026, 11, 25));

        assertThat(recycling).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(recycling.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void sortsNextCollectionsByDateThenBinType() {
        assertThat(collections.nextCollections(TUESDAY_GARDEN, LocalDate.of(2026, 11, 25))).containsExactly(
                new Collection(RECYCLING, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)),
                new Collection(FOOD, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)),
                new Collection(GENERAL, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)),
                new Collection(GARDEN, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)));
    }

    @Test
    void movesAMondayCollectionToTuesdayAfterEasterMonday() {
        Collection food = collections.nextCollections(MONDAY, LocalDate.of(2026, 4, 4)).stream()
                .filter(c -> c.binType() == FOOD).findFirst().orElseThrow();

        assertThat(food.date()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(food.usualDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(food.moved()).isTrue();
    }

    @Test
    void includesACollectionMovedOntoTheStartDateFromEarlierInTheWeek() {
        Collection food = collections.nextCollections(FRIDAY, LocalDate.of(2026, 4, 11)).stream()
                .filter(c -> c.binType() == FOOD).findFirst().orElseThrow();

        assertThat(food).isEqualTo(new Collection(FOOD, LocalDate.of(2026, 4, 11), LocalDate.of(2026, 4, 10)));
    }

    @Test
    void findsTheLastCollectionOnOrBeforeADate() {
        assertThat(collections.lastCollection(TUESDAY_GARDEN, GENERAL, LocalDate.of(2026, 12, 7)))
                .map(Collection::date).contains(LocalDate.of(2026, 11, 24));
        assertThat(collections.lastCollection(TUESDAY_GARDEN, GENERAL, LocalDate.of(2026, 12, 8)))
                .map(Collection::date).contains(LocalDate.of(2026, 12, 8));
    }

    @Test
    void findsTheLastCollectionWhereItWasMovedTo() {
        assertThat(collections.lastCollection(FRIDAY, FOOD, LocalDate.of(2026, 4, 10))).contains(
                new Collection(FOOD, LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 3)));
    }

    @Test
    void leavesGardenWasteOutForAddressesThatDoNotSubscribe() {
        LocalDate from = LocalDate.of(2026, 11, 25);

        assertThat(collections.binsAt(TUESDAY_NO_GARDEN)).containsExactly(GENERAL, RECYCLING, FOOD);
        assertThat(collections.binsAt(TUESDAY_GARDEN)).containsExactly(GENERAL, RECYCLING, GARDEN, FOOD);
        assertThat(collections.nextCollections(TUESDAY_NO_GARDEN, from)).extracting(Collection::binType)
                .doesNotContain(GARDEN);
        assertThat(collections.lastCollection(TUESDAY_NO_GARDEN, GARDEN, from)).isEmpty();
    }

    @Test
    void answersNothingForAnUnknownUprn() {
        assertThat(collections.address("100099999999")).isEmpty();
        assertThat(collections.binsAt("100099999999")).isEmpty();
        assertThat(collections.nextCollections("100099999999", LocalDate.of(2026, 11, 25))).isEmpty();
    }

    private LocalDate next(String uprn, BinType bin, LocalDate from) {
        return collections.nextCollections(uprn, from).stream()
                .filter(c -> c.binType() == bin).map(Collection::date).findFirst().orElseThrow();
    }
}
