-- Knowledge-base articles: the database is the source of truth; the Lucene index is derived from it.
CREATE TABLE article (
    id             VARCHAR(80)   PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    spoken_answer  VARCHAR(600)  NOT NULL,
    answer         TEXT          NOT NULL,
    service_area   VARCHAR(80)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    version        INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    author         VARCHAR(120)  NOT NULL,
    CONSTRAINT article_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);

CREATE INDEX article_status_idx ON article (status);

CREATE TABLE article_link (
    article_id  VARCHAR(80)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    url         VARCHAR(500)  NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_question (
    article_id  VARCHAR(80)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    question    VARCHAR(500)  NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_keyword (
    article_id  VARCHAR(80)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    keyword     VARCHAR(120)  NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_intent (
    article_id  VARCHAR(80)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    intent      VARCHAR(80)   NOT NULL,
    PRIMARY KEY (article_id, intent)
);
