package org.councilassistant.core.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.councilassistant.intents.language.Language;

/**
 * The state of one resident's conversation: its transcript, the task under way and what the resident has
 * told us so far (postcode, address), so that follow-ups such as "and the garden waste?" make sense.
 *
 * <p>Not thread-safe on its own: the engine handles one message of a session at a time.
 */
public final class ConversationSession {

    private final String id;
    private final String channel;
    private final Instant startedAt;
    private final List<SessionEvent> transcript = new ArrayList<>();
    private TaskState task;
    private String lastCompletedTask;
    private String pendingPostcode;
    private String uprn;
    private int misunderstoodInARow;
    private Language language = Language.ENGLISH;
    private boolean languageChosen;
    private final Map<String, String> details = new LinkedHashMap<>();

    public ConversationSession(String id, String channel, Instant startedAt) {
        this.id = id;
        this.channel = channel;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    public String channel() {
        return channel;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public void record(SessionEvent event) {
        transcript.add(event);
    }

    public List<SessionEvent> transcript() {
        return List.copyOf(transcript);
    }

    /**
     * What the resident asked before {@code current}: their latest other message whose intent is none of
     * {@code skippedIntents} (say, not "talk to a person"), if any.
     */
    public Optional<String> earlierQuestion(String current, Set<String> skippedIntents) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            if (transcript.get(i) instanceof SessionEvent.UserSaid said && !said.text().equals(current)
                    && !skippedIntents.contains(said.intent())) {
                return Optional.of(said.text());
            }
        }
        return Optional.empty();
    }

    /** The multi-turn task under way, or null. */
    public TaskState task() {
        return task;
    }

    public void startTask(TaskState newTask) {
        this.task = newTask;
    }

    /** Ends the task under way; a completed task stays available for follow-up questions. */
    public void endTask(boolean completed) {
        if (task != null && completed) {
            lastCompletedTask = task.intent();
        }
        task = null;
    }

    public String lastCompletedTask() {
        return lastCompletedTask;
    }

    public String pendingPostcode() {
        return pendingPostcode;
    }

    public void setPendingPostcode(String postcode) {
        this.pendingPostcode = postcode;
    }

    /** The UPRN of the address the resident told us, or null. */
    public String uprn() {
        return uprn;
    }

    public void rememberAddress(String newUprn) {
        this.uprn = newUprn;
    }

    public Language language() {
        return language;
    }

    /** True once the resident chose the language explicitly ("Cymraeg" / "English"): detection no longer changes it. */
    public boolean languageChosen() {
        return languageChosen;
    }

    public void setLanguage(Language detected) {
        this.language = detected;
    }

    public void chooseLanguage(Language chosen) {
        this.language = chosen;
        this.languageChosen = true;
    }

    /** Counts a reply that could not help; returns how many in a row. */
    public int noteMisunderstood() {
        return ++misunderstoodInARow;
    }

    public void noteUnderstood() {
        misunderstoodInARow = 0;
    }

    /** Remembers a detail the resident gave (postcode, address), for an agent who takes over. */
    public void noteDetail(String name, String value) {
        details.put(name, value);
    }

    public Map<String, String> details() {
        return Map.copyOf(details);
    }
}
