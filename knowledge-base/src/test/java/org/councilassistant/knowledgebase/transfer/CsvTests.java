package org.councilassistant.knowledgebase.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesOnlyFieldsThatNeedItAndEndsRecordsWithCrLf() {
        assertThat(Csv.write(List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines", ""))))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void readsBackWhatItWrites() {
        List<List<String>> records = List.of(List.of("id", "text"), List.of("a", "x,\"y\"\r\nz"), List.of("", ""));

        assertThat(Csv.read(Csv.write(records))).extracting(Csv.Record::fields).containsExactlyElementsOf(records);
    }

    @Test
    void numbersRecordsAsSpreadsheetRowsSkippingEmptyLines() {
        List<Csv.Record> records = Csv.read("h1,h2\n\"multi\nline\",b\n\nlast,row");

        assertThat(records).extracting(Csv.Record::row).containsExactly(1, 2, 4);
        assertThat(records.get(2).fields()).containsExactly("last", "row");
    }

    @Test
    void rejectsStrayAndUnclosedQuotesWithTheirRow() {
        assertThatThrownBy(() -> Csv.read("a,b\r\nx\"y,z\r\n"))
                .isInstanceOfSatisfying(Csv.CsvFormatException.class, e -> assertThat(e.row()).isEqualTo(2));
        assertThatThrownBy(() -> Csv.read("a,b\r\n\"x\"y,z\r\n"))
                .isInstanceOfSatisfying(Csv.CsvFormatException.class, e -> assertThat(e.row()).isEqualTo(2));
        assertThatThrownBy(() -> Csv.read("a,b\r\nc,d\r\n\"open,e\r\n"))
                .isInstanceOfSatisfying(Csv.CsvFormatException.class, e -> assertThat(e.row()).isEqualTo(3));
    }
}
