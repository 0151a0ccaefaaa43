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
 * Answers questions from the knowledge base, content first: the best article by the question's words and meaning,
 * whether or not the intent model recognised the question, as long as the {@link AnswerGate} trusts it; an article
 * tagged with the recognised intent wins only when it is at least as close in meaning.
 */
public final class KnowledgeAnswerer {

    private static final int RELATED = 3;
    private static final String WELSH = Language.WELSH.code();

    private final KnowledgeBase knowledgeBase;
    private final EngineSettings settings;
    private final AnswerGate gate;

    public KnowledgeAnswerer(KnowledgeBase knowledgeBase, EngineSettings settings) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
        this.gate = new AnswerGate(knowledgeBase, settings);
    }

    /**
     * The best article for a question the intent model recognised as {@code intent}, content first: the article a
     * search by words and meaning finds answers, unless an article tagged with the intent is at least as close in
     * meaning. With no article tagged with it, the best article answers if the {@link AnswerGate} trusts it, the
     * question being one of the council's topics. A Welsh question is answered from the Welsh version of the article,
     * or, when there is none, from the English one with a note saying so.
     */
    public Optional<BotResponse> answerIntent(Turn turn, String intent) {
        if (isWelsh(turn) || turn.embedding() == null) {
            return answerIntentByWords(turn, intent);
        }
        List<SearchHit> free = bestArticles(turn);
        List<SearchHit> tagged = knowledgeBase.search(
                SearchRequest.forIntent(turn.text(), intent, RELATED).withVector(turn.embedding()));
        if (!tagged.isEmpty()) {
            return answer(turn, closerInMeaning(free, tagged) ? free : tagged);
        }
        if (!free.isEmpty() && gate.accepts(turn, free.get(0), true)) {
            return answer(turn, free);
        }
        return Optional.empty();
    }

    /** An article for a question no intent matched, only when the {@link AnswerGate} trusts the best one. */
    public Optional<BotResponse> answerFreeText(Turn turn) {
        if (isWelsh(turn) || turn.embedding() == null) {
            SearchRequest request = SearchRequest.freeText(turn.text(), settings.minimumCoverage(), RELATED);
            List<SearchHit> hits = knowledgeBase.search(isWelsh(turn) ? request.inLanguage(WELSH) : request);
            return hits.isEmpty() || !gate.accepts(turn, hits.get(0), false) ? Optional.empty() : answer(turn, hits);
        }
        List<SearchHit> free = bestArticles(turn);
        return free.isEmpty() || !gate.accepts(turn, free.get(0), false) ? Optional.empty() : answer(turn, free);
    }

    /** Every published article in the question's language, ranked by words and meaning together. */
    private List<SearchHit> bestArticles(Turn turn) {
        return knowledgeBase.search(SearchRequest.freeText(turn.text(), 0.0, RELATED).withVector(turn.embedding()));
    }

    /**
     * Whether the best article of all is another than the intent's best, and closer in meaning to the question. The
     * catalogue's intents are broad (one "council tax discounts" intent, many pages), while the page a council wrote
     * for exactly this question should win even when the question also looks like a catalogue intent.
     */
    private static boolean closerInMeaning(List<SearchHit> free, List<SearchHit> tagged) {
        return !free.isEmpty() && !free.get(0).articleId().equals(tagged.get(0).articleId())
                && free.get(0).semanticScore() > tagged.get(0).semanticScore();
    }

    /** The intent's best article by words alone: in Welsh, or for a question without a sentence embedding. */
    private Optional<BotResponse> answerIntentByWords(Turn turn, String intent) {
        if (isWelsh(turn)) {
            List<SearchHit> welsh = knowledgeBase.search(
                    SearchRequest.forIntent(turn.text(), intent, RELATED).inLanguage(WELSH));
            if (!welsh.isEmpty()) {
                return answer(turn, welsh);
            }
        }
        List<SearchHit> hits = knowledgeBase.search(SearchRequest.forIntent(turn.text(), intent, RELATED));
        if (hits.isEmpty()) {
            // The resident's words match none of the intent's articles (a Welsh question, say).
            hits = knowledgeBase.search(
                    SearchRequest.forIntent(CouncilTrainingData.plainestWording(intent), intent, RELATED));
        }
        return hits.isEmpty() ? answerFreeText(turn) : answer(turn, hits);
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
