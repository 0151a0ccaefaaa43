package org.councilassistant.knowledgebase.index;

/** Names of the Lucene fields of an article document, in one place. */
public final class IndexFields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String QUESTIONS = "questions";
    public static final String KEYWORDS = "keywords";
    public static final String BODY = "body";
    /** Everything searchable in one field: used to check how much of a question an article covers. */
    public static final String ALL = "all";
    public static final String INTENT = "intent";
    public static final String SERVICE_AREA = "service_area";
    /** The index sort key: the article's first intent and its service area. */
    public static final String GROUP = "group";
    /** The article's language, {@code en} or {@code cy}. */
    public static final String LANGUAGE = "language";
    /** Whether a document is an article ({@value #KIND_ARTICLE}) or one of its passages ({@value #KIND_PASSAGE}). */
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PASSAGE = "passage";
    /**
     * A passage's sentence embedding (unit length, compared by dot product). English passages only: Welsh articles
     * have none, so a search of this field is a search of the English articles.
     */
    public static final String VECTOR = "vector";
    /**
     * What a passage is ({@value #PASSAGE_QUESTION} for a title or alternate question, {@value #PASSAGE_ANSWER} for
     * the spoken answer or a part of the answer), stored: a question meets another question closer in meaning than
     * it meets a paragraph that answers it, so the two kinds are trusted from different similarities.
     */
    public static final String PASSAGE = "passage";
    public static final String PASSAGE_QUESTION = "question";
    public static final String PASSAGE_ANSWER = "answer";
    /** Welsh text goes in fields named like the English ones plus this suffix, analysed as Welsh. */
    static final String WELSH_SUFFIX = "_cy";

    /** Commit user-data key holding the database stamp the index was built from. */
    public static final String STAMP = "stamp";
    /** Commit user-data key holding the embedding model of the passage vectors, empty for an index without. */
    public static final String MODEL = "model";

    private IndexFields() {
    }

    /** The name of a text field for text in {@code language}: {@code title} or {@code title_cy}. */
    public static String inLanguage(String field, String language) {
        return "cy".equals(language) ? field + WELSH_SUFFIX : field;
    }

    public static boolean isWelsh(String field) {
        return field.endsWith(WELSH_SUFFIX);
    }
}
