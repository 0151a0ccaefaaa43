package org.councilassistant.core.staffintent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The intents staff add beside the bundled catalogue: adding, changing and deleting them under
 * {@link StaffIntentValidator}'s rules, each change logged with who made it and when. A change applies at once to
 * what the assistant does; the intent models learn new phrases when staff retrain.
 */
public final class StaffIntents {

    /**
     * A change staff made, for the console's log.
     *
     * @param type {@code CREATED}, {@code UPDATED} or {@code DELETED}
     * @param summary what the intent was after the change (before it, for a deletion)
     */
    public record Change(String intent, String type, String summary, String by, Instant at) {
    }

    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";
    static final String DELETED = "DELETED";

    private final StaffIntentRepository repository;
    private final StaffIntentValidator validator;
    private final List<String> tasks;
    private final Clock clock;

    /**
     * @param articleExists whether the knowledge base has an article with this id
     * @param tasks the intents whose dialogues a staff intent may start
     */
    public StaffIntents(DataSource dataSource, IntentCatalogue catalogue, Predicate<String> articleExists,
            List<String> tasks, Clock clock) {
        this.repository = new StaffIntentRepository(dataSource);
        this.validator = new StaffIntentValidator(catalogue, articleExists, Set.copyOf(tasks));
        this.tasks = tasks.stream().sorted().toList();
        this.clock = clock;
    }

    /** Every staff intent, by name. */
    public List<StaffIntent> all() {
        return repository.findAll();
    }

    public Optional<StaffIntent> find(String name) {
        return name == null ? Optional.empty() : repository.find(name);
    }

    /** The tasks a staff intent may start, named by the intents that start their dialogues. */
    public List<String> tasks() {
        return tasks;
    }

    /** @throws ValidationException listing every problem, when the content breaks a rule; nothing is saved */
    public StaffIntent create(StaffIntentContent submitted, String staff) {
        StaffIntentContent content = StaffIntentValidator.tidy(submitted);
        return repository.inTransaction(() -> {
            check(validator.problems(content, repository.findAll(), true));
            Instant now = clock.instant();
            repository.insert(content, staff, now);
            repository.log(new Change(content.name(), CREATED, summary(content), staff, now));
            return repository.find(content.name()).orElseThrow();
        });
    }

    /**
     * Replaces an intent's phrases and action; its name stays (the content's name is ignored).
     *
     * @throws StaffIntentNotFoundException if staff added no intent of this name
     * @throws ValidationException listing every problem, when the content breaks a rule; nothing is saved
     */
    public StaffIntent update(String name, StaffIntentContent submitted, String staff) {
        StaffIntentContent tidied = StaffIntentValidator.tidy(submitted);
        StaffIntentContent content = new StaffIntentContent(name, tidied.englishPhrases(), tidied.welshPhrases(),
                tidied.action());
        return repository.inTransaction(() -> {
            if (repository.find(name).isEmpty()) {
                throw new StaffIntentNotFoundException(name);
            }
            List<StaffIntent> others = repository.findAll().stream().filter(other -> !other.name().equals(name))
                    .toList();
            check(validator.problems(content, others, false));
            Instant now = clock.instant();
            repository.update(content, staff, now);
            repository.log(new Change(name, UPDATED, summary(content), staff, now));
            return repository.find(name).orElseThrow();
        });
    }

    /** @throws StaffIntentNotFoundException if staff added no intent of this name */
    public void delete(String name, String staff) {
        repository.inTransaction(() -> {
            StaffIntent deleted = repository.find(name).orElseThrow(() -> new StaffIntentNotFoundException(name));
            repository.delete(name);
            repository.log(new Change(name, DELETED, summary(new StaffIntentContent(name,
                    deleted.englishPhrases(), deleted.welshPhrases(), deleted.action())), staff, clock.instant()));
            return null;
        });
    }

    /** The latest changes, newest first. */
    public List<Change> recentChanges(int limit) {
        return repository.recentChanges(limit);
    }

    private static void check(List<ValidationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String summary(StaffIntentContent content) {
        return content.englishPhrases().size() + " English and " + content.welshPhrases().size()
                + " Welsh phrases; " + content.action().description();
    }
}
