package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes patents in suit: {@code (Patent)-[:ASSERTED_IN]->(LitigationCase)}, the patent a
 * stub when not yet known, and the OCE case-type codes on the case
 * ({@code oceCaseTypes}).
 */
@Component
class PatentInSuitWriter implements RecordWriter<PatentInSuit> {

	private static final String PATENTS = "UNWIND $rows AS row\n" + LitigationCypher.MERGE_OCE_CASE
			+ "SET c.oceCaseTypes = " + LitigationCypher.addAllToList("c.oceCaseTypes", "row.caseTypes") + "\n"
			+ LitigationCypher.MERGE_PATENT + """
					MERGE (p)-[r:ASSERTED_IN]->(c)
					SET r.source = coalesce(r.source, 'uspto-oce')
					""";

	@Override
	public void write(List<PatentInSuit> batch, WriteContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PatentInSuit suit : batch) {
			rows.add(LitigationCypher.patentRow(suit.patent(), "case", suit.caseKey(), "rowId", suit.rowId(),
					"caseTypes", suit.caseTypes()));
		}
		context.run(PATENTS, Map.of("rows", rows));
		context.changed("cases", batch.stream().map(PatentInSuit::caseKey).toList());
	}

}
