package org.councilassistant.knowledgebase.history;

/** One line of a field in a diff: kept, added in the later version, or removed from the earlier one. */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        UNCHANGED,
        ADDED,
        REMOVED
    }
}
