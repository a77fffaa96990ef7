// NPE risk: shell networks are found by shared address; OCE docket tables link by case_row_id.
CREATE INDEX organization_address IF NOT EXISTS FOR (n:Organization) ON (n.address);
CREATE INDEX litigation_case_type IF NOT EXISTS FOR (n:LitigationCase) ON (n.caseType);
CREATE INDEX litigation_case_oce_row IF NOT EXISTS FOR (n:LitigationCase) ON (n.oceCaseRowId);
