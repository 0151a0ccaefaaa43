-- An assistant's reply quotes an article in full, and a council's own web pages run to 15,000 characters and
-- more: a transcript line has no length limit. VARCHAR without a length is unbounded on PostgreSQL and on H2
-- (1,000,000,000 characters), and unlike a CLOB it is read and compared like any other text.
ALTER TABLE conversation_message ALTER COLUMN text SET DATA TYPE VARCHAR;
