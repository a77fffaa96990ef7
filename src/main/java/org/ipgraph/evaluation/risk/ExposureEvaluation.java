package org.ipgraph.evaluation.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.ipgraph.demo.DemoTruth;
import org.ipgraph.evaluation.Metrics;
import org.neo4j.driver.Value;
import org.ipgraph.risk.OwnerProfiles;
import org.ipgraph.risk.OwnerProfile;
import org.ipgraph.risk.NpeScore;
import org.ipgraph.risk.NpeRiskScorer;
import org.ipgraph.risk.ExposureReport;
import org.ipgraph.risk.ExposureRanker;
import org.ipgraph.risk.ExposureQueries;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Does the exposure ranking surface the patents NPEs actually asserted against a company?
 * For each operating company the planted NPE suits name as defendant: rank every NPE-held
 * patent for it as of its first such suit (the patents' own assertion counts left out, so
 * the answer is not given away) and find the patents asserted against it. Beside the full
 * score: technology alone, and the owner weight alone (NPE score x litigiousness x life,
 * no technology).
 */
final class ExposureEvaluation {

	static final List<String> METHODS = List.of("exposure (technology x NPE x assertion x life)", "technology only",
			"owner weight only (no technology)");

	private static final String DEFENDANTS = """
			UNWIND $cases AS id
			MATCH (c:LitigationCase {id: id})<-[:DEFENDANT_IN]-(d:Organization)
			MATCH (p:Patent)-[:ASSERTED_IN]->(c)
			RETURN d.id AS defendant, min(c.filedOn) AS first, collect(DISTINCT p.number) AS asserted
			ORDER BY defendant
			""";

	private ExposureEvaluation() {
	}

	/**
	 * Reciprocal ranks and recalls at 10 of one ecosystem, per method, one entry per
	 * defendant.
	 */
	static Map<String, List<double[]>> evaluate(Neo4jClient client, DemoTruth truth, NpeRiskScorer scorer) {
		List<String> cases = truth.npeGroups().stream().flatMap(g -> g.plaintiffCases().stream()).toList();
		Set<String> npes = truth.npeOrganizations();
		ExposureQueries queries = new ExposureQueries(client);
		OwnerProfiles profiles = new OwnerProfiles(client);
		Map<String, ExposureReport.NpeOwner> owners = new LinkedHashMap<>();
		for (OwnerProfile profile : profiles.profiles(queries.candidateOwners(List.of(), 10_000))) {
			NpeScore score = scorer.score(profile.facts());
			if (score.npe()) {
				owners.put(profile.organization().id(), new ExposureReport.NpeOwner(profile.organization(),
						score.probability(), score.method(), profile.facts().plaintiffSuits()));
			}
		}
		Map<String, List<double[]>> results = new LinkedHashMap<>();
		METHODS.forEach(m -> results.put(m, new ArrayList<>()));
		List<org.neo4j.driver.Record> defendants = client.query(DEFENDANTS)
			.bindAll(Map.of("cases", cases))
			.fetchAs(org.neo4j.driver.Record.class)
			.mappedBy((t, r) -> r)
			.all()
			.stream()
			.toList();
		for (org.neo4j.driver.Record d : defendants) {
			String id = d.get("defendant").asString();
			if (npes.contains(id)) {
				continue;
			}
			LocalDate asOf = d.get("first").asLocalDate();
			Set<String> asserted = new HashSet<>(d.get("asserted").asList(Value::asString));
			List<String> group = queries.group(id);
			List<ExposureRanker.PatentText> own = queries.ownPatents(group, 2000);
			// every held patent: one that has ended today may have been in force on the
			// suit's
			// date, which the ranker judges
			List<ExposureRanker.Candidate> candidates = queries
				.heldPatents(List.copyOf(owners.keySet()), own.stream().map(ExposureRanker.PatentText::number).toList(),
						true)
				.stream()
				.map(h -> new ExposureRanker.Candidate(h.patent(), h.owner(), null, owners.get(h.owner()).npeScore(),
						owners.get(h.owner()).plaintiffSuits(), 0, h.legal()))
				.toList();
			List<ExposureRanker.Ranked> ranked = ExposureRanker.rank(own, List.of(), candidates, asOf);
			add(results.get(METHODS.get(0)), ranked, ExposureRanker.Ranked::score, asserted);
			add(results.get(METHODS.get(1)), ranked, r -> r.components().get("technology"), asserted);
			add(results.get(METHODS.get(2)), ranked,
					r -> r.components().get("npe") * r.components().get("assertion") * r.components().get("life"),
					asserted);
		}
		return results;
	}

	private static void add(List<double[]> out, List<ExposureRanker.Ranked> ranked,
			ToDoubleFunction<ExposureRanker.Ranked> key, Set<String> relevant) {
		List<String> order = ranked.stream()
			.sorted(Comparator.comparingDouble(key).reversed().thenComparing(r -> r.candidate().patent().number()))
			.map(r -> r.candidate().patent().number())
			.distinct()
			.toList();
		out.add(new double[] { Metrics.reciprocalRank(order, relevant), Metrics.recallAt(10, order, relevant),
				order.size() });
	}

}
