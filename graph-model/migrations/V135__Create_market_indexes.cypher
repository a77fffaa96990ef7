// Demand-and-offer library (issue 15): offers are keyed; services filter offers and demands by status and kind,
// and search their text.
CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (n:Offer) REQUIRE n.id IS UNIQUE;
CREATE INDEX offer_status IF NOT EXISTS FOR (n:Offer) ON (n.status);
CREATE INDEX offer_organization IF NOT EXISTS FOR (n:Offer) ON (n.organization);
CREATE INDEX demand_status IF NOT EXISTS FOR (n:Demand) ON (n.status);
CREATE INDEX demand_source IF NOT EXISTS FOR (n:Demand) ON (n.source);
CREATE FULLTEXT INDEX market_offer_text IF NOT EXISTS FOR (n:Offer) ON EACH [n.title, n.description, n.text];
CREATE FULLTEXT INDEX market_demand_text IF NOT EXISTS FOR (n:Demand) ON EACH [n.text, n.keywordsText];
