package org.ipgraph.ingest.litigation;

import java.util.Map;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.Rows;

/**
 * Cypher shared by the litigation writers.
 */
final class LitigationCypher {

	/**
	 * MERGEs {@code c}, the case of {@code row.case}, as a civil case from OCE when a
	 * table other than {@code cases} names it first.
	 */
	static final String MERGE_OCE_CASE = """
			MERGE (c:LitigationCase {id: row.case})
			ON CREATE SET c.caseType = 'civil', c.source = 'uspto-oce', c.oceCaseRowId = row.rowId
			""";

	/**
	 * MERGEs {@code p}, the patent of {@code row.number}, as a stub when it is not yet
	 * known.
	 */
	static final String MERGE_PATENT = """
			MERGE (p:Patent {number: row.number})
			ON CREATE SET p.stub = true, p.jurisdiction = row.jurisdiction, p.docNumber = row.docNumber,
			              p.kind = row.kind
			""";

	/**
	 * A row with the patent fields {@link #MERGE_PATENT} reads, and then
	 * {@code moreKeysAndValues}.
	 */
	static Map<String, Object> patentRow(PatentNumber number, Object... moreKeysAndValues) {
		Map<String, Object> row = Rows.of(moreKeysAndValues);
		row.put("number", number.key());
		row.put("jurisdiction", number.jurisdiction());
		row.put("docNumber", number.docNumber());
		row.put("kind", number.kind());
		return row;
	}

	/** Adds {@code value} to the list property {@code target} unless present. */
	static String addToList(String target, String value) {
		return "CASE WHEN %2$s IS NULL OR %2$s IN coalesce(%1$s, []) THEN %1$s ELSE coalesce(%1$s, []) + %2$s END"
			.formatted(target, value);
	}

	/**
	 * Adds every element of the list {@code values} to the list property {@code target}.
	 */
	static String addAllToList(String target, String values) {
		return "reduce(acc = coalesce(%1$s, []), x IN coalesce(%2$s, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)"
			.formatted(target, values);
	}

	private LitigationCypher() {
	}

}
