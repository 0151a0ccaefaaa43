package org.councilassistant.knowledgebase.index;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.knowledgebase.article.Article;

/**
 * The texts of an article that get a sentence embedding each: its title, every alternate question, its spoken
 * answer and its full answer cut into a few passages.
 *
 * <p>The embedding model reads about 250 word pieces and blurs a long text into its gist, so the answer is cut at
 * paragraph breaks into passages of a few hundred characters; a question about one paragraph then meets that
 * paragraph's vector rather than the whole answer's average.
 */
public final class ArticlePassages {

    /** Paragraphs are joined until a passage would pass this many characters. */
    static final int PASSAGE_CHARACTERS = 500;
    /**
     * An answer of many paragraphs keeps its first passages, about 8,000 characters: a council's own web pages run
     * long, and a resident's question is often about a section well down the page. On two councils' pages
     * (86 residents' questions) 16 found the right page first as often as 24 or 40, and more often than 4.
     */
    static final int MAX_ANSWER_PASSAGES = 16;

    private ArticlePassages() {
    }

    /** A text to embed and whether it is worded as a question (a title or an alternate question) or answers one. */
    public record Passage(String text, boolean question) {
    }

    /** The article's texts to embed, each non-blank, the title first. */
    public static List<String> of(Article article) {
        return passages(article).stream().map(Passage::text).toList();
    }

    /** The same texts, each with its kind. */
    public static List<Passage> passages(Article article) {
        List<Passage> passages = new ArrayList<>();
        add(passages, article.title(), true);
        article.alternateQuestions().forEach(question -> add(passages, question, true));
        add(passages, article.spokenAnswer(), false);
        answerPassages(article.answer()).forEach(passage -> add(passages, passage, false));
        return passages;
    }

    /** The answer cut at blank lines into passages of at most about {@value #PASSAGE_CHARACTERS} characters. */
    static List<String> answerPassages(String answer) {
        List<String> passages = new ArrayList<>();
        StringBuilder passage = new StringBuilder();
        for (String paragraph : (answer == null ? "" : answer).split("\\n\\s*\\n")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (passage.length() > 0 && passage.length() + text.length() > PASSAGE_CHARACTERS) {
                passages.add(passage.toString());
                passage.setLength(0);
            }
            passage.append(passage.length() == 0 ? "" : "\n\n").append(text);
        }
        if (passage.length() > 0) {
            passages.add(passage.toString());
        }
        return passages.subList(0, Math.min(MAX_ANSWER_PASSAGES, passages.size()));
    }

    private static void add(List<Passage> passages, String text, boolean question) {
        if (text != null && !text.isBlank()) {
            passages.add(new Passage(text.strip(), question));
        }
    }
}
