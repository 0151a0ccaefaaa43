package org.councilassistant.knowledgebase.transfer;

import java.util.Locale;

/** What an import does to the articles a file leaves out. */
public enum ImportMode {
    /** They stay as they are. */
    MERGE,
    /** Published ones are archived: the file is the whole of what residents are told. */
    REPLACE;

    /** {@code merge} or {@code replace}, in any case. */
    public static ImportMode named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Choose the mode merge or replace, not \"" + name + "\"");
        }
    }
}
