package org.ipgraph.evaluation.providers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Synthetic counsel for a demo graph, whose cases name none: each side of each case is
 * {@code REPRESENTED_BY} one of the demo's law firms (marked {@code synthetic: true},
 * source {@code synthetic}). A party keeps its firm (chosen by its key) for four cases in
 * five, and for the accused side the court also plays a part; the rest is drawn at random
 * with a fixed seed. Only for benchmarks and the synthetic evaluation task: it shows that
 * the ranking runs, not that it is good.
 */
public final class SyntheticCounsel {

	private static final String FIRMS = """
			MATCH (f:Organization) WHERE f.serviceType = 'law_firm'
			RETURN f.id AS id ORDER BY id
			""";

	private static final String CASES = """
			MATCH (c:LitigationCase)
			RETURN c.id AS id, coalesce(c.court, '') AS court, c.caseType = 'civil' AS civil,
			       [(o:Organization)-[:PLAINTIFF_IN|RESPONDENT_IN]->(c) | o.id] AS owners,
			       [(o:Organization)-[:DEFENDANT_IN|PETITIONER_IN]->(c) | o.id] AS accused
			ORDER BY id
			""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (c:LitigationCase {id: row.case})
			MATCH (f:Organization {id: row.firm})
			SET f:Provider, f.providerKinds = CASE WHEN 'law_firm' IN coalesce(f.providerKinds, [])
			                                  THEN f.providerKinds ELSE coalesce(f.providerKinds, []) + 'law_firm' END
			MERGE (c)-[r:REPRESENTED_BY {side: row.side}]->(f)
			SET r.party = row.party, r.source = 'synthetic', r.synthetic = true
			""";

	private static final String EXISTING = "MATCH ()-[r:REPRESENTED_BY]->() RETURN count(r) AS n";

	private SyntheticCounsel() {
	}

	/**
	 * Adds synthetic counsel when the graph has no {@code REPRESENTED_BY} at all.
	 * @return relationships added (0 when the graph had counsel already)
	 * @throws IllegalStateException when the graph has no law firm
	 */
	public static int attach(Neo4jClient neo4j, long seed) {
		long existing = neo4j.query(EXISTING).fetchAs(Long.class).one().orElse(0L);
		if (existing > 0) {
			return 0;
		}
		List<String> firms = List.copyOf(neo4j.query(FIRMS).fetchAs(String.class).all());
		if (firms.size() < 2) {
			throw new IllegalStateException("the graph has fewer than two law firms (Organization serviceType "
					+ "law_firm) to draw synthetic counsel from: load a demo store first");
		}
		Random random = new Random(seed);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> c : neo4j.query(CASES).fetch().all()) {
			boolean civil = Boolean.TRUE.equals(c.get("civil"));
			add(rows, c, (List<?>) c.get("owners"), civil ? "plaintiff" : "patent_owner", "", firms, random);
			add(rows, c, (List<?>) c.get("accused"), civil ? "defendant" : "petitioner", (String) c.get("court"), firms,
					random);
		}
		for (int i = 0; i < rows.size(); i += 5000) {
			neo4j.query(WRITE).bind(rows.subList(i, Math.min(rows.size(), i + 5000))).to("rows").run();
		}
		return rows.size();
	}

	private static void add(List<Map<String, Object>> rows, Map<String, Object> c, List<?> parties, String side,
			String court, List<String> firms, Random random) {
		if (parties.isEmpty()) {
			return;
		}
		String party = (String) parties.get(0);
		int pick = random.nextInt(5) == 0 ? random.nextInt(firms.size())
				: Math.floorMod((party + "|" + court).hashCode(), firms.size());
		Map<String, Object> row = new HashMap<>();
		row.put("case", c.get("id"));
		row.put("firm", firms.get(pick));
		row.put("side", side);
		row.put("party", party);
		rows.add(row);
	}

}
