package org.councilassistant.knowledgebase.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English stop words plus the question words residents wrap around every question ("how do I", "can you",
 * "what's my"), which say nothing about which article answers it.
 */
final class CouncilStopWords {

    static final CharArraySet WORDS;

    static {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("what", "whats", "how", "when", "whens", "where", "wheres", "who", "why", "which",
                "can", "could", "would", "should", "do", "does", "did", "i", "im", "ive", "me", "my", "mine", "you",
                "your", "we", "our", "us", "please", "pls", "tell", "about", "am", "have", "has", "had", "from", "s",
                "hi", "hello", "thanks", "want", "need", "know", "get", "go", "some", "any", "there", "here",
                "its", "it's", "so", "just", "like", "up", "out", "off", "all", "been", "being", "were", "dont"));
        WORDS = CharArraySet.unmodifiableSet(words);
    }

    private CouncilStopWords() {
    }
}
