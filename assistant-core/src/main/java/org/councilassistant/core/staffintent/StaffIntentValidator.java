package org.councilassistant.core.staffintent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The rules a staff intent must keep, with each problem worded for the member of staff who made it: a name like
 * the catalogue's that no other intent has, enough English phrases (Welsh ones are optional), no phrase that
 * already means another intent, and an action that points at an article or task that exists.
 */
final class StaffIntentValidator {

    static final int MINIMUM_ENGLISH_PHRASES = 5;
    static final int MAXIMUM_PHRASES = 200;
    static final int PHRASE_LENGTH = 500;
    static final int NAME_LENGTH = 80;

    /**
     * Lowercase words joined by underscores. No digits: Alexa's intent names may hold only letters and
     * underscores, and every intent has one there.
     */
    private static final Pattern NAME = Pattern.compile("[a-z]+(?:_[a-z]+)*");
    /**
     * Names code gives a meaning of its own: not understood, and the Alexa skill's own intents (house_number
     * becomes HouseNumberIntent there, which the skill already has).
     */
    private static final Set<String> RESERVED = Set.of(CouncilIntents.OUT_OF_SCOPE, "house_number", "ask_question");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[?.!]+$");

    private final IntentCatalogue catalogue;
    private final Predicate<String> articleExists;
    private final Set<String> tasks;
    private final Map<Language, Map<String, String>> bundledPhrases = new HashMap<>();

    /**
     * @param articleExists whether the knowledge base has an article with this id
     * @param tasks the intents whose dialogues a staff intent may start
     */
    StaffIntentValidator(IntentCatalogue catalogue, Predicate<String> articleExists, Set<String> tasks) {
        this.catalogue = catalogue;
        this.articleExists = articleExists;
        this.tasks = Set.copyOf(tasks);
    }

    /** The content as it will be stored: phrases trimmed, blank and repeated ones dropped. */
    static StaffIntentContent tidy(StaffIntentContent content) {
        String name = content.name() == null ? null : content.name().strip();
        return new StaffIntentContent(name, tidy(content.englishPhrases()), tidy(content.welshPhrases()),
                content.action());
    }

    /**
     * @param others the staff intents already stored, less the one being changed
     * @param creating true for a new intent, whose name must be free; a changed intent keeps its name
     */
    List<ValidationProblem> problems(StaffIntentContent content, List<StaffIntent> others, boolean creating) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (creating) {
            checkName(content.name(), others, problems);
        }
        checkPhrases(Language.ENGLISH, content.englishPhrases(), others, problems);
        checkPhrases(Language.WELSH, content.welshPhrases(), others, problems);
        checkAction(content.action(), problems);
        return problems;
    }

    private void checkName(String name, List<StaffIntent> others, List<ValidationProblem> problems) {
        if (name == null || name.isEmpty()) {
            problems.add(ValidationProblem.of("name", "Enter a name for the intent"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(ValidationProblem.of("name", "The name must be " + NAME_LENGTH + " characters or fewer"));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(ValidationProblem.of("name", "The name must be lowercase words joined by underscores, "
                    + "with no spaces or numbers, like allotments_waiting_list"));
        } else if (RESERVED.contains(name)) {
            problems.add(ValidationProblem.of("name", "The name " + name + " is kept for the assistant's own use: "
                    + "choose a different name"));
        } else if (catalogue.find(name).isPresent() || others.stream().anyMatch(other -> other.name().equals(name))) {
            problems.add(ValidationProblem.of("name", "There is already an intent called " + name
                    + ": choose a different name"));
        }
    }

    private void checkPhrases(Language language, List<String> phrases, List<StaffIntent> others,
            List<ValidationProblem> problems) {
        String field = language == Language.WELSH ? "welshPhrases" : "englishPhrases";
        String adjective = language == Language.WELSH ? "Welsh" : "English";
        if (language == Language.ENGLISH && phrases.size() < MINIMUM_ENGLISH_PHRASES) {
            problems.add(ValidationProblem.of(field, "Enter at least " + MINIMUM_ENGLISH_PHRASES
                    + " English phrases, one on each line" + (phrases.isEmpty() ? "" : " (there are " + phrases.size() + ")")));
        }
        if (phrases.size() > MAXIMUM_PHRASES) {
            problems.add(ValidationProblem.of(field, "Enter " + MAXIMUM_PHRASES + " " + adjective
                    + " phrases or fewer (there are " + phrases.size() + ")"));
        }
        Map<String, String> taken = new HashMap<>(bundledPhrases(language));
        others.forEach(other -> other.phrases(language).forEach(phrase -> taken.put(key(phrase), other.name())));
        for (String phrase : phrases) {
            if (phrase.length() > PHRASE_LENGTH) {
                problems.add(ValidationProblem.of(field, adjective + " phrase “" + shortened(phrase)
                        + "” is too long: a phrase must be " + PHRASE_LENGTH + " characters or fewer"));
            }
            String meaning = taken.get(key(phrase));
            if (meaning != null) {
                problems.add(ValidationProblem.of(field, adjective + " phrase “" + phrase + "” already means "
                        + meaning + ": remove it or word it differently"));
            }
        }
    }

    private void checkAction(IntentAction action, List<ValidationProblem> problems) {
        if (action == null) {
            problems.add(ValidationProblem.of("action", "Choose what the assistant does for this intent"));
        } else if (action instanceof IntentAction.AnswerFromArticle article) {
            if (article.articleId() == null || article.articleId().isBlank()) {
                problems.add(ValidationProblem.of("articleId", "Choose the article to answer from"));
            } else if (!articleExists.test(article.articleId())) {
                problems.add(ValidationProblem.of("articleId", "There is no article called " + article.articleId()
                        + ": choose one from the list"));
            }
        } else if (action instanceof IntentAction.StartTask task) {
            if (task.task() == null || task.task().isBlank()) {
                problems.add(ValidationProblem.of("task", "Choose the task to start"));
            } else if (!tasks.contains(task.task())) {
                problems.add(ValidationProblem.of("task", "There is no task called " + task.task()
                        + ": choose one from the list"));
            }
        }
    }

    /** Each bundled training phrase of the language and the intent it means, loaded on first use. */
    private synchronized Map<String, String> bundledPhrases(Language language) {
        return bundledPhrases.computeIfAbsent(language, lang -> {
            Map<String, String> phrases = new HashMap<>();
            CouncilTrainingData.load(catalogue, lang.code())
                    .forEach(example -> phrases.putIfAbsent(key(example.text()), example.label()));
            return phrases;
        });
    }

    /** Phrases that differ only in case, spacing or a final question mark mean the same to the model. */
    private static String key(String phrase) {
        String words = SPACES.matcher(phrase.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return END_PUNCTUATION.matcher(words).replaceAll("");
    }

    private static List<String> tidy(List<String> phrases) {
        Map<String, String> byKey = new LinkedHashMap<>();
        phrases.stream().map(String::strip).filter(phrase -> !phrase.isEmpty())
                .forEach(phrase -> byKey.putIfAbsent(key(phrase), phrase));
        return List.copyOf(byKey.values());
    }

    private static String shortened(String phrase) {
        return phrase.length() <= 40 ? phrase : phrase.substring(0, 40) + "…";
    }
}
