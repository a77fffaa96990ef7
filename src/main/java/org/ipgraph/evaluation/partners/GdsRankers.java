package org.ipgraph.evaluation.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.ipgraph.partners.PartnerGraph;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Graph Data Science rankers, for the evaluation to measure against the hand-written features:
 * FastRP embeddings of the organization-patent-person-technology graph (cosine of two
 * organizations' embeddings) and node similarity (Jaccard) of organizations over the CPC codes of
 * their patents. Both are computed in the database on the patents dated before the cut.
 */
final class GdsRankers {

	private static final String PROJECT_ALL = """
			CALL () {
			  MATCH (p:Patent) WHERE p.stub IS NULL
			    AND coalesce(p.priorityDate, p.filingDate, p.publicationDate, p.grantDate).year < $cut
			  MATCH (x)-[:OWNS|INVENTED]->(p) WHERE x:Organization OR x:Person
			  RETURN x AS source, p AS target
			  UNION
			  MATCH (p:Patent) WHERE p.stub IS NULL
			    AND coalesce(p.priorityDate, p.filingDate, p.publicationDate, p.grantDate).year < $cut
			  MATCH (p)-[:CLASSIFIED_AS]->(t:Technology)
			  RETURN p AS source, t AS target
			}
			RETURN gds.graph.project($name, source, target, {sourceNodeLabels: labels(source), targetNodeLabels: labels(target)},
			                         {undirectedRelationshipTypes: ['*']}).nodeCount AS nodes
			""";

	private static final String FAST_RP = """
			CALL gds.fastRP.stream($name, {embeddingDimension: 128, randomSeed: 42, iterationWeights: [0.0, 1.0, 1.0, 1.0]})
			YIELD nodeId, embedding
			WITH gds.util.asNode(nodeId) AS n, embedding WHERE n:Organization
			RETURN n.id AS id, embedding
			""";

	private static final String PROJECT_CODES = """
			MATCH (o:Organization)-[:OWNS]->(p:Patent)-[:CLASSIFIED_AS]->(t:Technology)
			WHERE p.stub IS NULL AND coalesce(p.priorityDate, p.filingDate, p.publicationDate, p.grantDate).year < $cut
			WITH o, t, count(p) AS patents
			RETURN gds.graph.project($name, o, t, {sourceNodeLabels: ['Organization'], targetNodeLabels: ['Technology']})
			       .nodeCount AS nodes
			""";

	private static final String NODE_SIMILARITY = """
			CALL gds.nodeSimilarity.stream($name, {topK: 500, similarityCutoff: 0.0})
			YIELD node1, node2, similarity
			RETURN gds.util.asNode(node1).id AS a, gds.util.asNode(node2).id AS b, similarity
			""";

	private static final String DROP = "CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName";

	private GdsRankers() {
	}

	/**
	 * Cosine of FastRP embeddings.
	 */
	static IntFunction<IntToDoubleFunction> fastRp(Neo4jClient neo4j, PartnerGraph graph, int cut) {
		String name = "partners-fastrp-" + cut;
		Map<String, Object> parameters = Map.of("name", name, "cut", cut);
		neo4j.query(DROP).bindAll(Map.of("name", name)).run();
		neo4j.query(PROJECT_ALL).bindAll(parameters).run();
		Map<Integer, double[]> embeddings = new HashMap<>();
		neo4j.query(FAST_RP).bindAll(Map.of("name", name)).fetchAs(Boolean.class).mappedBy((types, r) -> {
			int o = graph.organization(r.get("id").asString());
			if (o >= 0) {
				List<Double> values = r.get("embedding").asList(v -> v.asDouble());
				embeddings.put(o, normalized(values));
			}
			return true;
		}).all();
		neo4j.query(DROP).bindAll(Map.of("name", name)).run();
		return a -> {
			double[] ea = embeddings.get(a);
			return c -> {
				double[] ec = embeddings.get(c);
				if (ea == null || ec == null) {
					return 0;
				}
				double dot = 0;
				for (int i = 0; i < ea.length; i++) {
					dot += ea[i] * ec[i];
				}
				return dot;
			};
		};
	}

	/**
	 * Jaccard similarity of the organizations' CPC code sets (top 500 per organization).
	 */
	static IntFunction<IntToDoubleFunction> nodeSimilarity(Neo4jClient neo4j, PartnerGraph graph, int cut) {
		String name = "partners-nodesim-" + cut;
		neo4j.query(DROP).bindAll(Map.of("name", name)).run();
		neo4j.query(PROJECT_CODES).bindAll(Map.of("name", name, "cut", cut)).run();
		Map<Long, Double> similarity = new HashMap<>();
		neo4j.query(NODE_SIMILARITY).bindAll(Map.of("name", name)).fetchAs(Boolean.class).mappedBy((types, r) -> {
			int a = graph.organization(r.get("a").asString());
			int b = graph.organization(r.get("b").asString());
			if (a >= 0 && b >= 0) {
				similarity.put(((long) a << 32) | b, r.get("similarity").asDouble());
			}
			return true;
		}).all();
		neo4j.query(DROP).bindAll(Map.of("name", name)).run();
		return a -> c -> similarity.getOrDefault(((long) a << 32) | c, 0.0);
	}

	private static double[] normalized(List<Double> values) {
		double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
		double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
		if (norm > 0) {
			for (int i = 0; i < v.length; i++) {
				v[i] /= norm;
			}
		}
		return v;
	}

}
