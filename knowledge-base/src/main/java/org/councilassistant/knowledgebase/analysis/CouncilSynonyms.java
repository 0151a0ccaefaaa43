package org.councilassistant.knowledgebase.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Parses the council's synonym list (Solr format: one group of equivalent words or phrases per line,
 * comma-separated; {@code #} starts a comment).
 */
public final class CouncilSynonyms {

    private static final String BUNDLED = "kb/synonyms.txt";

    private CouncilSynonyms() {
    }

    /** The synonym list bundled with the assistant ({@code kb/synonyms.txt}). */
    public static SynonymMap bundled() {
        try (InputStream in = CouncilSynonyms.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SynonymMap parse(String text) {
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = CouncilTextAnalyzer.beforeStemming(tokenizer);
                return new TokenStreamComponents(tokenizer, stream);
            }
        }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            try (Reader reader = new StringReader(text)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Synonym list is not valid: " + e.getMessage(), e);
        }
    }
}
