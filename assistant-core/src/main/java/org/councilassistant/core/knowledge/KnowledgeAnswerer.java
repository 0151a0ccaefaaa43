package org.councilassistant.core.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.channel.ReplyLink;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;

/**
 * Answers questions from the knowledge base: the best article for the recognised intent and the question's
 * words, or, for a question that was not understood, an article only if it covers most of its words.
 */
public final class KnowledgeAnswerer {

    private static final int RELATED = 3;

    private final KnowledgeBase knowledgeBase;
    private final EngineSettings settings;
    private final Map<String, String> plainestWordings = new ConcurrentHashMap<>();

    public KnowledgeAnswerer(KnowledgeBase knowledgeBase, EngineSettings settings) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
    }

    /** The best article answering {@code intent}; falls back to a free search if none is tagged with it. */
    public Optional<BotResponse> answerIntent(Turn turn, String intent) {
        List<SearchHit> hits = knowledgeBase.search(SearchRequest.forIntent(turn.text(), intent, RELATED));
        if (hits.isEmpty()) {
            hits = knowledgeBase.search(SearchRequest.forIntent(plainestWording(intent), intent, RELATED));
        }
        if (hits.isEmpty()) {
            return answerFreeText(turn);
        }
        return answer(turn, hits);
    }

    /**
     * The intent's first English training phrase ("pay my council tax"): when the resident's own words match none
     * of the intent's articles (a Welsh question, say), this ranks them as the plainest question would.
     */
    private String plainestWording(String intent) {
        return plainestWordings.computeIfAbsent(intent, id -> CouncilTrainingData.phrases("en", id).stream()
                .findFirst().orElse(id.replace('_', ' ')));
    }

    /** An article for a question no intent matched, only when search is confident. */
    public Optional<BotResponse> answerFreeText(Turn turn) {
        List<SearchHit> hits = knowledgeBase.search(
                SearchRequest.freeText(turn.text(), settings.minimumCoverage(), RELATED));
        if (hits.isEmpty() || hits.get(0).score() < settings.minimumSearchScore()) {
            return Optional.empty();
        }
        return answer(turn, hits);
    }

    private Optional<BotResponse> answer(Turn turn, List<SearchHit> hits) {
        Optional<Article> best = knowledgeBase.publishedArticle(hits.get(0).articleId());
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Article article = best.get();
        List<ReplyLink> links = article.links().stream().map(l -> new ReplyLink(l.label(), l.url())).toList();
        List<String> related = hits.stream().skip(1)
                .map(hit -> knowledgeBase.publishedArticle(hit.articleId()))
                .flatMap(Optional::stream)
                .map(Article::title)
                .toList();
        Reply answer = new Reply(article.answer(), article.spokenAnswer(), links);
        List<Reply> replies = turn.session().language() == Language.ENGLISH
                ? List.of(answer)
                : List.of(Reply.of(turn.messages().text("language.englishFallback")), answer);
        BotResponse response = new BotResponse(replies, null, 0.0, article.id(), related, false, null);
        return Optional.of(response);
    }
}
