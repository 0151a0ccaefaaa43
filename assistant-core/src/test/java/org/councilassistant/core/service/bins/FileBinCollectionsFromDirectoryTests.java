package org.councilassistant.core.service.bins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.councilassistant.intents.entities.BinType.FOOD;
import static org.councilassistant.intents.entities.BinType.GENERAL;
import static org.councilassistant.intents.entities.BinType.RECYCLING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.setup.SetupException;
import org.councilassistant.intents.entities.Postcode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A council's own bin data, written by each test to a temporary directory in the layout of docs/bin-data.md.
 * Week A starts on Monday 3 January 2028, so the week of Easter Monday (17 April 2028) is a week B.
 */
class FileBinCollectionsFromDirectoryTests {

    private static final BankHolidays HOLIDAYS = BankHolidays.load();
    private static final String MONDAY_HOUSE = "10001";
    private static final String FRIDAY_HOUSE = "10003";

    @TempDir
    Path directory;

    @BeforeEach
    void writeAGoodCouncilsFiles() throws IOException {
        write("calendar.csv", "# week A starts on the first Monday of 2028", "week,starts", "A,2028-01-03");
        write("rounds.csv", "round,weekday,bin,frequency",
                "MON1,MONDAY,GENERAL,FORTNIGHTLY_A",
                "MON1,MONDAY,RECYCLING,FORTNIGHTLY_B",
                "MON1,MONDAY,FOOD,WEEKLY",
                "fri-a,friday,food,weekly");
        write("addresses.csv", "uprn,address,postcode,round,garden",
                "10001,\"1 Quarry Road, Oldtown\",OT1 1AA,MON1,no",
                "",
                "10011,\"11 Quarry Road, Oldtown\",ot11aa,MON1,No",
                "10003,\"The Barn, Quarry Road, Oldtown\",OT1 1AA,fri-a,no",
                "10002,\"Flat 2, \"\"The Mill\"\", 3 Quarry Road, Oldtown\",OT1  1AA,MON1,no");
    }

    @Test
    void findsTheAddressesOfAPostcodeInHouseNumberOrderWhateverItsSpacingAndCase() {
        assertThat(collections().addressesAt(new Postcode("OT1", "1AA"))).extracting(Address::line).containsExactly(
                "1 Quarry Road, Oldtown",
                "Flat 2, \"The Mill\", 3 Quarry Road, Oldtown",
                "11 Quarry Road, Oldtown",
                "The Barn, Quarry Road, Oldtown");
    }

    @Test
    void returnsTheNextCollectionsByUprnMovedAfterEasterMonday() {
        assertThat(collections().nextCollections(MONDAY_HOUSE, LocalDate.of(2028, 4, 15))).containsExactly(
                new Collection(RECYCLING, LocalDate.of(2028, 4, 18), LocalDate.of(2028, 4, 17)),
                new Collection(FOOD, LocalDate.of(2028, 4, 18), LocalDate.of(2028, 4, 17)),
                new Collection(GENERAL, LocalDate.of(2028, 4, 24), LocalDate.of(2028, 4, 24)));
    }

    @Test
    void movesAGoodFridayCollectionToSaturday() {
        assertThat(collections().nextCollections(FRIDAY_HOUSE, LocalDate.of(2028, 4, 13))).containsExactly(
                new Collection(FOOD, LocalDate.of(2028, 4, 15), LocalDate.of(2028, 4, 14)));
    }

    @Test
    void findsTheLastCollectionBeforeADate() {
        assertThat(collections().lastCollection(MONDAY_HOUSE, GENERAL, LocalDate.of(2028, 4, 23)))
                .contains(new Collection(GENERAL, LocalDate.of(2028, 4, 10), LocalDate.of(2028, 4, 10)));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("a row with a value missing", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "10001,1 Quarry Road,OT1 1AA,MON1"),
                        "addresses.csv line 2: found 4 values, but rows have 5"),
                Arguments.of("an address with a comma and no quotes", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "10001,1 Quarry Road, Oldtown,OT1 1AA,MON1,no"),
                        "addresses.csv line 2: found 6 values"),
                Arguments.of("a bad date", "calendar.csv", List.of("week,starts", "A,2028-01-32"),
                        "calendar.csv line 2, column 2 (starts): '2028-01-32' is not a yyyy-mm-dd date"),
                Arguments.of("a calendar that is not on a Monday", "calendar.csv", List.of("week,starts", "A,2028-01-04"),
                        "calendar.csv line 2, column 2 (starts): 2028-01-04 is a Tuesday"),
                Arguments.of("an unknown round", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "# comment", "10001,1 Quarry Road,OT1 1AA,TUE9,no"),
                        "addresses.csv line 3, column 4 (round): unknown round 'TUE9'"),
                Arguments.of("a bad UPRN", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "UPRN1,1 Quarry Road,OT1 1AA,MON1,no"),
                        "addresses.csv line 2, column 1 (uprn): 'UPRN1' is not a UPRN"),
                Arguments.of("a duplicate UPRN", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "10001,1 Quarry Road,OT1 1AA,MON1,no",
                                "10001,3 Quarry Road,OT1 1AA,MON1,no"),
                        "addresses.csv line 3, column 1 (uprn): UPRN 10001 is already listed on line 2"),
                Arguments.of("a bad postcode", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "10001,1 Quarry Road,OT1,MON1,no"),
                        "addresses.csv line 2, column 3 (postcode): 'OT1' is not a UK postcode"),
                Arguments.of("a garden answer that is neither yes nor no", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "10001,1 Quarry Road,OT1 1AA,MON1,y"),
                        "addresses.csv line 2, column 5 (garden): 'y' is neither yes nor no"),
                Arguments.of("an unknown weekday", "rounds.csv",
                        List.of("round,weekday,bin,frequency", "MON1,MONDY,FOOD,WEEKLY"),
                        "rounds.csv line 2, column 2 (weekday): unknown weekday 'MONDY'"),
                Arguments.of("an unknown bin", "rounds.csv",
                        List.of("round,weekday,bin,frequency", "MON1,MONDAY,GLASS,WEEKLY"),
                        "rounds.csv line 2, column 3 (bin): unknown bin 'GLASS'"),
                Arguments.of("columns in the wrong order", "rounds.csv",
                        List.of("round,bin,weekday,frequency", "MON1,FOOD,MONDAY,WEEKLY"),
                        "rounds.csv line 1: the header row is 'round,bin,weekday,frequency'"),
                Arguments.of("quotes that do not pair up", "addresses.csv",
                        List.of("uprn,address,postcode,round,garden", "10001,\"1 Quarry Road,OT1 1AA,MON1,no"),
                        "addresses.csv line 2: the double quotes do not pair up"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void refusesABadRowNamingTheFileRowAndColumnAndWhatToDo(String fault, String file, List<String> lines,
            String expected) throws IOException {
        write(file, lines.toArray(String[]::new));

        assertThatExceptionOfType(SetupException.class).isThrownBy(this::collections)
                .satisfies(e -> assertThat(e.problem()).startsWith(directory.resolve(file).toAbsolutePath().toString())
                        .contains(expected))
                .satisfies(e -> assertThat(e.action()).isNotBlank());
    }

    @Test
    void refusesAMissingFileNamingIt() throws IOException {
        Files.delete(directory.resolve("rounds.csv"));

        assertThatExceptionOfType(SetupException.class).isThrownBy(this::collections)
                .withMessageContaining(directory.resolve("rounds.csv").toAbsolutePath() + " is missing")
                .withMessageContaining("assistant.bins.files.directory");
    }

    @Test
    void refusesAMissingDirectoryNamingTheSetting() {
        Path missing = directory.resolve("not-there");

        assertThatExceptionOfType(SetupException.class)
                .isThrownBy(() -> FileBinCollections.fromDirectory(missing, HOLIDAYS))
                .withMessageContaining(missing.toAbsolutePath().toString())
                .withMessageContaining("assistant.bins.files.directory");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Files.write(directory.resolve("addresses.csv"), new byte[] {'u', 'p', 'r', 'n', (byte) 0xC3, '\n'});

        assertThatExceptionOfType(SetupException.class).isThrownBy(this::collections)
                .withMessageContaining("addresses.csv is not UTF-8 text");
    }

    private FileBinCollections collections() {
        return FileBinCollections.fromDirectory(directory, HOLIDAYS);
    }

    private void write(String name, String... lines) throws IOException {
        Files.write(directory.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
