// Full-text search over names and text. Aliases hold every raw spelling seen for an organization.
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name];
CREATE FULLTEXT INDEX patent_text IF NOT EXISTS FOR (n:Patent) ON EACH [n.title, n.abstract];
CREATE FULLTEXT INDEX technology_titles IF NOT EXISTS FOR (n:Technology) ON EACH [n.symbol, n.title];
CREATE FULLTEXT INDEX policy_fund_text IF NOT EXISTS FOR (n:Policy|Fund|Standard) ON EACH [n.name, n.title];
