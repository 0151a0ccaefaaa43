package org.councilassistant.benchmarks.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleStatus;

/**
 * A knowledge base of any size made from the seed articles: article {@code n} is seed {@code n} while there are
 * seeds, then a published variant of seed {@code n mod seeds}, with words swapped in from the seeds' vocabulary
 * and answer sentences drawn from all seeds. The same {@code n} always gives the same article.
 *
 * <p>Variants keep their seed's intents and service area, so a search for an intent finds about
 * {@code size / seeds} candidates, as a large council's knowledge base might.
 */
final class SyntheticArticles {

    static final String ID_PREFIX = "synthetic-";
    /** Column widths of the {@code article} tables (V1 migration). */
    static final int TITLE_MAX = 200;
    static final int SPOKEN_MAX = 600;
    static final int QUESTION_MAX = 500;
    static final int KEYWORD_MAX = 120;
    private static final String AUTHOR = "benchmark";
    /** Alternate questions of a variant at most, its seed's first ones reworded. */
    static final int QUESTIONS = 3;
    private static final int ANSWER_SENTENCES = 4;

    private final List<Article> seeds;
    private final List<String> vocabulary;
    private final List<String> sentences;
    private final Instant now;

    SyntheticArticles(List<Article> seeds, Instant now) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles");
        }
        this.seeds = List.copyOf(seeds);
        this.now = now;
        this.vocabulary = vocabulary(seeds);
        this.sentences = sentences(seeds);
    }

    /** Article number {@code n}, from 0. */
    Article article(int n) {
        if (n < seeds.size()) {
            return seeds.get(n);
        }
        Article seed = seeds.get(n % seeds.size());
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        String title = clip(swapOneWord(seed.title(), random) + " " + word(random), TITLE_MAX);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < Math.min(QUESTIONS, seed.alternateQuestions().size()); i++) {
            questions.add(clip(swapOneWord(seed.alternateQuestions().get(i), random), QUESTION_MAX));
        }
        Set<String> keywords = new LinkedHashSet<>(seed.keywords().subList(0, Math.min(2, seed.keywords().size())));
        keywords.add(word(random));
        keywords.add(word(random));
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < ANSWER_SENTENCES; i++) {
            answer.append(i == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
        }
        String spoken = clip(firstSentence(seed.spokenAnswer()) + " "
                + sentences.get(random.nextInt(sentences.size())), SPOKEN_MAX);
        return new Article(ID_PREFIX + String.format(Locale.ROOT, "%06d", n), title, spoken, answer.toString(),
                seed.links(), questions, keywords.stream().map(k -> clip(k, KEYWORD_MAX)).toList(),
                seed.serviceArea(), seed.intents(), ArticleStatus.PUBLISHED, 1, now, now, AUTHOR);
    }

    List<Article> seeds() {
        return seeds;
    }

    List<String> vocabulary() {
        return vocabulary;
    }

    private String swapOneWord(String text, SplittableRandom random) {
        String[] words = text.split(" ");
        words[random.nextInt(words.length)] = word(random);
        return String.join(" ", words);
    }

    private String word(SplittableRandom random) {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    /** Distinct lower-case words of three letters or more from the seeds' titles, questions and keywords. */
    static List<String> vocabulary(List<Article> seeds) {
        Set<String> words = new LinkedHashSet<>();
        for (Article seed : seeds) {
            List<String> texts = new ArrayList<>(seed.alternateQuestions());
            texts.add(seed.title());
            texts.addAll(seed.keywords());
            for (String text : texts) {
                for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                    if (word.length() >= 3) {
                        words.add(word);
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /** The seeds' answers cut into sentences (lines, then full stops), bullets and blank lines dropped. */
    static List<String> sentences(List<Article> seeds) {
        List<String> sentences = new ArrayList<>();
        for (Article seed : seeds) {
            for (String line : seed.answer().split("\n")) {
                for (String sentence : line.replaceFirst("^- ", "").split("(?<=[.!?])\\s+")) {
                    if (sentence.strip().length() >= 20) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        return List.copyOf(sentences);
    }

    private static String firstSentence(String text) {
        return text.split("(?<=[.!?])\\s+", 2)[0];
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
