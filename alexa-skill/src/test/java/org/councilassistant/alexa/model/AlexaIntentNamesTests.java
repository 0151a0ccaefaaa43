package org.councilassistant.alexa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlexaIntentNamesTests {

    @Test
    void namesCatalogueIntentsInPascalCaseWithIntentSuffix() {
        assertThat(AlexaIntentNames.forCatalogueIntent("bin_collection_day")).isEqualTo("BinCollectionDayIntent");
        assertThat(AlexaIntentNames.forCatalogueIntent("council_tax_pay")).isEqualTo("CouncilTaxPayIntent");
        assertThat(AlexaIntentNames.forCatalogueIntent("greeting")).isEqualTo("GreetingIntent");
    }

    @Test
    void roundTripsEveryCatalogueIntent() {
        for (IntentDefinition intent : IntentCatalogue.load().all()) {
            String alexaName = AlexaIntentNames.forCatalogueIntent(intent.id());
            assertThat(AlexaIntentNames.catalogueIntentOf(alexaName)).as(alexaName).contains(intent.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.FallbackIntent",
            AlexaIntentNames.HOUSE_NUMBER, AlexaIntentNames.ASK_QUESTION, "bin_collection_day", "NoSuchIntent", ""})
    void findsNoCatalogueIntentBehindOtherNames(String alexaName) {
        assertThat(AlexaIntentNames.catalogueIntentOf(alexaName)).isEmpty();
    }

    @Test
    void findsNoCatalogueIntentBehindNull() {
        assertThat(AlexaIntentNames.catalogueIntentOf(null)).isEmpty();
    }

    @Test
    void readsBackTheIntentNameOfAnyNameTheRuleGives() {
        assertThat(AlexaIntentNames.intentNameOf("AllotmentsWaitingListIntent")).contains("allotments_waiting_list");
        assertThat(AlexaIntentNames.intentNameOf(AlexaIntentNames.forCatalogueIntent("business_rates_dispute")))
                .contains("business_rates_dispute");
        assertThat(AlexaIntentNames.intentNameOf("GreetingIntent")).contains("greeting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMAZON.StopIntent", "allotmentsIntent", "Allotments", "Intent", ""})
    void readsNoIntentNameBackFromNamesTheRuleCannotGive(String alexaName) {
        assertThat(AlexaIntentNames.intentNameOf(alexaName)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BinCollectionDay", "bin-collection-day", "bin__day", "_bin", ""})
    void rejectsNamesThatAreNotCatalogueIntentNames(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> AlexaIntentNames.forCatalogueIntent(name));
    }
}
