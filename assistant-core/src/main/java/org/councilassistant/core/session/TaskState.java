package org.councilassistant.core.session;

import java.util.HashMap;
import java.util.Map;

/**
 * A multi-turn task in progress: which dialogue runs it, what it is waiting for, and the details collected.
 */
public final class TaskState {

    private final String intent;
    private String awaiting;
    private final Map<String, String> slots = new HashMap<>();

    public TaskState(String intent) {
        this.intent = intent;
    }

    public String intent() {
        return intent;
    }

    /** What the dialogue asked for last, e.g. {@code postcode}; null when it asked nothing. */
    public String awaiting() {
        return awaiting;
    }

    public void await(String what) {
        this.awaiting = what;
    }

    public String slot(String name) {
        return slots.get(name);
    }

    public void fill(String name, String value) {
        slots.put(name, value);
    }
}
