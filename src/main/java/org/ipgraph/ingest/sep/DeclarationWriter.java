package org.ipgraph.ingest.sep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;
import org.ipgraph.ingest.orgs.OrganizationRows;

import org.springframework.stereotype.Component;

/**
 * Writes declarations: {@code (Patent)-[:DECLARED_ESSENTIAL_TO]->(Standard)}, one per patent,
 * specification and declarant, with the earliest declaration date, and
 * {@code (Organization)-[:DECLARED]->(Standard)} with the patents declared. A declared patent
 * not otherwise known is a stub. Repeated rows (one per family member and version) change
 * nothing.
 */
@Component
class DeclarationWriter implements RecordWriter<DeclarationRecord> {

	static final String SOURCE = "iplytics";

	private static final String DECLARATIONS = """
			UNWIND $rows AS row
			MERGE (s:Standard {id: row.standard})
			SET s.organization = coalesce(s.organization, row.organization),
			    s.generation = coalesce(s.generation, row.generation)
			""" + OrganizationRows.merge("o", "") + """
			MERGE (p:Patent {number: row.number})
			ON CREATE SET p.stub = true, p.jurisdiction = row.jurisdiction, p.docNumber = row.docNumber,
			              p.kind = row.patentKind
			MERGE (p)-[e:DECLARED_ESSENTIAL_TO {declarant: row.key}]->(s)
			ON CREATE SET e.source = $source
			SET e.declaredOn = CASE WHEN e.declaredOn IS NULL OR row.declaredOn < e.declaredOn THEN row.declaredOn
			                        ELSE e.declaredOn END,
			    e.releases = reduce(acc = coalesce(e.releases, []), r IN row.releases |
			                        CASE WHEN r IN acc THEN acc ELSE acc + r END),
			    e.versions = CASE WHEN row.version IS NULL OR row.version IN coalesce(e.versions, []) THEN e.versions
			                      ELSE coalesce(e.versions, []) + row.version END
			MERGE (o)-[d:DECLARED]->(s)
			SET d.declaredOn = CASE WHEN d.declaredOn IS NULL OR row.declaredOn < d.declaredOn THEN row.declaredOn
			                        ELSE d.declaredOn END,
			    d.patents = CASE WHEN row.number IN coalesce(d.patents, []) THEN d.patents
			                     ELSE coalesce(d.patents, []) + row.number END
			""";

	@Override
	public Class<DeclarationRecord> type() {
		return DeclarationRecord.class;
	}

	@Override
	public void write(List<DeclarationRecord> batch, WriteContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DeclarationRecord declaration : batch) {
			Map<String, Object> row = OrganizationRows.of(declaration.declarant(), context);
			if (row == null) {
				continue;
			}
			row.put("standard", declaration.spec().id());
			row.put("organization", declaration.spec().organization());
			row.put("version", declaration.spec().version());
			row.put("generation", declaration.generation());
			row.put("number", declaration.patent().key());
			row.put("jurisdiction", declaration.patent().jurisdiction());
			row.put("docNumber", declaration.patent().docNumber());
			row.put("patentKind", declaration.patent().kind());
			row.put("declaredOn", declaration.declaredOn());
			row.put("releases", declaration.releases());
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			context.run(DECLARATIONS, Map.of("rows", rows, "source", SOURCE));
		}
	}

}
