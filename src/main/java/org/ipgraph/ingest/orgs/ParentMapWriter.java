package org.ipgraph.ingest.orgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Links organizations of the graph by the parent maps: {@code (child)-[:SUBSIDIARY_OF
 * {relation, source}]->(parent)} where both names match an organization's compact name
 * (for a prefix rule, every organization whose compact name starts with it). Nothing is
 * created for names the graph does not hold, as the maps give no display name; ingest the
 * maps after the patent sources, and again after new ones. How many rows matched is
 * logged per batch.
 * <p>
 * The maps name the firm under which the Compustat match counts a name's patents, often
 * the firm's patent-holding company ({@code CISCO} under {@code CISCOTECH}). When the
 * parent's compact name starts with the child's, the child is the firm's own shorter
 * name, and the link is an {@code alias}, not a subsidiary.
 * <p>
 * The reviewed substring matches also count each name's US patents: an organization so
 * named gets the largest count as {@code matchedPatents}, with the map and name it comes
 * from as {@code matchedPatentsSource} (evidence of size beyond the graph's own patents).
 */
@Component
class ParentMapWriter implements RecordWriter<ParentMapping> {

	private static final Log logger = LogFactory.getLog(ParentMapWriter.class);

	static final String PREFIX_SOURCE = "lowPat_vacuumNames";

	private static final String LINKS = """
			UNWIND $rows AS row
			MATCH (c:Organization {id: row.child})
			MATCH (p:Organization {id: row.parent})
			MERGE (c)-[r:SUBSIDIARY_OF]->(p)
			ON CREATE SET r.relation = row.relation, r.source = row.source
			""";

	// a link a name-prefix rule guessed gives way to one a map names exactly, whatever
	// the order
	private static final String EXACT_OVER_PREFIX = """
			UNWIND $rows AS row
			WITH row WHERE NOT row.prefix
			MATCH (:Organization {id: row.child})-[r:SUBSIDIARY_OF {source: $prefixSource}]->
			      (:Organization {id: row.parent})
			SET r.relation = row.relation, r.source = row.source
			""";

	// the US patents the match counts under an organization's clean name: evidence of
	// its size the patent samples cannot give (the largest count wins, so re-reading or
	// reordering the maps changes nothing)
	private static final String MATCHED_PATENTS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			WITH o, row WHERE o.matchedPatents IS NULL OR o.matchedPatents < row.patents
			SET o.matchedPatents = row.patents, o.matchedPatentsSource = row.source
			""";

	private final Driver driver;

	ParentMapWriter(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void write(List<ParentMapping> batch, WriteContext context) {
		CompactIndex index = CompactIndex.load(this.driver, context);
		Map<String, Map<String, Object>> links = new LinkedHashMap<>();
		Map<String, Map<String, Object>> counts = new LinkedHashMap<>();
		int withChild = 0;
		int withParent = 0;
		int linked = 0;
		for (ParentMapping mapping : batch) {
			List<String> parents = index.named(mapping.parent());
			List<String> children = mapping.prefix() ? index.prefixed(mapping.child()) : index.named(mapping.child());
			count(counts, parents, mapping.parentPatents(), mapping.parent(), mapping.source());
			count(counts, mapping.prefix() ? List.of() : children, mapping.childPatents(), mapping.child(),
					mapping.source());
			children = children.stream().filter(c -> !parents.contains(c)).toList();
			withChild += children.isEmpty() ? 0 : 1;
			withParent += parents.isEmpty() ? 0 : 1;
			linked += children.isEmpty() || parents.isEmpty() ? 0 : 1;
			for (String child : children) {
				String childName = index.compactOf(child);
				String relation = mapping.relation().equals("subsidiary") && mapping.parent().startsWith(childName)
						? "alias" : mapping.relation();
				for (String parent : parents) {
					links.putIfAbsent(child + "\u0000" + parent, Map.of("child", child, "parent", parent, "relation",
							relation, "source", mapping.source(), "prefix", mapping.prefix()));
				}
			}
		}
		if (!links.isEmpty()) {
			List<Map<String, Object>> rows = new ArrayList<>(links.values());
			context.run(LINKS, Map.of("rows", rows));
			context.run(EXACT_OVER_PREFIX, Map.of("rows", rows, "prefixSource", PREFIX_SOURCE));
		}
		if (!counts.isEmpty()) {
			context.run(MATCHED_PATENTS, Map.of("rows", new ArrayList<>(counts.values())));
		}
		logger.info("Parent maps: " + batch.size() + " rows, " + withChild + " with the child in the graph, "
				+ withParent + " with the parent, " + linked + " linked (" + links.size() + " links), " + counts.size()
				+ " patent counts");
	}

	private static void count(Map<String, Map<String, Object>> counts, List<String> ids, Double patents,
			String cleanName, String source) {
		if (patents == null) {
			return;
		}
		for (String id : ids) {
			Map<String, Object> known = counts.get(id);
			if (known == null || (double) known.get("patents") < patents) {
				counts.put(id, Map.of("id", id, "patents", patents, "source", source + " (" + cleanName + ")"));
			}
		}
	}

}
