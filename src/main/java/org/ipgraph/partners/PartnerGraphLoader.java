package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.graph.Schema;
import org.ipgraph.snapshot.GraphFingerprint;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the facts partner recommendations need from the graph into a
 * {@link PartnerGraph}: organizations, patents (in pages, by number) with owners,
 * inventors, CPC codes and citations, the corporate tree, declared partnerships and
 * licences, the interest to deal that market matches record ({@code WANTS_TO_DEAL}), and
 * affiliations known from text.
 */
@Component
public class PartnerGraphLoader {

	static final int PAGE = 10_000;

	/** Claims are long; their start says what the invention is. */
	static final int CLAIMS_CHARS = 3000;

	private static final String ORGANIZATIONS = """
			MATCH (o:Organization)
			RETURN o.id AS id, o.name AS name, o.kind AS kind, o.country AS country
			ORDER BY id
			""";

	private static final String PATENTS = """
			MATCH (p:Patent)
			WHERE p.number > $after AND p.stub IS NULL
			WITH p ORDER BY p.number LIMIT $limit
			""" + PatentColumns.RETURN;

	// the changed patents, read again by an increment
	private static final String PATENTS_BY_NUMBER = """
			MATCH (p:Patent)
			WHERE p.number IN $numbers AND p.stub IS NULL
			""" + PatentColumns.RETURN;

	// the patents citing changed ones: a cited patent that was a stub (or missing) is
	// now in their citations
	private static final String CITING = """
			MATCH (q:Patent)-[:CITES]->(p:Patent)
			WHERE p.number IN $numbers AND q.stub IS NULL
			RETURN DISTINCT q.number AS number
			""";

	private static final class PatentColumns {

		static final String RETURN = """
				RETURN p.number AS number,
				       coalesce(p.priorityDate, p.filingDate, p.publicationDate, p.grantDate).year AS year,
				       p.jurisdiction AS office, p.title AS title, p.abstract AS abstract, left(coalesce(p.claims, ''), $claimsChars) AS claims,
				       [(o:Organization)-[:OWNS]->(p) | o.id] AS owners,
				       [(x:Person)-[:INVENTED]->(p) | [x.id, x.nameKey]] AS inventors,
				       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS codes,
				       [(p)-[:CITES]->(q:Patent) WHERE q.stub IS NULL | q.number] AS cites,
				"""
				+ "NOT " + PatentStatus.inForce("p") + " AS ended";

	}

	private static final String SUBSIDIARIES = """
			MATCH (a:Organization)-[:SUBSIDIARY_OF]->(b:Organization)
			RETURN a.id AS child, b.id AS parent
			ORDER BY child, parent
			""";

	private static final String RELATIONS = """
			MATCH (a:Organization)-[r:PARTNERED_WITH|LICENSED_TO|WANTS_TO_DEAL]->(b:Organization)
			RETURN a.id AS a, b.id AS b, type(r) AS type, r.on.year AS year
			ORDER BY a, b, type, year
			""";

	// Affiliations from patents are derived from the patents themselves, dated as of any
	// moment
	private static final String AFFILIATIONS = """
			MATCH (x:Person)-[r:AFFILIATED_WITH]->(o:Organization)
			WHERE coalesce(r.source, '') <> 'patents' AND x.nameKey IS NOT NULL
			RETURN x.nameKey AS name, o.id AS org, r.from.year AS from, r.to.year AS to
			ORDER BY name, org
			""";

	/**
	 * Counts that change whenever anything the recommendations read is added or removed.
	 */
	static final GraphFingerprint FINGERPRINT = GraphFingerprint.builder()
		.nodes("patents", Schema.PATENT)
		.nodes("organizations", Schema.ORGANIZATION)
		.relationships("owns", Schema.OWNS)
		.relationships("invented", Schema.INVENTED)
		.relationships("cites", Schema.CITES)
		.relationships("classified", Schema.CLASSIFIED_AS)
		.relationships("subsidiaries", Schema.SUBSIDIARY_OF)
		.relationships("partnered", Schema.PARTNERED_WITH)
		.relationships("licensed", Schema.LICENSED_TO)
		.relationships("wantsToDeal", Schema.WANTS_TO_DEAL)
		.relationships("affiliated", Schema.AFFILIATED_WITH)
		.relationships("legalEvents", Schema.HAS_EVENT)
		.build();

	private final Neo4jClient neo4j;

	private final int termsPerPatent;

	@Autowired
	PartnerGraphLoader(Neo4jClient neo4j, PartnerProperties properties) {
		this(neo4j, properties.termsPerPatent());
	}

	private PartnerGraphLoader(Neo4jClient neo4j, int termsPerPatent) {
		this.neo4j = neo4j;
		this.termsPerPatent = termsPerPatent;
	}

	/**
	 * The same loader reading another database, e.g. an evaluation's scratch graph.
	 */
	public PartnerGraphLoader on(Neo4jClient other) {
		return new PartnerGraphLoader(other, this.termsPerPatent);
	}

	public PartnerGraph load() {
		return load(null);
	}

	/**
	 * The whole graph, its vectors made by a TF-IDF model fitted before (or fitted on it,
	 * when null): the whole build an increment's graph equals.
	 */
	PartnerGraph load(org.ipgraph.similarity.TfIdf kept) {
		PartnerGraph.Builder builder = PartnerGraph.builder()
			.termsPerPatent(this.termsPerPatent)
			.day(java.time.LocalDate.now())
			.tfidf(kept);
		organizations(builder);
		String after = "";
		while (true) {
			List<String> numbers = new ArrayList<>();
			this.neo4j.query(PATENTS)
				.bindAll(Map.of("after", after, "limit", PAGE, "claimsChars", CLAIMS_CHARS))
				.fetchAs(Boolean.class)
				.mappedBy((types, r) -> {
					numbers.add(r.get("number").asString());
					patent(builder, r);
					return true;
				})
				.all();
			if (numbers.size() < PAGE) {
				break;
			}
			after = numbers.get(numbers.size() - 1);
		}
		return relationsAndBuild(builder);
	}

	/**
	 * The graph as {@link #load(org.ipgraph.similarity.TfIdf)} would read it now with the
	 * previous graph's TF-IDF model, from the previous graph and the patents that changed
	 * since it was read: the changed patents and those citing them are read again and put
	 * in at their positions (new ones after the others, {@link PartnerGraph#patched}),
	 * every other patent keeps what the previous graph holds (its vector too: the model
	 * is kept), organizations, the corporate tree, declared relations and affiliations (a
	 * few rows per organization) are read whole. Null when it cannot be: the previous
	 * graph was read on another day (ended flags depend on the day).
	 * @param changedNumbers the numbers of the patents recorded in documents seen since
	 * the previous graph was read
	 * @param timings gets the patents read again ({@code readAgain}) and the seconds of
	 * each step: reading them ({@code readAgainSeconds}), the other facts
	 * ({@code relations}) and putting them in ({@code merge})
	 */
	PartnerGraph update(PartnerGraph previous, Collection<String> changedNumbers, Map<String, Double> timings) {
		return update(previous, changedNumbers, true, timings);
	}

	/**
	 * As {@link #update(PartnerGraph, Collection, Map)}; when {@code relations} is false
	 * (their counts did not change) the corporate tree, declared relations and
	 * affiliations are the previous graph's, not read again.
	 */
	PartnerGraph update(PartnerGraph previous, Collection<String> changedNumbers, boolean relations,
			Map<String, Double> timings) {
		long t0 = System.nanoTime();
		java.time.LocalDate today = java.time.LocalDate.now();
		if (!today.equals(previous.day)) {
			return null;
		}
		Set<String> numbers = new TreeSet<>(changedNumbers);
		this.neo4j.query(CITING)
			.bind(List.copyOf(changedNumbers))
			.to("numbers")
			.fetchAs(String.class)
			.mappedBy((types, r) -> r.get("number").asString())
			.all()
			.forEach(numbers::add);
		timings.put("readAgain", (double) numbers.size());
		PartnerGraph.Builder builder = PartnerGraph.builder().termsPerPatent(this.termsPerPatent).day(today);
		organizations(builder);
		// the patents read again, by number (a stub or deleted one is not among them)
		this.neo4j.query(PATENTS_BY_NUMBER)
			.bind(List.copyOf(numbers))
			.to("numbers")
			.bindAll(Map.of("claimsChars", CLAIMS_CHARS))
			.fetchAs(Boolean.class)
			.mappedBy((types, r) -> {
				patent(builder, r);
				return true;
			})
			.all();
		long t1 = System.nanoTime();
		timings.put("readAgainSeconds", (t1 - t0) / 1e9);
		if (relations) {
			relations(builder);
		}
		else {
			builder.keepRelations();
		}
		long t2 = System.nanoTime();
		timings.put("relations", (t2 - t1) / 1e9);
		PartnerGraph graph = PartnerGraph.patched(previous, builder);
		timings.put("merge", (System.nanoTime() - t2) / 1e9);
		return graph;
	}

	/**
	 * The patents that are not stubs, as {@link #load()} reads them.
	 */
	long patentCount() {
		return this.neo4j.query("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p) AS n")
			.fetchAs(Long.class)
			.mappedBy((types, r) -> r.get("n").asLong())
			.one()
			.orElse(0L);
	}

	private void organizations(PartnerGraph.Builder builder) {
		this.neo4j.query(ORGANIZATIONS).fetchAs(Boolean.class).mappedBy((types, r) -> {
			builder.organization(r.get("id").asString(), r.get("name").asString(null), r.get("kind").asString(null),
					r.get("country").asString(null));
			return true;
		}).all();
	}

	private PartnerGraph relationsAndBuild(PartnerGraph.Builder builder) {
		relations(builder);
		return builder.build();
	}

	private void relations(PartnerGraph.Builder builder) {
		this.neo4j.query(SUBSIDIARIES).fetchAs(Boolean.class).mappedBy((types, r) -> {
			builder.subsidiary(r.get("child").asString(), r.get("parent").asString());
			return true;
		}).all();
		this.neo4j.query(RELATIONS).fetchAs(Boolean.class).mappedBy((types, r) -> {
			builder.relation(r.get("a").asString(), r.get("b").asString(), year(r.get("year")),
					r.get("type").asString());
			return true;
		}).all();
		this.neo4j.query(AFFILIATIONS).fetchAs(Boolean.class).mappedBy((types, r) -> {
			int from = year(r.get("from"));
			int to = year(r.get("to"));
			builder.affiliation(r.get("name").asString(), r.get("org").asString(), from, Math.max(from, to));
			return true;
		}).all();
	}

	private static void patent(PartnerGraph.Builder builder, org.neo4j.driver.Record r) {
		String title = r.get("title").asString(null);
		StringBuilder text = new StringBuilder();
		for (String field : List.of("title", "abstract", "claims")) {
			String value = r.get(field).asString(null);
			if (value != null && !value.isBlank()) {
				text.append(value).append('\n');
			}
		}
		List<PartnerGraph.Inventor> inventors = r.get("inventors")
			.asList(v -> new PartnerGraph.Inventor(v.get(0).asString(), v.get(1).asString(null)));
		builder.patent(r.get("number").asString(), year(r.get("year")), r.get("office").asString(null), title,
				text.toString(), r.get("owners").asList(Value::asString), inventors,
				r.get("codes").asList(Value::asString), r.get("cites").asList(Value::asString));
		if (r.get("ended").asBoolean(false)) {
			builder.ended(r.get("number").asString());
		}
	}

	private static int year(Value value) {
		return value == null || value.isNull() ? PartnerGraph.UNDATED : value.asInt();
	}

}
