package org.ipgraph.experts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.db.GraphAccess;
import org.ipgraph.graph.OrganizationNames;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The per-request graph reads of the experts service: consent (read fresh, so that a
 * change shows at once), the patent asked about, the parties of a conflict and their
 * corporate groups, and consent changes.
 */
@Component
class ExpertQueries {

	private static final String CONSENT = """
			UNWIND $ids AS id
			MATCH (x:Person {id: id})
			RETURN x.id AS id, coalesce(x.consent, false) AS consent, x.contact AS contact
			""";

	private static final String PATENT = """
			MATCH (p:Patent {number: $number})
			RETURN p.number AS number, coalesce(p.title, '') + '\n' + coalesce(p.abstract, '') AS text,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS cpc
			""";

	private static final String PARTY = """
			MATCH (o:Organization)
			WHERE o.id IN [$party, $key] OR toLower(o.name) = toLower($party)
			RETURN o.id AS id ORDER BY o.id
			""";

	private static final String GROUP = """
			UNWIND $ids AS id
			MATCH (o:Organization {id: id})-[:SUBSIDIARY_OF*0..6]->(top:Organization)
			MATCH (member:Organization)-[:SUBSIDIARY_OF*0..6]->(top)
			RETURN DISTINCT member.id AS id ORDER BY id
			""";

	private static final String SET_CONSENT = """
			UNWIND $ids AS id
			MATCH (x:Person {id: id})
			SET x.consent = $consent, x.consentChangedAt = datetime(), x.consentChangedBy = $by
			RETURN x.id AS id ORDER BY id
			""";

	private static final String SECRET = """
			MERGE (s:Setting {key: 'experts.handleSecret'})
			ON CREATE SET s.value = $value
			RETURN s.value AS value
			""";

	/**
	 * Consent and contact of one Person node.
	 */
	record Consent(boolean consent, String contact) {
	}

	/**
	 * A patent's text and classes.
	 */
	record PatentQuery(String number, String text, List<String> cpc) {
	}

	private final Neo4jClient neo4j;

	ExpertQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, Consent> consent(Collection<String> personIds) {
		Map<String, Consent> result = new HashMap<>();
		this.neo4j.query(CONSENT)
			.bindAll(Map.of("ids", List.copyOf(personIds)))
			.fetch()
			.all()
			.forEach(row -> result.put((String) row.get("id"),
					new Consent(Boolean.TRUE.equals(row.get("consent")), (String) row.get("contact"))));
		return result;
	}

	Optional<PatentQuery> patent(String number) {
		return this.neo4j.query(PATENT)
			.bindAll(Map.of("number", number))
			.fetchAs(PatentQuery.class)
			.mappedBy((types, row) -> new PatentQuery(row.get("number").asString(), row.get("text").asString(),
					row.get("cpc").asList(v -> v.asString())))
			.one();
	}

	/**
	 * Organization ids a party names: by id, normalized key or name.
	 */
	List<String> party(String party) {
		return List.copyOf(this.neo4j.query(PARTY)
			.bindAll(Map.of("party", party, "key", OrganizationNames.key(party)))
			.fetchAs(String.class)
			.all());
	}

	/**
	 * The organizations and their corporate groups: every organization below any
	 * organization above them (themselves included).
	 */
	List<String> groups(Collection<String> organizationIds) {
		return List.copyOf(this.neo4j.query(GROUP)
			.bindAll(Map.of("ids", List.copyOf(organizationIds)))
			.fetchAs(String.class)
			.all());
	}

	List<String> setConsent(Collection<String> personIds, boolean consent, String by) {
		return List.copyOf(this.neo4j.query(SET_CONSENT)
			.bindAll(Map.of("ids", List.copyOf(personIds), "consent", consent, "by", by))
			.fetchAs(String.class)
			.all());
	}

	/**
	 * The key for handles kept in the graph, made once.
	 */
	byte[] handleSecret() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		// a write (made on first use), also when a read of experts asks for it
		String value = GraphAccess.write(() -> this.neo4j.query(SECRET)
			.bindAll(Map.of("value", Base64.getEncoder().encodeToString(random)))
			.fetchAs(String.class)
			.one()
			.orElseThrow());
		return Base64.getDecoder().decode(value);
	}

}
