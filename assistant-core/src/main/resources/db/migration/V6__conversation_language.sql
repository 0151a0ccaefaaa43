-- The language each stored conversation is in, so that what the council's system tells the resident (an
-- adviser joined, left) is in their language.
ALTER TABLE conversation ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;
