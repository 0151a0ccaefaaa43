package org.councilassistant.knowledgebase.synonym;

/** Thrown when someone else saved the synonym list since the version being saved was read; nothing was saved. */
public class SynonymVersionConflictException extends RuntimeException {

    private final transient SynonymList current;

    public SynonymVersionConflictException(int expectedVersion, SynonymList current) {
        super("The synonym list is no longer at version " + expectedVersion + ": someone saved version "
                + current.version());
        this.current = current;
    }

    public SynonymList current() {
        return current;
    }
}
