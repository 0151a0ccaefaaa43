package org.councilassistant.knowledgebase.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.councilassistant.knowledgebase.index.IndexFields;

/**
 * How article text is indexed: standard tokens, lower case, accents folded, possessives and stop words
 * dropped, Porter stemming ("collections" and "collected" both become "collect"). Welsh fields get the Welsh
 * chain instead ({@link WelshAnalysis}).
 */
public final class CouncilTextAnalyzer extends Analyzer {

    /** English and Welsh fields have different chains, so components are reused per field, not globally. */
    public CouncilTextAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        if (IndexFields.isWelsh(fieldName)) {
            return new TokenStreamComponents(tokenizer, WelshAnalysis.chain(tokenizer));
        }
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
