package org.councilassistant.core.staffintent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentKind;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff intents in a migrated database: the rules they must keep, and who changed what. */
class StaffIntentsTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> ALLOTMENT_PHRASES = List.of("how do I get an allotment",
            "allotment waiting list", "how long is the wait for an allotment", "can I rent an allotment plot",
            "put my name down for an allotment");
    private static final IntentAction ALLOTMENTS_ARTICLE = new IntentAction.AnswerFromArticle("allotments");

    private final HikariDataSource dataSource = TestDatabases.migrated();
    private final StaffIntents intents = new StaffIntents(dataSource, IntentCatalogue.load(),
            Set.of("allotments", "pay-council-tax")::contains, List.of("missed_bin", "bin_collection_day"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void closeTheDatabase() {
        dataSource.close();
    }

    @Test
    void storesAnIntentWithItsPhrasesInOrderItsActionAndWhoAddedIt() {
        StaffIntent created = intents.create(new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES,
                List.of("sut ydw i'n cael rhandir"), ALLOTMENTS_ARTICLE), "editor.liz");

        assertThat(created.englishPhrases()).containsExactlyElementsOf(ALLOTMENT_PHRASES);
        assertThat(created.welshPhrases()).containsExactly("sut ydw i'n cael rhandir");
        assertThat(created.action()).isEqualTo(ALLOTMENTS_ARTICLE);
        assertThat(created.definition().kind()).isEqualTo(IntentKind.INFORMATIONAL);
        assertThat(created.createdBy()).isEqualTo("editor.liz");
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(intents.find("allotments_waiting_list")).contains(created);
        assertThat(intents.all()).containsExactly(created);
    }

    @Test
    void dropsBlankAndRepeatedPhrasesAndTrimsTheRest() {
        List<String> phrases = List.of("  how do I get an allotment ", "", "How do I get an allotment?",
                "allotment waiting list", "how long is the wait for an allotment", "can I rent an allotment plot",
                "put my name down for an allotment");

        StaffIntent created = intents.create(new StaffIntentContent("allotments_waiting_list", phrases, null,
                ALLOTMENTS_ARTICLE), "editor.liz");

        assertThat(created.englishPhrases()).containsExactlyElementsOf(ALLOTMENT_PHRASES);
        assertThat(created.welshPhrases()).isEmpty();
    }

    @Test
    void refusesANameThatIsNotLowercaseWordsJoinedByUnderscores() {
        for (String name : List.of("Allotments", "allotments list", "allotments-list", "allotments_2026", "_allotments")) {
            assertThat(problems(new StaffIntentContent(name, ALLOTMENT_PHRASES, List.of(), ALLOTMENTS_ARTICLE)))
                    .as(name).containsExactly(ValidationProblem.of("name", "The name must be lowercase words joined "
                            + "by underscores, with no spaces or numbers, like allotments_waiting_list"));
        }
        assertThat(problems(new StaffIntentContent(" ", ALLOTMENT_PHRASES, List.of(), ALLOTMENTS_ARTICLE)))
                .containsExactly(ValidationProblem.of("name", "Enter a name for the intent"));
    }

    @Test
    void refusesANameABundledIntentAnotherStaffIntentOrTheAssistantItselfAlreadyUses() {
        intents.create(new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES, List.of(),
                ALLOTMENTS_ARTICLE), "editor.liz");
        List<String> otherPhrases = List.of("one way", "another way", "a third way", "a fourth way", "a fifth way");

        assertThat(problems(new StaffIntentContent("bin_collection_day", otherPhrases, List.of(), ALLOTMENTS_ARTICLE)))
                .extracting(ValidationProblem::message)
                .containsExactly("There is already an intent called bin_collection_day: choose a different name");
        assertThat(problems(new StaffIntentContent("allotments_waiting_list", otherPhrases, List.of(),
                ALLOTMENTS_ARTICLE))).extracting(ValidationProblem::message)
                .containsExactly("There is already an intent called allotments_waiting_list: choose a different name");
        assertThat(problems(new StaffIntentContent("out_of_scope", otherPhrases, List.of(), ALLOTMENTS_ARTICLE)))
                .extracting(ValidationProblem::field).containsExactly("name");
        assertThat(problems(new StaffIntentContent("house_number", otherPhrases, List.of(), ALLOTMENTS_ARTICLE)))
                .extracting(ValidationProblem::message)
                .containsExactly("The name house_number is kept for the assistant's own use: choose a different name");
    }

    @Test
    void needsAtLeastFiveEnglishPhrasesButNoWelshOnes() {
        assertThat(problems(new StaffIntentContent("allotments_waiting_list", List.of(), List.of(), ALLOTMENTS_ARTICLE)))
                .containsExactly(ValidationProblem.of("englishPhrases",
                        "Enter at least 5 English phrases, one on each line"));
        assertThat(problems(new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES.subList(0, 2),
                List.of("rhandir"), ALLOTMENTS_ARTICLE)))
                .containsExactly(ValidationProblem.of("englishPhrases",
                        "Enter at least 5 English phrases, one on each line (there are 2)"));
    }

    @Test
    void refusesAPhraseThatAlreadyMeansAnotherIntent() {
        List<String> phrases = new java.util.ArrayList<>(ALLOTMENT_PHRASES);
        phrases.add("When is my bin day?");

        assertThat(problems(new StaffIntentContent("allotments_waiting_list", phrases, List.of(), ALLOTMENTS_ARTICLE)))
                .containsExactly(ValidationProblem.of("englishPhrases", "English phrase “When is my bin day?” "
                        + "already means bin_collection_day: remove it or word it differently"));
    }

    @Test
    void needsAnActionWhoseArticleOrTaskExists() {
        assertThat(problems(content(null))).containsExactly(
                ValidationProblem.of("action", "Choose what the assistant does for this intent"));
        assertThat(problems(content(new IntentAction.AnswerFromArticle("")))).containsExactly(
                ValidationProblem.of("articleId", "Choose the article to answer from"));
        assertThat(problems(content(new IntentAction.AnswerFromArticle("no-such-article")))).containsExactly(
                ValidationProblem.of("articleId", "There is no article called no-such-article: choose one from the list"));
        assertThat(problems(content(new IntentAction.StartTask(null)))).containsExactly(
                ValidationProblem.of("task", "Choose the task to start"));
        assertThat(problems(content(new IntentAction.StartTask("council_tax_pay")))).containsExactly(
                ValidationProblem.of("task", "There is no task called council_tax_pay: choose one from the list"));
        assertThat(problems(content(new IntentAction.StartTask("missed_bin")))).isEmpty();
        assertThat(problems(content(new IntentAction.HandOff()))).isEmpty();
    }

    @Test
    void savesNothingWhenAnyRuleIsBroken() {
        assertThatThrownBy(() -> intents.create(new StaffIntentContent("allotments", List.of("allotments"), List.of(),
                new IntentAction.AnswerFromArticle("no-such-article")), "editor.liz"))
                .isInstanceOf(ValidationException.class);

        assertThat(intents.all()).isEmpty();
        assertThat(intents.recentChanges(10)).isEmpty();
    }

    @Test
    void changesThePhrasesAndActionButNeverTheName() {
        intents.create(new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES, List.of(),
                ALLOTMENTS_ARTICLE), "editor.liz");
        List<String> phrases = List.of("allotments", "allotment plots", "allotment rent", "allotment rules",
                "allotment sites");

        StaffIntent changed = intents.update("allotments_waiting_list", new StaffIntentContent("renamed", phrases,
                List.of("rhandiroedd"), new IntentAction.HandOff()), "editor.mo");

        assertThat(changed.name()).isEqualTo("allotments_waiting_list");
        assertThat(changed.englishPhrases()).containsExactlyElementsOf(phrases);
        assertThat(changed.welshPhrases()).containsExactly("rhandiroedd");
        assertThat(changed.action()).isEqualTo(new IntentAction.HandOff());
        assertThat(changed.createdBy()).isEqualTo("editor.liz");
        assertThat(changed.updatedBy()).isEqualTo("editor.mo");
        assertThat(intents.find("renamed")).isEmpty();
    }

    @Test
    void keepsItsOwnPhrasesWhenChangedWithoutCountingThemAsAnotherIntents() {
        intents.create(new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES, List.of(),
                ALLOTMENTS_ARTICLE), "editor.liz");

        StaffIntent changed = intents.update("allotments_waiting_list", new StaffIntentContent(null, ALLOTMENT_PHRASES,
                List.of(), new IntentAction.StartTask("missed_bin")), "editor.liz");

        assertThat(changed.action()).isEqualTo(new IntentAction.StartTask("missed_bin"));
    }

    @Test
    void logsWhoAddedChangedAndDeletedEachIntent() {
        intents.create(new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES, List.of(),
                ALLOTMENTS_ARTICLE), "editor.liz");
        intents.update("allotments_waiting_list", new StaffIntentContent(null, ALLOTMENT_PHRASES, List.of(),
                new IntentAction.HandOff()), "editor.mo");

        intents.delete("allotments_waiting_list", "editor.sam");

        assertThat(intents.find("allotments_waiting_list")).isEmpty();
        assertThat(intents.recentChanges(10)).extracting(StaffIntents.Change::type, StaffIntents.Change::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DELETED", "editor.sam"),
                        org.assertj.core.groups.Tuple.tuple("UPDATED", "editor.mo"),
                        org.assertj.core.groups.Tuple.tuple("CREATED", "editor.liz"));
        assertThat(intents.recentChanges(10).get(2).summary())
                .isEqualTo("5 English and 0 Welsh phrases; answers from article allotments");
        assertThatThrownBy(() -> intents.delete("allotments_waiting_list", "editor.sam"))
                .isInstanceOf(StaffIntentNotFoundException.class);
        assertThatThrownBy(() -> intents.update("bin_collection_day", content(new IntentAction.HandOff()), "editor.sam"))
                .isInstanceOf(StaffIntentNotFoundException.class);
    }

    private StaffIntentContent content(IntentAction action) {
        return new StaffIntentContent("allotments_waiting_list", ALLOTMENT_PHRASES, List.of(), action);
    }

    private List<ValidationProblem> problems(StaffIntentContent content) {
        try {
            intents.create(content, "editor.liz");
            intents.delete(content.name(), "editor.liz");
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }
}
