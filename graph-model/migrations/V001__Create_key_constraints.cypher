// Business keys. Every importer MERGEs on these, so re-running an ingest never duplicates a node.
CREATE CONSTRAINT patent_number IF NOT EXISTS FOR (n:Patent) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_symbol IF NOT EXISTS FOR (n:Technology) REQUIRE n.symbol IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_id IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT standard_id IF NOT EXISTS FOR (n:Standard) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pool_id IF NOT EXISTS FOR (n:Pool) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT litigation_case_id IF NOT EXISTS FOR (n:LitigationCase) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT demand_id IF NOT EXISTS FOR (n:Demand) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
