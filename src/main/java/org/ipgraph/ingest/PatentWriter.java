package org.ipgraph.ingest;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes patents with their owners, inventors, classifications and citations.
 * Organizations are keyed by their normalized name and keep every raw spelling in
 * {@code aliases}; inventors are keyed by name plus their first organization (or country)
 * until the expert module resolves them further.
 */
@Component
class PatentWriter implements RecordWriter<PatentRecord> {

	private static final String PATENTS = """
			UNWIND $rows AS row
			MERGE (p:Patent {number: row.number})
			SET p.jurisdiction = row.jurisdiction, p.docNumber = row.docNumber,
			    p.kind = coalesce(row.kind, p.kind), p.title = coalesce(row.title, p.title),
			    p.abstract = coalesce(row.abstract, p.abstract), p.claims = coalesce(row.claims, p.claims),
			    p.filingDate = coalesce(row.filingDate, p.filingDate),
			    p.publicationDate = coalesce(row.publicationDate, p.publicationDate),
			    p.grantDate = coalesce(row.grantDate, p.grantDate),
			    p.priorityDate = coalesce(row.priorityDate, p.priorityDate),
			    p.applicationNumber = coalesce(row.applicationNumber, p.applicationNumber),
			    p.familyId = coalesce(row.familyId, p.familyId), p.type = coalesce(row.type, p.type),
			    p.governmentInterest = coalesce(row.governmentInterest, p.governmentInterest),
			    p.url = coalesce(row.url, p.url),
			    p.termAdjustmentDays = coalesce(row.termAdjustmentDays, p.termAdjustmentDays),
			    p.terminalDisclaimer = coalesce(row.terminalDisclaimer, p.terminalDisclaimer),
			    p.legalStatus = coalesce(row.legalStatus, p.legalStatus),
			    p.legalStatusSource = CASE WHEN row.legalStatus IS NULL THEN p.legalStatusSource ELSE row.legalStatusSource END,
			    p.legalStatusRaw = coalesce(row.legalStatusRaw, p.legalStatusRaw)
			// an expiry computed with the grant's term data is not replaced by an estimate
			FOREACH (_ IN CASE WHEN row.expiry IS NOT NULL
			                    AND (row.expirySource = 'us-term-of-grant' OR coalesce(p.expirySource, '') <> 'us-term-of-grant')
			               THEN [1] ELSE [] END |
			  SET p.expiry = row.expiry, p.expirySource = row.expirySource, p.expiryBasis = row.expiryBasis)
			REMOVE p.stub
			WITH p, row
			MATCH (d:Document {id: $documentId})
			MERGE (p)-[r:RECORDED_IN]->(d)
			SET r.record = row.ref
			""";

	/** Which of {@code $numbers} the graph does not describe yet (absent or a stub). */
	private static final String NEW_PATENTS = """
			UNWIND $numbers AS number
			OPTIONAL MATCH (p:Patent {number: number})
			WITH number, p WHERE p IS NULL OR p.stub
			RETURN number
			""";

	private static final String ORGANIZATION_OWNERS = """
			UNWIND $rows AS row
			MERGE (o:Organization {id: row.key})
			ON CREATE SET o.name = row.name, o.kind = row.kind, o.kindSource = 'name', o.serviceType = row.serviceType
			SET o.owner = true,
			    o.aliases = CASE WHEN row.raw IN coalesce(o.aliases, []) THEN o.aliases
			                     ELSE coalesce(o.aliases, []) + row.raw END,
			    o.country = coalesce(o.country, row.country), o.city = coalesce(o.city, row.city)
			WITH o, row
			MATCH (p:Patent {number: row.number})
			MERGE (o)-[r:OWNS]->(p)
			ON CREATE SET r.from = row.from
			SET r.sequence = row.sequence, r.raw = row.raw
			""";

	private static final String PERSON_OWNERS = """
			UNWIND $rows AS row
			MERGE (x:Person {id: row.id})
			ON CREATE SET x.name = row.name, x.nameKey = row.nameKey, x.firstName = row.first, x.lastName = row.last,
			              x.consent = false
			SET x.owner = true, x.country = coalesce(x.country, row.country), x.city = coalesce(x.city, row.city)
			WITH x, row
			MATCH (p:Patent {number: row.number})
			MERGE (x)-[r:OWNS]->(p)
			ON CREATE SET r.from = row.from
			SET r.sequence = row.sequence, r.raw = row.raw
			""";

	private static final String INVENTORS = """
			UNWIND $rows AS row
			MERGE (x:Person {id: row.id})
			ON CREATE SET x.name = row.name, x.nameKey = row.nameKey, x.firstName = row.first, x.lastName = row.last,
			              x.consent = false
			SET x.inventor = true, x.city = coalesce(row.city, x.city), x.state = coalesce(row.state, x.state),
			    x.country = coalesce(row.country, x.country)
			WITH x, row
			MATCH (p:Patent {number: row.number})
			MERGE (x)-[r:INVENTED]->(p)
			SET r.sequence = row.sequence, r.rawName = row.raw, r.city = row.city, r.state = row.state,
			    r.country = row.country
			WITH x, row
			UNWIND row.organizations AS key
			MATCH (o:Organization {id: key})
			MERGE (x)-[a:AFFILIATED_WITH]->(o)
			ON CREATE SET a.role = 'inventor', a.source = 'patents'
			SET a.from = CASE WHEN a.from IS NULL OR row.date < a.from THEN row.date ELSE a.from END,
			    a.to = CASE WHEN a.to IS NULL OR row.date > a.to THEN row.date ELSE a.to END
			""";

	private static final String CLASSIFICATIONS = """
			UNWIND $rows AS row
			MERGE (t:Technology {symbol: row.symbol})
			ON CREATE SET t.level = row.level
			WITH t, row
			MATCH (p:Patent {number: row.number})
			MERGE (p)-[r:CLASSIFIED_AS]->(t)
			SET r.first = row.first
			""";

	// Only where the CPC title list has not given a node its exact parent
	private static final String HIERARCHY = """
			UNWIND $rows AS row
			MERGE (c:Technology {symbol: row.child})
			ON CREATE SET c.level = row.childLevel
			MERGE (q:Technology {symbol: row.parent})
			ON CREATE SET q.level = row.parentLevel
			WITH c, q
			WHERE NOT (c)-[:PART_OF]->()
			MERGE (c)-[:PART_OF]->(q)
			""";

	private static final String STATUS = """
			UNWIND $rows AS row
			MATCH (p:Patent {number: row.number})
			""" + LegalStatus.DERIVE;

	private static final String CITATIONS = """
			UNWIND $rows AS row
			MATCH (p:Patent {number: row.from})
			MERGE (q:Patent {number: row.to})
			ON CREATE SET q.stub = true, q.jurisdiction = row.jurisdiction, q.docNumber = row.docNumber
			MERGE (p)-[r:CITES]->(q)
			SET r.category = coalesce(row.category, r.category)
			""";

	@Override
	public void write(List<PatentRecord> batch, WriteContext context) {
		write(batch, null, context);
	}

	/**
	 * Writes the batch; each patent's {@code RECORDED_IN} keeps the record's reference in
	 * its file ({@code record}), when refs are given.
	 */
	@Override
	public void write(List<PatentRecord> batch, List<String> refs, WriteContext context) {
		PatentRows rows = PatentRows.of(batch, refs, context::organizationName);
		if (context.recordsChanges() && !rows.patents().isEmpty()) {
			List<String> numbers = rows.patents().stream().map(row -> (String) row.get("number")).toList();
			context.changed("patents",
					context.values(NEW_PATENTS, Map.of("numbers", numbers)).stream().map(String.class::cast).toList());
		}
		run(context, PATENTS, rows.patents());
		run(context, STATUS, rows.patents());
		run(context, ORGANIZATION_OWNERS, rows.organizationOwners());
		run(context, PERSON_OWNERS, rows.personOwners());
		run(context, INVENTORS, rows.inventors());
		run(context, HIERARCHY, rows.hierarchy());
		run(context, CLASSIFICATIONS, rows.classifications());
		run(context, CITATIONS, rows.citations());
	}

	private static void run(WriteContext context, String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			context.run(cypher, Map.of("rows", rows, "documentId", context.documentId()));
		}
	}

}
