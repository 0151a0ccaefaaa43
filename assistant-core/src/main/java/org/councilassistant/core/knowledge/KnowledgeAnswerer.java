package org.councilassistant.core.knowledge;

import java.util.List;
import java.util.Optional;

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
 * words and meaning, or, for a question that was not understood, an article only if it covers most of its words
 * or is close to it in meaning.
 */
public final class KnowledgeAnswerer {

    private static final int RELATED = 3;
    /** How much closer in cosine a free search's article must be to beat the recognised intent's own article. */
    private static final float CLEARLY_CLOSER = 0.05f;
    private static final String WELSH = Language.WELSH.code();

    private final KnowledgeBase knowledgeBase;
    private final EngineSettings settings;

    public KnowledgeAnswerer(KnowledgeBase knowledgeBase, EngineSettings settings) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
    }

    /**
     * The best article answering {@code intent}; falls back to a free search if none is tagged with it. A Welsh
     * question is answered from the Welsh version of the article, or, when there is none, from the English one
     * with a note saying so.
     */
    public Optional<BotResponse> answerIntent(Turn turn, String intent) {
        if (isWelsh(turn)) {
            List<SearchHit> welsh = knowledgeBase.search(
                    SearchRequest.forIntent(turn.text(), intent, RELATED).inLanguage(WELSH));
            if (!welsh.isEmpty()) {
                return answer(turn, welsh);
            }
        }
        List<SearchHit> hits = knowledgeBase.search(
                SearchRequest.forIntent(turn.text(), intent, RELATED).withVector(turn.embedding()));
        if (hits.isEmpty()) {
            // The resident's words match none of the intent's articles (a Welsh question, say).
            hits = knowledgeBase.search(
                    SearchRequest.forIntent(CouncilTrainingData.plainestWording(intent), intent, RELATED));
        }
        if (hits.isEmpty()) {
            return answerFreeText(turn);
        }
        return answer(turn, closerInMeaning(turn, hits).orElse(hits));
    }

    /**
     * Content first: the articles a free search finds when its best one is clearly closer in meaning to the
     * question than the best article tagged with the recognised intent. The catalogue's intents are broad (one
     * "contact details" intent, many articles), while an article a council wrote for exactly this question should
     * win even when the question also looks like a catalogue intent.
     */
    private Optional<List<SearchHit>> closerInMeaning(Turn turn, List<SearchHit> tagged) {
        if (turn.embedding() == null) {
            return Optional.empty();
        }
        List<SearchHit> free = knowledgeBase.search(
                SearchRequest.freeText(turn.text(), 0.0, RELATED).withVector(turn.embedding()));
        if (free.isEmpty() || free.get(0).articleId().equals(tagged.get(0).articleId())) {
            return Optional.empty();
        }
        float closest = free.get(0).semanticScore();
        boolean clearlyCloser = closest >= settings.minimumSemanticScore()
                && closest >= tagged.get(0).semanticScore() + CLEARLY_CLOSER;
        return clearlyCloser ? Optional.of(free) : Optional.empty();
    }


    /**
     * An article for a question no intent matched, only when search is confident: the best article covers most of
     * the question's words with a high enough BM25 score, or is close enough in meaning (a paraphrase).
     */
    public Optional<BotResponse> answerFreeText(Turn turn) {
        SearchRequest request = SearchRequest.freeText(turn.text(), settings.minimumCoverage(), RELATED);
        List<SearchHit> hits = knowledgeBase.search(
                isWelsh(turn) ? request.inLanguage(WELSH) : request.withVector(turn.embedding()));
        if (hits.isEmpty() || !answersTheQuestion(hits.get(0))) {
            return Optional.empty();
        }
        return answer(turn, hits);
    }

    /**
     * One chosen article, as an intent staff added answers: its Welsh version in a Welsh conversation when that is
     * published; empty when the article is not published.
     */
    public Optional<BotResponse> answerArticle(Turn turn, String articleId) {
        String welsh = articleId + Article.WELSH_SUFFIX;
        boolean inWelsh = isWelsh(turn) && knowledgeBase.publishedArticle(welsh).isPresent();
        return answer(turn, List.of(new SearchHit(inWelsh ? welsh : articleId, 0f)));
    }

    private boolean answersTheQuestion(SearchHit best) {
        return best.score() >= settings.minimumSearchScore()
                || best.semanticScore() >= settings.minimumSemanticScore();
    }

    private static boolean isWelsh(Turn turn) {
        return turn.session().language() == Language.WELSH;
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
        boolean sameLanguage = article.language().equals(turn.session().language().code());
        List<Reply> replies = sameLanguage || turn.session().language() == Language.ENGLISH
                ? List.of(answer)
                : List.of(Reply.of(turn.messages().text("language.englishFallback")), answer);
        BotResponse response = new BotResponse(replies, null, 0.0, article.id(), related, false, null);
        return Optional.of(response);
    }
}
