// Text facts (NLP): one Evidence node per fact read from a sentence, one AmbiguousMention per
// mention left with several candidates. Both are replaced when their Document is read again.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ambiguous_mention_id IF NOT EXISTS FOR (n:AmbiguousMention) REQUIRE n.id IS UNIQUE;
CREATE INDEX evidence_type IF NOT EXISTS FOR (n:Evidence) ON (n.type);
CREATE INDEX document_format IF NOT EXISTS FOR (n:Document) ON (n.format);
