package org.ipgraph.demo;

import java.util.Map;

import org.ipgraph.db.CsvSchema;

/**
 * The loader's Cypher: one batched {@code UNWIND $rows AS row MERGE ...} per node label
 * and per pair of end labels. Labels are fixed in the text so that MERGE and MATCH use
 * the key constraints; the relationship type of a batch is a parameter ({@code $(type)}),
 * as all rows of a batch share it. Values are parameters only.
 */
final class DemoStatements {

	private static final String BY_ID = """
			UNWIND $rows AS row
			MERGE (n:%s {id: row.key})
			SET n += row.props
			""";

	static final Map<String, String> NODES = Map.of("Organization", """
			UNWIND $rows AS row
			MERGE (o:Organization {id: row.key})
			ON CREATE SET o.aliases = [row.props.name]
			SET o += row.props
			""", "Person", """
			UNWIND $rows AS row
			MERGE (x:Person {id: row.key})
			SET x += row.props
			""", "Technology", """
			UNWIND $rows AS row
			MERGE (t:Technology {symbol: row.key})
			ON CREATE SET t += row.props
			""", "Document", """
			UNWIND $rows AS row
			MERGE (d:Document {id: row.key})
			ON CREATE SET d.ingestedAt = datetime()
			SET d += row.props
			""", "Standard", BY_ID.formatted("Standard"), "Fund", BY_ID.formatted("Fund"), "Policy",
			BY_ID.formatted("Policy"), "LitigationCase", BY_ID.formatted("LitigationCase"), "Demand",
			BY_ID.formatted("Demand"));

	private static final String LINK = """
			UNWIND $rows AS row
			MATCH (a:%s {%s: row.from})
			MATCH (b:%s {%s: row.to})
			MERGE (a)-[r:$($type)]->(b)
			SET r += row.props
			""";

	/**
	 * Marks what PatentWriter created for a batch of demo patents, and ends sold
	 * ownership.
	 */
	static final String PATENTS_SYNTHETIC = """
			UNWIND $rows AS row
			MATCH (p:Patent {number: row.number})
			SET p.synthetic = true
			WITH p, row
			OPTIONAL MATCH (x:Person)-[:INVENTED|OWNS]->(p)
			SET x.synthetic = true
			WITH DISTINCT p, row
			UNWIND row.ownedUntil AS until
			MATCH (:Organization {id: until.key})-[r:OWNS]->(p)
			SET r.to = until.to
			""";

	/**
	 * A Technology keeps the parent it has, as the CPC title list's dot levels may
	 * differ.
	 */
	static final String PART_OF = """
			UNWIND $rows AS row
			MATCH (c:Technology {symbol: row.from})
			MATCH (q:Technology {symbol: row.to})
			WITH c, q
			WHERE NOT (c)-[:PART_OF]->()
			MERGE (c)-[:PART_OF]->(q)
			""";

	/** The assignee of an assignment owns patents from then on. */
	static final String OWNS = """
			UNWIND $rows AS row
			MATCH (a:Organization {id: row.from})
			MATCH (b:Patent {number: row.to})
			MERGE (a)-[r:OWNS]->(b)
			SET r += row.props, a.owner = true
			""";

	private DemoStatements() {
	}

	/**
	 * The statement for relationships between nodes of these labels.
	 */
	static String relationship(String type, String fromLabel, String toLabel) {
		if (type.equals("PART_OF")) {
			return PART_OF;
		}
		if (type.equals("OWNS") && fromLabel.equals("Organization")) {
			return OWNS;
		}
		if (!NODES.containsKey(fromLabel) && !fromLabel.equals("Patent")
				|| !NODES.containsKey(toLabel) && !toLabel.equals("Patent")) {
			throw new IllegalArgumentException("no demo statement for " + fromLabel + "-" + type + "->" + toLabel);
		}
		return LINK.formatted(fromLabel, CsvSchema.key(fromLabel), toLabel, CsvSchema.key(toLabel));
	}

}
