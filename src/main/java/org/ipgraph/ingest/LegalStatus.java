package org.ipgraph.ingest;

import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A patent's legal status, derived in the graph from what the sources state and the term:
 * {@code status} is {@code withdrawn}, {@code lapsed} (maintenance fees not paid) or
 * {@code expired} when a source states so; {@code expired} once {@code expiry} has
 * passed; {@code pending} for an application; else what a source states, else
 * {@code in_force} when the expiry is known. {@code inForce} is {@code status =
 * 'in_force'}, absent while nothing is known. {@code statusSource} names where the status
 * comes from ({@code expiry} when from the term).
 */
public final class LegalStatus {

	/** Statuses that end a patent whatever its term. */
	public static final java.util.List<String> ENDED = java.util.List.of("withdrawn", "lapsed", "expired");

	/**
	 * Cypher that derives {@code status}, {@code statusSource} and {@code inForce} of the
	 * patent {@code p} (to follow a clause that binds it; it ends in SET).
	 */
	public static final String DERIVE = """
			WITH p, CASE
			  WHEN p.legalStatus IN ['withdrawn', 'lapsed', 'expired'] THEN {status: p.legalStatus, source: p.legalStatusSource}
			  WHEN p.expiry < date() THEN {status: 'expired', source: 'expiry'}
			  WHEN p.type = 'application' THEN {status: 'pending', source: 'type'}
			  WHEN p.legalStatus IS NOT NULL THEN {status: p.legalStatus, source: p.legalStatusSource}
			  WHEN p.expiry IS NOT NULL THEN {status: 'in_force', source: 'expiry'}
			  ELSE {status: null, source: null} END AS derived
			SET p.status = derived.status, p.statusSource = derived.source,
			    p.inForce = CASE WHEN derived.status IS NULL THEN null ELSE derived.status = 'in_force' END
			""";

	/**
	 * Cypher that records dated legal events: for each {@code row} of {@code $rows}
	 * ({@code number}, {@code id}, {@code properties}: {@code type}, {@code on} and what
	 * the source says), {@code (Patent)-[:HAS_EVENT]->(LegalEvent)} with {@code source =
	 * $source} and {@code documentId = $documentId}. Patents the graph does not know are
	 * skipped. An event is written once, whatever how often its source is read.
	 */
	public static final String EVENTS = """
			UNWIND $rows AS row
			MATCH (p:Patent {number: row.number})
			MERGE (e:LegalEvent {id: row.id})
			ON CREATE SET e += row.properties, e.source = $source, e.documentId = $documentId
			MERGE (p)-[:HAS_EVENT]->(e)
			""";

	private static final String REFRESH = """
			MATCH (p:Patent) WHERE p.inForce AND p.expiry < date()
			WITH p LIMIT 10000
			""" + DERIVE + "RETURN count(*) AS changed";

	private LegalStatus() {
	}

	/**
	 * Marks expired the patents whose term has ended since their status was derived.
	 * @return how many changed
	 */
	public static long refresh(Driver driver) {
		long total = 0;
		try (var session = driver.session()) {
			while (true) {
				long changed = session.executeWrite(tx -> tx.run(REFRESH).single().get("changed").asLong());
				total += changed;
				if (changed == 0) {
					return total;
				}
			}
		}
	}

	/**
	 * A status as Lens writes it ({@code ACTIVE}, {@code PENDING}, {@code EXPIRED},
	 * {@code INACTIVE}, {@code DISCONTINUED}...) in the model's words, or null when
	 * unknown.
	 */
	public static String fromLens(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return LENS.get(raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
	}

	private static final Map<String, String> LENS = Map.ofEntries(Map.entry("ACTIVE", "in_force"),
			Map.entry("PATENTED", "in_force"), Map.entry("GRANTED", "in_force"), Map.entry("PENDING", "pending"),
			Map.entry("EXPIRED", "expired"), Map.entry("INACTIVE", "lapsed"), Map.entry("DISCONTINUED", "lapsed"),
			Map.entry("CEASED", "lapsed"), Map.entry("LAPSED", "lapsed"), Map.entry("WITHDRAWN", "withdrawn"),
			Map.entry("REVOKED", "withdrawn"));

}
