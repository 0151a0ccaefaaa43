package org.councilassistant.knowledgebase.sync;

import java.util.OptionalLong;

/**
 * What residents can see, in three numbers a node compares with its own copy every few seconds: the database's
 * identity, the revision of the published articles and the version of the synonym list. Any publish, archive,
 * return to draft or edit of a published article raises the revision; saving the synonyms raises their version.
 *
 * @param databaseId a random id given to the database on first use, so an index built from another database
 *     is never taken for current
 */
public record PublishedStamp(String databaseId, long articlesRevision, int synonymsVersion) {

    /** The part the article index reflects, kept in its commit data. */
    public String indexStamp() {
        return databaseId + "/" + articlesRevision;
    }

    /**
     * The revision an index stamp records, if it came from this database; empty for a new index, one built from
     * another database, or from a database restored to an earlier revision.
     */
    public OptionalLong revisionOf(String indexStamp) {
        int slash = indexStamp.lastIndexOf('/');
        if (slash < 0 || !indexStamp.substring(0, slash).equals(databaseId)) {
            return OptionalLong.empty();
        }
        try {
            long revision = Long.parseLong(indexStamp.substring(slash + 1));
            return revision <= articlesRevision ? OptionalLong.of(revision) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return indexStamp() + "/" + synonymsVersion;
    }
}
