package org.councilassistant.webchat.staff;

import java.net.URI;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleIds;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.rating.AnswerRatings;
import org.councilassistant.knowledgebase.rating.RatingSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Articles for editors ({@code /api/staff}, EDITOR role): find, read, create as drafts, edit under optimistic
 * locking, move through the workflow, preview unsaved content, and the service areas for the editor's pick list
 * (the intents' is {@link IntentApiController}'s).
 * Every change is saved as a new version by the signed-in member of staff.
 */
@RestController
@RequestMapping("/api/staff")
class ArticleApiController {

    private final KnowledgeBase knowledgeBase;
    private final AnswerRatings ratings;

    ArticleApiController(KnowledgeBase knowledgeBase, AnswerRatings ratings) {
        this.knowledgeBase = knowledgeBase;
        this.ratings = ratings;
    }

    /** Articles whose title, id, questions, keywords or answer contain {@code q}, narrowed by the filters. */
    @GetMapping("/articles")
    List<ArticleSummary> list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) String serviceArea, @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) String intent) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<String, RatingSummary> rated = ratings.ratingSummaries().stream()
                .collect(Collectors.toMap(RatingSummary::articleId, Function.identity()));
        List<Article> all = knowledgeBase.allArticles();
        java.util.Set<String> ids = all.stream().map(Article::id).collect(Collectors.toSet());
        return all.stream()
                .filter(article -> needle.isEmpty() || searchable(article).contains(needle))
                .filter(article -> blank(serviceArea) || serviceArea.equals(article.serviceArea()))
                .filter(article -> status == null || status == article.status())
                .filter(article -> blank(intent) || article.intents().contains(intent))
                .sorted(Comparator.comparing(Article::title, String.CASE_INSENSITIVE_ORDER))
                .map(article -> ArticleSummary.of(article, rated.get(article.id()), ids.contains(article.translationId())))
                .toList();
    }

    @GetMapping("/articles/{id}")
    Article article(@PathVariable String id) {
        return knowledgeBase.article(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /** A new article, always a draft; its id is derived from the title unless the form names one. */
    @PostMapping("/articles")
    ResponseEntity<Article> create(@RequestBody ArticleForm form, Principal staff) {
        String id = blank(form.id())
                ? ArticleIds.from(form.title(), taken -> knowledgeBase.article(taken).isPresent())
                : form.id().strip();
        Article created = knowledgeBase.create(form.content(ArticleStatus.DRAFT).toArticle(id, 0, staff.getName()),
                staff.getName());
        return ResponseEntity.created(URI.create("/api/staff/articles/" + id)).body(created);
    }

    /** Saves the form as the next version; the article keeps its status (a published article changes at once). */
    @PutMapping("/articles/{id}")
    Article update(@PathVariable String id, @RequestBody ArticleForm form, Principal staff) {
        Article current = article(id);
        int expected = form.version() == null ? current.version() : form.version();
        return knowledgeBase.update(form.content(current.status()).toArticle(id, expected, staff.getName()),
                staff.getName());
    }

    /** The version the editor saw; a workflow move is refused if someone saved since. */
    record VersionRequest(Integer version) {
    }

    @PostMapping("/articles/{id}/publish")
    Article publish(@PathVariable String id, @RequestBody VersionRequest request, Principal staff) {
        return knowledgeBase.publish(id, expected(id, request), staff.getName());
    }

    @PostMapping("/articles/{id}/archive")
    Article archive(@PathVariable String id, @RequestBody VersionRequest request, Principal staff) {
        return knowledgeBase.archive(id, expected(id, request), staff.getName());
    }

    @PostMapping("/articles/{id}/draft")
    Article toDraft(@PathVariable String id, @RequestBody VersionRequest request, Principal staff) {
        return knowledgeBase.toDraft(id, expected(id, request), staff.getName());
    }

    @GetMapping("/articles/{id}/ratings")
    RatingSummary ratings(@PathVariable String id) {
        return ratings.ratingSummary(id);
    }

    /** How unsaved content would be shown in the chat (text and links) and spoken by Alexa. */
    record Preview(String text, List<ArticleForm.Link> links, String spoken) {
    }

    @PostMapping("/articles/preview")
    Preview preview(@RequestBody ArticleForm form) {
        List<ArticleForm.Link> links = form.links() == null ? List.of()
                : form.links().stream().filter(link -> !blank(link.label()) && !blank(link.url())).toList();
        return new Preview(Objects.requireNonNullElse(form.answer(), "").strip(), links,
                Objects.requireNonNullElse(form.spokenAnswer(), "").strip());
    }

    /** The service areas articles use now, for filters and the editor's suggestions. */
    @GetMapping("/service-areas")
    List<String> serviceAreas() {
        return knowledgeBase.allArticles().stream().map(Article::serviceArea).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private int expected(String id, VersionRequest request) {
        return request == null || request.version() == null ? article(id).version() : request.version();
    }

    private static String searchable(Article article) {
        return Stream.of(Stream.of(article.id(), article.title(), article.answer(), article.spokenAnswer()),
                        article.alternateQuestions().stream(), article.keywords().stream())
                .flatMap(Function.identity())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
