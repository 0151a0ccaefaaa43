package org.councilassistant.knowledgebase.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * Parses the council's synonym list (Solr format: one group of equivalent words or phrases per line,
 * comma-separated, or an explicit rule {@code a, b => c}; {@code #} starts a comment line).
 */
public final class CouncilSynonyms {

    private static final String BUNDLED = "kb/synonyms.txt";
    private static final String FIELD = "synonyms";
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("(?<!\\\\),");
    private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r");

    private CouncilSynonyms() {
    }

    /** The synonym list bundled with the assistant ({@code kb/synonyms.txt}). */
    public static SynonymMap bundled() {
        return parse(bundledText());
    }

    /** The text of the bundled list, which seeds the list staff edit. */
    public static String bundledText() {
        try (InputStream in = CouncilSynonyms.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + BUNDLED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException if the list is not valid; {@link #problems} says which lines are not */
    public static SynonymMap parse(String text) {
        try (Analyzer analyzer = synonymAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            try (Reader reader = new StringReader(withoutBlankLines(text))) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            throw new IllegalArgumentException("Synonym list is not valid: " + e.getMessage() + cause, e);
        }
    }

    /** Parses a list staff submitted, reporting every bad line by its number. */
    public static SynonymMap parseChecked(String text) {
        List<ValidationProblem> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return parse(text);
    }

    /** What is wrong with each bad line of a list, by line number from 1; empty if the list is valid. */
    public static List<ValidationProblem> problems(String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (text == null) {
            problems.add(ValidationProblem.of(FIELD, "is required"));
            return problems;
        }
        String[] lines = LINES.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            String problem = lineProblem(lines[i]);
            if (problem != null) {
                problems.add(new ValidationProblem(i + 1, FIELD, problem));
            }
        }
        return problems;
    }

    private static String lineProblem(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        String[] sides = trimmed.split("=>", -1);
        if (sides.length > 2) {
            return "has more than one \"=>\"";
        }
        if (sides.length == 1 && ENTRY_SEPARATOR.split(trimmed, -1).length < 2) {
            return "needs at least two words or phrases separated by commas, e.g. \"tip, recycling centre\"";
        }
        for (String side : sides) {
            for (String entry : ENTRY_SEPARATOR.split(side, -1)) {
                if (entry.isBlank()) {
                    return "has an empty word or phrase (two commas together, or a comma or \"=>\" at an end)";
                }
            }
        }
        try {
            parse(trimmed);
            return null;
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause().getCause() == null ? e.getCause()
                    : e.getCause().getCause();
            return "cannot be used: " + cause.getMessage()
                    + " (a word or phrase made only of words search ignores, such as \"the\" or \"how\"?)";
        }
    }

    /** The Solr parser takes a line of spaces or an indented comment for a rule; such lines say nothing. */
    private static String withoutBlankLines(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (String line : LINES.split(text, -1)) {
            String trimmed = line.trim();
            cleaned.append(trimmed.isEmpty() || trimmed.startsWith("#") ? "" : line).append('\n');
        }
        return cleaned.toString();
    }

    private static Analyzer synonymAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = CouncilTextAnalyzer.beforeStemming(tokenizer);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
