package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;
import org.ipgraph.ingest.orgs.OrganizationRows;

import org.springframework.stereotype.Component;

/**
 * Writes OCE parties as organizations keyed by their normalized names, with
 * {@code PLAINTIFF_IN} or {@code DEFENDANT_IN} (role: the party type as written).
 */
@Component
class DocketPartyWriter implements RecordWriter<DocketParty> {

	private static final String PARTIES = "UNWIND $rows AS row\n" + LitigationCypher.MERGE_OCE_CASE
			+ OrganizationRows.merge("o", "") + """
					WITH c, o, row
					CALL (c, o, row) {
					  WITH * WHERE row.plaintiff
					  MERGE (o)-[r:PLAINTIFF_IN]->(c)
					  SET r.role = row.partyType, r.source = coalesce(r.source, 'uspto-oce')
					}
					CALL (c, o, row) {
					  WITH * WHERE NOT row.plaintiff
					  MERGE (o)-[r:DEFENDANT_IN]->(c)
					  SET r.role = row.partyType, r.source = coalesce(r.source, 'uspto-oce')
					}
					""";

	@Override
	public void write(List<DocketParty> batch, WriteContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DocketParty party : batch) {
			Map<String, Object> row = OrganizationRows.of(party.name(), context);
			if (row == null) {
				continue;
			}
			row.put("case", party.caseKey());
			row.put("rowId", party.rowId());
			row.put("plaintiff", party.plaintiff());
			row.put("partyType", party.partyType());
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			context.run(PARTIES, Map.of("rows", rows));
			context.changed("cases", rows.stream().map(row -> (String) row.get("case")).toList());
		}
	}

}
