package org.ipgraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Who among the people an answer names has not consented to publication, so that the
 * answer can withhold them from a caller who may not see hidden people. A person without
 * {@code consent: true} is hidden. Answers withhold a hidden person's name
 * ({@link Redaction#WITHHELD}) and their key (which spells their name), and
 * {@link #key(String, Set)} gives the key to show instead.
 */
@Service
public class HiddenPersons {

	/** The key shown for a withheld person. */
	public static final String WITHHELD_KEY = "person:withheld";

	private static final String HIDDEN = """
			MATCH (p:Person) WHERE p.id IN $ids AND NOT coalesce(p.consent, false)
			RETURN p.id AS id
			""";

	private static final String IN_DOCUMENTS = """
			UNWIND $documents AS document
			MATCH (d:Document {id: document})
			CALL (d) {
			  MATCH (p:Person)-[:MENTIONED_IN]->(d) RETURN p
			  UNION
			  MATCH (p:Person)<-[:SUBJECT|OBJECT]-(:Evidence)-[:IN_DOCUMENT]->(d) RETURN p
			}
			WITH document, p WHERE NOT coalesce(p.consent, false) AND p.name IS NOT NULL
			RETURN document, collect(DISTINCT p.name) AS names
			""";

	private final Neo4jClient neo4j;

	HiddenPersons(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The ones among these Person keys that are hidden (other keys are ignored).
	 */
	public Set<String> hidden(Collection<String> personIds) {
		List<String> ids = personIds.stream().filter(id -> id != null && id.startsWith("person:")).distinct().toList();
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.neo4j.query(HIDDEN)
			.bindAll(Map.of("ids", ids))
			.fetchAs(String.class)
			.all()
			.stream()
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Per document, the names of the hidden people it mentions or states facts about.
	 */
	public Map<String, List<String>> namesIn(Collection<String> documentIds) {
		List<String> ids = documentIds.stream().filter(id -> id != null).distinct().toList();
		Map<String, List<String>> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.neo4j.query(IN_DOCUMENTS)
			.bindAll(Map.of("documents", ids))
			.fetch()
			.all()
			.forEach(row -> names.put((String) row.get("document"),
					((List<?>) row.get("names")).stream().map(String::valueOf).toList()));
		return names;
	}

	/**
	 * The key to show: {@link #WITHHELD_KEY} for a hidden person, the key itself
	 * otherwise.
	 */
	public static String key(String key, Set<String> hidden) {
		return key != null && hidden.contains(key) ? WITHHELD_KEY : key;
	}

}
