package org.councilassistant.core.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.councilassistant.intents.training.LabelledExample;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Training phrases staff added from the inbox, kept in the database and used with the bundled ones. */
public final class TrainingPhrases {

    private final JdbcClient jdbc;

    public TrainingPhrases(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Adds a phrase; false if the intent already has it. */
    public boolean add(String language, String intent, String phrase, String staff, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM training_phrase WHERE language = ? AND intent = ? AND phrase = ?")
                .params(language, intent, phrase).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO training_phrase (language, intent, phrase, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(language, intent, phrase, staff, Timestamp.from(at)).update();
        return true;
    }

    public List<LabelledExample> all(String language) {
        return jdbc.sql("SELECT phrase, intent FROM training_phrase WHERE language = ? ORDER BY id").param(language)
                .query((rs, row) -> new LabelledExample(rs.getString("phrase"), rs.getString("intent"))).list();
    }
}
