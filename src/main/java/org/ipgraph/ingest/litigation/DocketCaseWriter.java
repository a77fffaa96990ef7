package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.Rows;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes OCE cases: {@code LitigationCase} with title, court, dates, cause and status,
 * recorded in the file's Document. Values present in the graph are kept where the row has
 * none.
 */
@Component
class DocketCaseWriter implements RecordWriter<DocketCase> {

	private static final String CASES = """
			UNWIND $rows AS row
			MERGE (c:LitigationCase {id: row.key})
			SET c.caseType = coalesce(c.caseType, 'civil'), c.source = coalesce(c.source, 'uspto-oce'),
			    c.oceCaseRowId = row.rowId, c.court = row.court, c.courtName = coalesce(row.courtName, c.courtName),
			    c.title = coalesce(row.title, c.title), c.filedOn = coalesce(row.filedOn, c.filedOn),
			    c.closedOn = coalesce(row.closedOn, c.closedOn), c.cause = coalesce(row.cause, c.cause),
			    c.declaratoryJudgment = row.declaratoryJudgment,
			    c.status = CASE WHEN coalesce(row.closedOn, c.closedOn) IS NULL THEN 'open' ELSE 'closed' END
			WITH c
			MATCH (d:Document {id: $documentId})
			MERGE (c)-[:RECORDED_IN]->(d)
			""";

	@Override
	public void write(List<DocketCase> batch, WriteContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DocketCase c : batch) {
			rows.add(Rows.of("key", c.key(), "rowId", c.rowId(), "court", c.court(), "courtName", c.courtName(),
					"title", c.title(), "filedOn", c.filedOn(), "closedOn", c.closedOn(), "cause", c.cause(),
					"declaratoryJudgment", c.declaratoryJudgment()));
		}
		context.run(CASES, Map.of("rows", rows, "documentId", context.documentId()));
		context.changed("cases", batch.stream().map(DocketCase::key).toList());
	}

}
