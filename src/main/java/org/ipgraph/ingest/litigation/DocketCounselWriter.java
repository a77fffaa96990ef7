package org.ipgraph.ingest.litigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes attorneys of record onto their case: {@code plaintiffCounsel} and
 * {@code defendantCounsel}, lists of names. Kept on the case rather than on the party
 * edges so that the tables can be read in any order.
 */
@Component
class DocketCounselWriter implements RecordWriter<DocketCounsel> {

	private static final String COUNSEL = "UNWIND $rows AS row\n" + LitigationCypher.MERGE_OCE_CASE
			+ "SET c.plaintiffCounsel = " + LitigationCypher.addAllToList("c.plaintiffCounsel", "row.plaintiff")
			+ ",\n    c.defendantCounsel = " + LitigationCypher.addAllToList("c.defendantCounsel", "row.defendant")
			+ "\n";

	@Override
	public void write(List<DocketCounsel> batch, WriteContext context) {
		Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
		List<Map<String, Object>> represented = new ArrayList<>();
		for (DocketCounsel counsel : batch) {
			if ("other".equals(counsel.side())) {
				continue;
			}
			Map<String, Object> provider = Representation.row(counsel.firm(), counsel.attorney(), "law_firm",
					"attorney", context);
			if (provider != null) {
				provider.put("case", counsel.caseKey());
				provider.put("side", counsel.side());
				provider.put("party", null);
				provider.put("source", "uspto-oce");
				represented.add(provider);
			}
			Map<String, Object> row = byCase.computeIfAbsent(counsel.caseKey(), key -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("case", key);
				r.put("rowId", counsel.rowId());
				r.put("plaintiff", new LinkedHashSet<String>());
				r.put("defendant", new LinkedHashSet<String>());
				return r;
			});
			@SuppressWarnings("unchecked")
			Set<String> names = (Set<String>) row.get(counsel.side());
			names.add(counsel.attorney());
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : byCase.values()) {
			row.put("plaintiff", List.copyOf((Set<?>) row.get("plaintiff")));
			row.put("defendant", List.copyOf((Set<?>) row.get("defendant")));
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			context.run(COUNSEL, Map.of("rows", rows));
		}
		if (!represented.isEmpty()) {
			context.run(Representation.CASES, Map.of("rows", represented));
		}
	}

}
