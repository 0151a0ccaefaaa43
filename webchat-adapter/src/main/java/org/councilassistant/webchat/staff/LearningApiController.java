package org.councilassistant.webchat.staff;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.learning.ModelRetraining;
import org.councilassistant.core.learning.TrainingPhrases;
import org.councilassistant.core.learning.UnansweredQuestion;
import org.councilassistant.core.learning.UnansweredQuestions;
import org.councilassistant.core.staffintent.RuntimeCatalogue;
import org.councilassistant.intents.Classification;
import org.councilassistant.intents.language.Language;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learning loop for staff ({@code /api/staff}, EDITOR role): the inbox of questions the assistant did not
 * answer well, turning one into a training phrase or dismissing it, retraining the model, and trying a question.
 */
@RestController
@RequestMapping("/api/staff")
class LearningApiController {

    private static final int INBOX_SIZE = 200;
    private static final int TRIED = 5;

    private final UnansweredQuestions inbox;
    private final TrainingPhrases phrases;
    private final RuntimeCatalogue catalogue;
    private final RetrainingJob retraining;
    private final ConversationEngine engine;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;

    LearningApiController(UnansweredQuestions inbox, TrainingPhrases phrases, RuntimeCatalogue catalogue,
            RetrainingJob retraining, ConversationEngine engine, KnowledgeBase knowledgeBase, Clock clock) {
        this.inbox = inbox;
        this.phrases = phrases;
        this.catalogue = catalogue;
        this.retraining = retraining;
        this.engine = engine;
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    record TrainingPhraseRequest(@NotBlank(message = "Choose the intent this question means") String intent) {
    }

    @GetMapping("/inbox")
    List<UnansweredQuestion> inbox() {
        return inbox.open(INBOX_SIZE);
    }

    @PostMapping("/inbox/{id}/dismiss")
    ResponseEntity<?> dismiss(@PathVariable long id, Principal staff) {
        return inbox.close(id, false, "Dismissed", staff.getName(), clock.instant())
                ? ResponseEntity.noContent().build() : notOpen();
    }

    /** Files the question as a training phrase for an intent; the model learns it at the next retraining. */
    @PostMapping("/inbox/{id}/training-phrase")
    ResponseEntity<?> addTrainingPhrase(@PathVariable long id, @Valid @RequestBody TrainingPhraseRequest request,
            Principal staff) {
        UnansweredQuestion item = inbox.find(id).orElse(null);
        if (item == null || !"OPEN".equals(item.status())) {
            return notOpen();
        }
        if (catalogue.find(request.intent()).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Unknown intent", "There is no intent called " + request.intent());
        }
        phrases.add(item.language(), request.intent(), item.example(), staff.getName(), clock.instant());
        inbox.close(id, true, "Training phrase for " + request.intent(), staff.getName(), clock.instant());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/retraining")
    RetrainingJob.State retrainingState() {
        return retraining.state();
    }

    @PostMapping("/retraining")
    ResponseEntity<RetrainingJob.State> retrain(Principal staff) {
        boolean started = retraining.start(staff.getName());
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(retraining.state());
    }

    record ApplyRequest(Boolean evenIfWorse) {
    }

    @PostMapping("/retraining/apply")
    ResponseEntity<?> applyRetraining(@RequestBody(required = false) ApplyRequest request) {
        try {
            return ResponseEntity.ok(retraining.apply(request != null && Boolean.TRUE.equals(request.evenIfWorse())));
        } catch (ModelRetraining.WorseModelException e) {
            return problem(HttpStatus.CONFLICT, "The retrained model is worse", e.getMessage());
        } catch (IllegalStateException e) {
            return problem(HttpStatus.CONFLICT, "Nothing to apply", e.getMessage());
        }
    }

    /** What the assistant would answer, how it classified the question, and the articles search found. */
    record TryResult(String answer, String intent, double confidence, boolean outOfScope, String articleId,
            List<Classification.ScoredIntent> topIntents, List<ScoredArticle> topArticles) {
    }

    record ScoredArticle(String id, String title, double score) {
    }

    @GetMapping("/try")
    TryResult tryQuestion(@RequestParam("q") String question, @RequestParam(name = "language", defaultValue = "en")
            String language) {
        ConversationEngine.Preview preview = engine.preview(question,
                Language.ofCode(language).orElse(Language.ENGLISH));
        List<ScoredArticle> articles = question.isBlank() ? List.of()
                : knowledgeBase.search(SearchRequest.freeText(question, 0.0, TRIED)).stream()
                        .map(hit -> new ScoredArticle(hit.articleId(), knowledgeBase.publishedArticle(hit.articleId())
                                .map(article -> article.title()).orElse(hit.articleId()), hit.score()))
                        .toList();
        var response = preview.response();
        String answer = String.join("\n\n", response.replies().stream().map(reply -> reply.text()).toList());
        return new TryResult(answer, response.intent(), response.confidence(), preview.classification().outOfScope(),
                response.articleId(), preview.classification().alternatives().stream().limit(TRIED).toList(), articles);
    }

    private static ResponseEntity<ProblemDetail> notOpen() {
        return problem(HttpStatus.CONFLICT, "Already dealt with", "This question is no longer in the inbox.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
