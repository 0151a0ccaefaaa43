package org.councilassistant.knowledgebase.rating;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.validation.Texts;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Residents' "was this helpful?" answers about articles, and their totals for staff. No personal data. */
public class AnswerRatings {

    private static final String SUMMARY = "SELECT a.id, "
            + "COALESCE(SUM(CASE WHEN r.helpful = TRUE THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN r.helpful = FALSE THEN 1 ELSE 0 END), 0) "
            + "FROM article a LEFT JOIN article_rating r ON r.article_id = a.id";

    private final JdbcClient jdbc;

    public AnswerRatings(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Records one rating.
     *
     * @param channel where the resident was, e.g. {@code web-chat} or {@code alexa}
     * @throws ArticleNotFoundException if there is no such article
     */
    public void recordRating(String articleId, boolean helpful, String channel, Instant at) {
        List<ValidationProblem> problems = new ArrayList<>();
        Texts.required("channel", channel, Texts.CHANNEL_LENGTH, true, problems);
        if (at == null) {
            problems.add(ValidationProblem.of("at", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int inserted = jdbc.sql("INSERT INTO article_rating (article_id, helpful, rated_at, channel) "
                        + "SELECT id, ?, ?, ? FROM article WHERE id = ?")
                .params(helpful, Timestamp.from(at), channel, articleId)
                .update();
        if (inserted == 0) {
            throw new ArticleNotFoundException(articleId);
        }
    }

    /** The totals for one article; zero and zero if it was never rated. */
    public RatingSummary ratingSummary(String articleId) {
        return jdbc.sql(SUMMARY + " WHERE a.id = ? GROUP BY a.id")
                .param(articleId)
                .query((rs, n) -> new RatingSummary(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .optional()
                .orElseThrow(() -> new ArticleNotFoundException(articleId));
    }

    /** The totals for every article, rated or not, by article id. */
    public List<RatingSummary> ratingSummaries() {
        return jdbc.sql(SUMMARY + " GROUP BY a.id")
                .query((rs, n) -> new RatingSummary(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list()
                .stream()
                .sorted(Comparator.comparing(RatingSummary::articleId))
                .toList();
    }
}
