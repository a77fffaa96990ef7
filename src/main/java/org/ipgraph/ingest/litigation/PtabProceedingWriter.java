package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.Rows;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;
import org.ipgraph.ingest.orgs.OrganizationRows;

import org.springframework.stereotype.Component;

/**
 * Writes PTAB trials: the {@code LitigationCase} (court {@code ptab}, caseType ipr,
 * pgr...), {@code PETITIONER_IN} for the petitioner, {@code RESPONDENT_IN} for the patent
 * owner(s) and {@code ASSERTED_IN} (role {@code challenged}) for the patent. The patent
 * owner also gets {@code OWNS} when the graph knows no owner of the patent at all. The
 * counsel of each side is a provider the case is {@code REPRESENTED_BY} (side
 * {@code petitioner} or {@code patent_owner}, party the organization's key;
 * {@link Representation}).
 */
@Component
class PtabProceedingWriter implements RecordWriter<PtabProceeding> {

	static final String SOURCE = "uspto-ptab";

	private static final String CASES = """
			UNWIND $rows AS row
			MERGE (c:LitigationCase {id: row.number})
			SET c.caseType = row.caseType, c.court = 'ptab', c.source = coalesce(c.source, $source),
			    c.title = coalesce(c.title, row.title), c.filedOn = coalesce(row.filedOn, c.filedOn),
			    c.institutedOn = coalesce(row.institutedOn, c.institutedOn),
			    c.decidedOn = coalesce(row.decidedOn, c.decidedOn), c.closedOn = coalesce(row.decidedOn, c.closedOn),
			    c.outcome = coalesce(row.outcome, c.outcome),
			    c.status = CASE WHEN row.closed THEN 'closed' ELSE coalesce(c.status, 'open') END,
			    c.ptabDocuments = %s
			WITH c
			MATCH (d:Document {id: $documentId})
			MERGE (c)-[:RECORDED_IN]->(d)
			""".formatted(LitigationCypher.addAllToList("c.ptabDocuments", "row.documents"));

	private static final String PETITIONERS = """
			UNWIND $rows AS row
			MATCH (c:LitigationCase {id: row.number})
			""" + OrganizationRows.merge("o", "")
			+ """
					MERGE (o)-[r:PETITIONER_IN]->(c)
					SET r.role = 'petitioner', r.source = coalesce(r.source, $source), r.counsel = coalesce(row.counsel, r.counsel)
					""";

	private static final String RESPONDENTS = """
			UNWIND $rows AS row
			MATCH (c:LitigationCase {id: row.number})
			""" + OrganizationRows.merge("o", "") + """
			MERGE (o)-[r:RESPONDENT_IN]->(c)
			SET r.role = 'patent owner', r.source = coalesce(r.source, $source),
			    r.counsel = coalesce(row.counsel, r.counsel)
			""";

	private static final String PATENTS = """
			UNWIND $rows AS row
			MATCH (c:LitigationCase {id: row.case})
			""" + LitigationCypher.MERGE_PATENT + """
			SET p.grantDate = coalesce(p.grantDate, row.grantDate),
			    p.applicationNumber = coalesce(p.applicationNumber, row.applicationNumber)
			MERGE (p)-[r:ASSERTED_IN]->(c)
			SET r.role = 'challenged', r.source = coalesce(r.source, $source)
			WITH p, row
			WHERE row.owner IS NOT NULL AND NOT EXISTS { ()-[:OWNS]->(p) }
			MATCH (o:Organization {id: row.owner})
			MERGE (o)-[w:OWNS]->(p)
			ON CREATE SET w.source = $source, w.raw = row.ownerRaw
			""";

	@Override
	public void write(List<PtabProceeding> batch, WriteContext context) {
		List<Map<String, Object>> cases = new ArrayList<>();
		List<Map<String, Object>> petitioners = new ArrayList<>();
		List<Map<String, Object>> respondents = new ArrayList<>();
		List<Map<String, Object>> patents = new ArrayList<>();
		List<Map<String, Object>> counsel = new ArrayList<>();
		for (PtabProceeding p : batch) {
			cases.add(Rows.of("number", p.number(), "caseType", p.caseType(), "title", p.title(), "filedOn",
					p.filedOn(), "institutedOn", p.institutedOn(), "decidedOn", p.decidedOn(), "outcome",
					p.statusCategory(), "closed", p.closed(), "documents", p.documents()));
			if (p.petitioner() != null) {
				Map<String, Object> petitioner = OrganizationRows.of(p.petitioner(), context);
				if (petitioner != null) {
					petitioner.put("number", p.number());
					petitioner.put("counsel", p.petitionerCounsel());
					petitioners.add(petitioner);
					counsel(counsel, p.number(), "petitioner", petitioner, p.petitionerCounsel(), context);
				}
			}
			String owner = null;
			String ownerRaw = null;
			for (String name : p.respondents()) {
				Map<String, Object> respondent = OrganizationRows.of(name, context);
				if (respondent != null) {
					respondent.put("number", p.number());
					respondent.put("counsel", p.respondentCounsel());
					respondents.add(respondent);
					counsel(counsel, p.number(), "patent_owner", respondent, p.respondentCounsel(), context);
					if (owner == null) {
						owner = (String) respondent.get("key");
						ownerRaw = name;
					}
				}
			}
			if (p.patent() != null) {
				Map<String, Object> patent = LitigationCypher.patentRow(p.patent(), "case", p.number(), "grantDate",
						p.grantDate(), "applicationNumber", p.applicationNumber(), "owner", owner, "ownerRaw",
						ownerRaw);
				patents.add(patent);
			}
		}
		run(context, CASES, cases);
		run(context, PETITIONERS, petitioners);
		run(context, RESPONDENTS, respondents);
		run(context, PATENTS, patents);
		run(context, Representation.CASES, counsel);
		context.changed("cases", batch.stream().map(PtabProceeding::number).toList());
	}

	private static void counsel(List<Map<String, Object>> rows, String number, String side, Map<String, Object> party,
			String name, WriteContext context) {
		Map<String, Object> row = name == null ? null : Representation.row(null, name, "law_firm", "attorney", context);
		if (row != null) {
			row.put("case", number);
			row.put("side", side);
			row.put("party", party.get("key"));
			row.put("source", SOURCE);
			rows.add(row);
		}
	}

	private static void run(WriteContext context, String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			context.run(cypher, Map.of("rows", rows, "source", SOURCE, "documentId", context.documentId()));
		}
	}

}
