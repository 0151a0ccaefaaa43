package org.councilassistant.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.core.staffintent.IntentAction;
import org.councilassistant.core.staffintent.StaffIntentContent;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingExamplesTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final IntentCatalogue CATALOGUE = IntentCatalogue.load();

    private final HikariDataSource dataSource = TestDatabases.migrated();
    private final TrainingPhrases filed = new TrainingPhrases(dataSource);
    private final StaffIntents staffIntents = new StaffIntents(dataSource, CATALOGUE, Set.of("allotments")::contains,
            List.of("missed_bin"), Clock.fixed(NOW, ZoneOffset.UTC));
    private final TrainingExamples examples = new TrainingExamples(CATALOGUE, filed, staffIntents);

    @AfterEach
    void closeTheDatabase() {
        dataSource.close();
    }

    @Test
    void eachLanguageLearnsTheBundledPhrasesThenFiledOnesThenThoseOfTheIntentsStaffAdded() {
        staffIntents.create(new StaffIntentContent("allotments_waiting_list", List.of("allotment waiting list",
                "get an allotment", "rent an allotment plot", "wait for an allotment", "allotment application"),
                List.of("rhestr aros rhandiroedd"), new IntentAction.AnswerFromArticle("allotments")), "editor");
        filed.add("en", "planning", "can I build a shed", "editor", NOW);
        filed.add("en", "allotments_waiting_list", "allotment queue", "editor", NOW);

        List<LabelledExample> english = examples.of(Language.ENGLISH);
        List<LabelledExample> welsh = examples.of(Language.WELSH);

        List<LabelledExample> bundled = CouncilTrainingData.load(CATALOGUE, "en");
        assertThat(english).startsWith(bundled.toArray(LabelledExample[]::new));
        assertThat(english.subList(bundled.size(), english.size())).containsExactly(
                new LabelledExample("can I build a shed", "planning"),
                new LabelledExample("allotment queue", "allotments_waiting_list"),
                new LabelledExample("allotment waiting list", "allotments_waiting_list"),
                new LabelledExample("get an allotment", "allotments_waiting_list"),
                new LabelledExample("rent an allotment plot", "allotments_waiting_list"),
                new LabelledExample("wait for an allotment", "allotments_waiting_list"),
                new LabelledExample("allotment application", "allotments_waiting_list"));
        assertThat(welsh).endsWith(new LabelledExample("rhestr aros rhandiroedd", "allotments_waiting_list"));
        assertThat(welsh).hasSize(CouncilTrainingData.load(CATALOGUE, "cy").size() + 1);
    }

    @Test
    void leavesOutFiledPhrasesOfAnIntentStaffHaveDeleted() {
        staffIntents.create(new StaffIntentContent("allotments_waiting_list", List.of("allotment waiting list",
                "get an allotment", "rent an allotment plot", "wait for an allotment", "allotment application"),
                List.of(), new IntentAction.AnswerFromArticle("allotments")), "editor");
        filed.add("en", "allotments_waiting_list", "allotment queue", "editor", NOW);

        staffIntents.delete("allotments_waiting_list", "editor");

        assertThat(examples.of(Language.ENGLISH)).extracting(LabelledExample::label)
                .doesNotContain("allotments_waiting_list");
    }
}
