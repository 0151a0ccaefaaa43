package org.councilassistant.knowledgebase.synonym;

import java.time.Instant;

/**
 * A saved version of the council's synonym list.
 *
 * @param text the list in Solr format, as {@code kb/synonyms.txt}
 * @param version 1 for the list seeded from {@code kb/synonyms.txt}, one more for each save
 */
public record SynonymList(int version, String text, String author, Instant savedAt) {
}
