package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes how many docket entries a case has ({@code docketEntries}) and its latest entry
 * ({@code lastDocketEntryOn}). The larger count and later date win, so a repeated read
 * changes nothing.
 */
@Component
class DocketActivityWriter implements RecordWriter<DocketActivity> {

	private static final String ACTIVITY = "UNWIND $rows AS row\n" + LitigationCypher.MERGE_OCE_CASE
			+ """
					SET c.docketEntries = CASE WHEN c.docketEntries IS NULL OR row.entries > c.docketEntries THEN row.entries
					                           ELSE c.docketEntries END,
					    c.lastDocketEntryOn = CASE WHEN c.lastDocketEntryOn IS NULL OR row.last > c.lastDocketEntryOn THEN row.last
					                               ELSE c.lastDocketEntryOn END
					""";

	@Override
	public void write(List<DocketActivity> batch, WriteContext context) {
		Map<String, Map<String, Object>> byCase = new HashMap<>();
		for (DocketActivity activity : batch) {
			Map<String, Object> row = byCase.get(activity.caseKey());
			if (row == null) {
				row = new HashMap<>();
				row.put("case", activity.caseKey());
				row.put("rowId", activity.rowId());
				row.put("entries", (long) activity.entries());
				row.put("last", activity.lastEntryOn());
				byCase.put(activity.caseKey(), row);
			}
			else {
				// a case whose entries are not consecutive in the file arrives in parts
				row.put("entries", (Long) row.get("entries") + activity.entries());
			}
		}
		context.run(ACTIVITY, Map.of("rows", new ArrayList<>(byCase.values())));
	}

}
