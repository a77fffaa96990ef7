// Service providers (issue 15): firms and attorneys carry the Provider label beside Organization or
// Person (keyed there); the provider service reads them by label, kind and side.
CREATE INDEX provider_id IF NOT EXISTS FOR (n:Provider) ON (n.id);
CREATE INDEX organization_service_type IF NOT EXISTS FOR (n:Organization) ON (n.serviceType);
CREATE INDEX represented_by_side IF NOT EXISTS FOR ()-[r:REPRESENTED_BY]-() ON (r.side);
