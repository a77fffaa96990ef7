// Properties that services filter or group on.
CREATE INDEX patent_jurisdiction IF NOT EXISTS FOR (n:Patent) ON (n.jurisdiction);
CREATE INDEX patent_family IF NOT EXISTS FOR (n:Patent) ON (n.familyId);
CREATE INDEX patent_priority_date IF NOT EXISTS FOR (n:Patent) ON (n.priorityDate);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_npe IF NOT EXISTS FOR (n:Organization) ON (n.npe);
CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX technology_level IF NOT EXISTS FOR (n:Technology) ON (n.level);
CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path);
