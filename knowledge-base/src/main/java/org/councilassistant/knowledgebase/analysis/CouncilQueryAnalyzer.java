package org.councilassistant.knowledgebase.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.councilassistant.knowledgebase.index.IndexFields;

/**
 * How residents' questions are analysed: as the index is, plus the council's synonyms ("tip" also finds
 * "household waste recycling centre", "PCN" finds "parking ticket"). Synonyms are applied at query time only,
 * so changing the list never needs a re-index.
 */
public final class CouncilQueryAnalyzer extends Analyzer {

    private final SynonymMap synonyms;

    public CouncilQueryAnalyzer(SynonymMap synonyms) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        if (IndexFields.isWelsh(fieldName)) {
            return new TokenStreamComponents(tokenizer, WelshAnalysis.chain(tokenizer));
        }
        TokenStream stream = CouncilTextAnalyzer.beforeStemming(tokenizer);
        stream = new SynonymGraphFilter(stream, synonyms, true);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    }
}
