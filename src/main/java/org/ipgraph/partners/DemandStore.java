package org.ipgraph.partners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Stores demands as {@code Demand} nodes keyed by the hash of their normalized text, with
 * {@code TARGETS} to the technologies they matched. Storing the same text again changes
 * nothing.
 */
@Component
class DemandStore {

	private static final String SAVE = """
			MERGE (d:Demand {id: $id})
			ON CREATE SET d.text = $text, d.createdAt = date(), d.createdBy = $user, d.region = $region,
			              d.source = 'partners'
			WITH d
			UNWIND $targets AS target
			MATCH (t:Technology {symbol: target.symbol})
			MERGE (d)-[r:TARGETS]->(t)
			ON CREATE SET r.source = 'partners', r.weight = target.weight
			""";

	private final Neo4jClient neo4j;

	DemandStore(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The key of a demand text: whitespace collapsed, case ignored.
	 */
	static String id(String text) {
		String normalized = normalize(text).toLowerCase(Locale.ROOT);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return "demand:sha256:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String normalize(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	void save(String id, String text, String region, String user,
			List<DemandRecommendations.TechnologyMatch> technologies) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("text", normalize(text));
		parameters.put("region", region);
		parameters.put("user", user);
		parameters.put("targets",
				technologies.stream().map(t -> Map.of("symbol", t.symbol(), "weight", t.weight())).toList());
		this.neo4j.query(SAVE).bindAll(parameters).run();
	}

}
