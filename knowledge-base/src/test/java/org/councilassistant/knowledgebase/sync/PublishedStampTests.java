package org.councilassistant.knowledgebase.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedStampTests {

    private final PublishedStamp stamp = new PublishedStamp("db-1", 7, 2);

    @Test
    void readsTheRevisionOfAnIndexFromTheSameDatabase() {
        assertThat(stamp.revisionOf("db-1/5")).hasValue(5);
        assertThat(stamp.revisionOf(stamp.indexStamp())).hasValue(7);
    }

    @Test
    void anIndexFromAnotherDatabaseANewOneOrOneAheadOfTheDatabaseHasNoRevision() {
        assertThat(stamp.revisionOf("db-2/5")).isEmpty();
        assertThat(stamp.revisionOf("")).isEmpty();
        assertThat(stamp.revisionOf("96/1a2b3c")).isEmpty();
        assertThat(stamp.revisionOf("db-1/8")).isEmpty();
    }

    @Test
    void theFullStampCarriesTheSynonymVersion() {
        assertThat(stamp).hasToString("db-1/7/2");
    }
}
