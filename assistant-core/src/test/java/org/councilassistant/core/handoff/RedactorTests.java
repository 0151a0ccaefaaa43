package org.councilassistant.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTests {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5500 0000 0000 0004"})
    void removesCardNumbers(String card) {
        assertThat(redactor.redact("my card is " + card + " thanks")).isEqualTo("my card is " + Redactor.CARD + " thanks");
    }

    @Test
    void keepsLongNumbersThatAreNotCards() {
        assertThat(redactor.redact("council tax account 1234567890123")).isEqualTo("council tax account 1234567890123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "01632 960 100", "+44 7700 900123", "+44 (0)1632 960100",
            "(01632) 960100"})
    void removesPhoneNumbers(String phone) {
        assertThat(redactor.redact("call me on " + phone + " please")).isEqualTo("call me on " + Redactor.PHONE + " please");
    }

    @Test
    void removesEmailAddresses() {
        assertThat(redactor.redact("it's jo.bloggs+bins@example.co.uk")).isEqualTo("it's " + Redactor.EMAIL);
    }

    @Test
    void leavesPostcodesHouseNumbersDatesAndReferencesAlone() {
        String text = "2 Acacia Avenue BK1 2AB, missed on 25/11/2026, reference MB-100012, 7am";
        assertThat(redactor.redact(text)).isEqualTo(text);
    }
}
