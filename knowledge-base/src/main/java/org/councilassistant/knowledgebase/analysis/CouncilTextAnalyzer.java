package org.councilassistant.knowledgebase.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How article text is indexed: standard tokens, lower case, accents folded, possessives and stop words
 * dropped, Porter stemming ("collections" and "collected" both become "collect").
 */
public final class CouncilTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(beforeStemming(tokenizer)));
    }

    /** The shared front of the chain; synonyms are matched on its output, before stemming. */
    static TokenStream beforeStemming(TokenStream tokens) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        return new StopFilter(stream, CouncilStopWords.WORDS);
    }
}
