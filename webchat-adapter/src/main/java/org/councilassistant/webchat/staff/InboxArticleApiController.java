package org.councilassistant.webchat.staff;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.councilassistant.core.learning.UnansweredQuestion;
import org.councilassistant.core.learning.UnansweredQuestions;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentKind;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleIds;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.validation.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox actions that change articles: a question residents asked becomes an alternate question of an
 * article (live at once if the article is published), or the start of a new draft article.
 */
@RestController
@RequestMapping("/api/staff/inbox/{id}")
class InboxArticleApiController {

    /** Placeholders a new draft needs to be saved; it cannot be published until an editor replaces them. */
    private static final String DRAFT_ANSWER = "Write the answer here.";
    private static final String DRAFT_AREA = "Unsorted";

    private final UnansweredQuestions inbox;
    private final KnowledgeBase knowledgeBase;
    private final IntentCatalogue catalogue;
    private final Clock clock;

    InboxArticleApiController(UnansweredQuestions inbox, KnowledgeBase knowledgeBase, IntentCatalogue catalogue,
            Clock clock) {
        this.inbox = inbox;
        this.knowledgeBase = knowledgeBase;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    record AlternateQuestionRequest(String articleId) {
    }

    /** Adds the question to the article as the next version, keeping its status; closes the item as resolved. */
    @PostMapping("/alternate-question")
    ResponseEntity<?> addAlternateQuestion(@PathVariable long id, @RequestBody AlternateQuestionRequest request,
            Principal staff) {
        UnansweredQuestion item = openItem(id);
        if (item == null) {
            return notOpen();
        }
        if (request == null || request.articleId() == null || request.articleId().isBlank()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Choose the article that answers this question");
            problem.setTitle("No article chosen");
            return ResponseEntity.badRequest().body(problem);
        }
        Article article = knowledgeBase.article(request.articleId())
                .orElseThrow(() -> new ArticleNotFoundException(request.articleId()));
        String question = item.example().strip();
        List<String> questions = new ArrayList<>(article.alternateQuestions());
        boolean known = questions.stream().anyMatch(q -> q.strip().equalsIgnoreCase(question));
        Article saved = article;
        if (!known) {
            questions.add(question);
            ArticleContent content = article.content();
            saved = knowledgeBase.update(new ArticleContent(content.title(), content.spokenAnswer(), content.answer(),
                    content.serviceArea(), content.status(), content.links(), questions, content.keywords(),
                    content.intents()).toArticle(article.id(), article.version(), staff.getName()), staff.getName());
        }
        inbox.close(id, true, "Alternate question of " + article.id(), staff.getName(), clock.instant());
        return ResponseEntity.ok(saved);
    }

    /** A new draft article prefilled from the question; closes the item as resolved. */
    @PostMapping("/article")
    ResponseEntity<?> createArticle(@PathVariable long id, Principal staff) {
        UnansweredQuestion item = openItem(id);
        if (item == null) {
            return notOpen();
        }
        String question = item.example().strip();
        String title = titleOf(question);
        List<String> intents = item.bestIntent() != null
                && catalogue.find(item.bestIntent()).map(intent -> intent.kind() == IntentKind.INFORMATIONAL).orElse(false)
                ? List.of(item.bestIntent()) : List.of();
        String articleId = ArticleIds.from(title, taken -> knowledgeBase.article(taken).isPresent());
        ArticleContent content = new ArticleContent(title, DRAFT_ANSWER, DRAFT_ANSWER, DRAFT_AREA, ArticleStatus.DRAFT,
                List.of(), List.of(question), List.of(), intents);
        Article created = knowledgeBase.create(content.toArticle(articleId, 0, staff.getName()), staff.getName());
        inbox.close(id, true, "New article " + articleId, staff.getName(), clock.instant());
        return ResponseEntity.created(URI.create("/api/staff/articles/" + articleId)).body(created);
    }

    private UnansweredQuestion openItem(long id) {
        return inbox.find(id).filter(item -> "OPEN".equals(item.status())).orElse(null);
    }

    private static String titleOf(String question) {
        String oneLine = question.replaceAll("\\s+", " ").replaceAll("[?.!]+$", "");
        if (oneLine.length() > Texts.TITLE_LENGTH) {
            oneLine = oneLine.substring(0, Texts.TITLE_LENGTH);
        }
        return oneLine.isEmpty() ? "New article"
                : oneLine.substring(0, 1).toUpperCase(Locale.ROOT) + oneLine.substring(1);
    }

    private static ResponseEntity<ProblemDetail> notOpen() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This question is no longer in the inbox.");
        problem.setTitle("Already dealt with");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
