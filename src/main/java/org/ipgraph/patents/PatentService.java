package org.ipgraph.patents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.Redaction;
import org.ipgraph.security.Callers;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads one patent with everything around it. Owners and inventors who did not consent to
 * publication are named {@link Redaction#WITHHELD} to callers who may not see hidden
 * people.
 */
@Service
public class PatentService {

	private static final String PATENT = """
			MATCH (p:Patent {number: $number})
			OPTIONAL MATCH (p)<-[o:OWNS]-(owner)
			WITH p, collect({id: CASE WHEN owner:Organization THEN owner.id END, name: owner.name,
			                 person: CASE WHEN owner:Person THEN owner.id END,
			                 from: o.from, to: o.to, sequence: o.sequence}) AS owners
			OPTIONAL MATCH (p)<-[i:INVENTED]-(inventor:Person)
			WITH p, owners, inventor, i ORDER BY i.sequence
			WITH p, owners, collect({name: coalesce(i.rawName, inventor.name), person: inventor.id}) AS inventors
			OPTIONAL MATCH (p)-[c:CLASSIFIED_AS]->(t:Technology)
			WITH p, owners, inventors, t, c ORDER BY c.first DESC, t.symbol
			WITH p, owners, inventors, collect({symbol: t.symbol, title: t.title, main: c.first}) AS classes
			RETURN p, owners, inventors, classes,
			       [(p)-[:CITES]->(q) | q.number] AS cites,
			       COUNT { (p)<-[:CITES]-() } AS citedBy,
			       [(p)-[:DECLARED_ESSENTIAL_TO]->(s) | s.id] AS standards,
			       [(p)-[r:RECORDED_IN]->(d) | {document: d.id, name: d.name, record: r.record}] AS sources,
			       COLLECT { MATCH (p)-[:HAS_EVENT]->(e:LegalEvent) RETURN e ORDER BY e.on, e.id } AS events
			""";

	private static final String STATUS_REPORT = """
			MATCH (p:Patent) WHERE p.stub IS NULL
			RETURN count(p) AS patents,
			       count(CASE WHEN p.type <> 'application' THEN 1 END) AS granted,
			       count(CASE WHEN p.type <> 'application' AND p.expiry IS NOT NULL THEN 1 END) AS withExpiry,
			       count(CASE WHEN p.status = 'in_force' THEN 1 END) AS inForce,
			       count(CASE WHEN p.status = 'expired' THEN 1 END) AS expired,
			       count(CASE WHEN p.status = 'lapsed' THEN 1 END) AS lapsed,
			       count(CASE WHEN p.status = 'withdrawn' THEN 1 END) AS withdrawn,
			       count(CASE WHEN p.status = 'pending' THEN 1 END) AS pending,
			       count(CASE WHEN p.status IS NULL THEN 1 END) AS unknown
			""";

	// the property is a schema name from this class, never user input
	private static final String BY_SOURCE = """
			MATCH (p:Patent) WHERE p.stub IS NULL AND p.%1$s IS NOT NULL
			RETURN p.%1$s AS key, count(*) AS n ORDER BY n DESC, key
			""";

	private final Neo4jClient neo4j;

	private final HiddenPersons persons;

	PatentService(Neo4jClient neo4j, HiddenPersons persons) {
		this.neo4j = neo4j;
		this.persons = persons;
	}

	/**
	 * @param number any common spelling (US 7,654,321 B2, US-7654321-B2, 7654321 for US)
	 */
	public Optional<PatentDetails> find(String number) {
		String key = PatentNumber.parse(number, "US")
			.map(PatentNumber::key)
			.orElseThrow(() -> new IllegalArgumentException("'" + number + "' is not a patent number"));
		boolean seesHidden = Callers.seesHiddenPersons();
		return this.neo4j.query(PATENT)
			.bindAll(Map.of("number", key))
			.fetchAs(PatentDetails.class)
			.mappedBy((types, row) -> details(row.get("p"), row, seesHidden ? Set.of() : hidden(row)))
			.one();
	}

	/**
	 * Counts patents by legal status and by where their status and expiry come from.
	 */
	public LegalStatusReport statusReport() {
		Map<String, Object> c = this.neo4j.query(STATUS_REPORT).fetch().one().orElseThrow();
		return new LegalStatusReport(n(c, "patents"), n(c, "granted"), n(c, "withExpiry"), n(c, "inForce"),
				n(c, "expired"), n(c, "lapsed"), n(c, "withdrawn"), n(c, "pending"), n(c, "unknown"),
				bySource("expirySource"), bySource("statusSource"));
	}

	private Map<String, Long> bySource(String property) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		this.neo4j.query(BY_SOURCE.formatted(property))
			.fetch()
			.all()
			.forEach(r -> counts.put((String) r.get("key"), (Long) r.get("n")));
		return counts;
	}

	private static long n(Map<String, Object> row, String key) {
		return ((Number) row.get(key)).longValue();
	}

	// the people among owners and inventors who did not consent to publication
	private Set<String> hidden(org.neo4j.driver.Record row) {
		List<String> people = new ArrayList<>();
		row.get("owners").asList(o -> o.get("person").asString(null)).forEach(people::add);
		row.get("inventors").asList(i -> i.get("person").asString(null)).forEach(people::add);
		return this.persons.hidden(people);
	}

	private static PatentDetails details(Value p, org.neo4j.driver.Record row, Set<String> hidden) {
		List<PatentDetails.Owner> owners = row.get("owners")
			.asList(o -> new PatentDetails.Owner(o.get("id").asString(null),
					hidden.contains(o.get("person").asString("")) ? Redaction.WITHHELD : o.get("name").asString(null),
					date(o.get("from")), date(o.get("to"))))
			.stream()
			.filter(o -> o.name() != null)
			.toList();
		List<String> inventors = row.get("inventors")
			.asList(i -> hidden.contains(i.get("person").asString("")) ? Redaction.WITHHELD
					: i.get("name").asString(null))
			.stream()
			.filter(name -> name != null)
			.toList();
		List<PatentDetails.Classification> classes = row.get("classes")
			.asList(c -> new PatentDetails.Classification(c.get("symbol").asString(null), c.get("title").asString(null),
					c.get("main").asBoolean(false)))
			.stream()
			.filter(c -> c.symbol() != null)
			.toList();
		List<PatentDetails.Source> sources = row.get("sources")
			.asList(s -> new PatentDetails.Source(s.get("document").asString(), s.get("name").asString(null),
					s.get("record").asString(null)));
		return new PatentDetails(p.get("number").asString(), p.get("jurisdiction").asString(null),
				p.get("kind").asString(null), p.get("title").asString(null), p.get("abstract").asString(null),
				date(p.get("filingDate")), date(p.get("publicationDate")), date(p.get("grantDate")),
				date(p.get("priorityDate")), p.get("familyId").asString(null), p.get("stub").asBoolean(false),
				p.get("synthetic").asBoolean(false), owners, inventors, classes,
				row.get("cites").asList(Value::asString), row.get("citedBy").asLong(),
				row.get("standards").asList(Value::asString), sources, legal(p),
				row.get("events")
					.asList(e -> new PatentDetails.Event(e.get("type").asString(null), date(e.get("on")),
							e.get("code").asString(null), e.get("description").asString(null),
							e.get("source").asString(null), e.get("documentId").asString(null),
							e.get("record").asString(null))));
	}

	private static PatentDetails.Legal legal(Value p) {
		String status = p.get("status").asString(null);
		String source = p.get("statusSource").asString(null);
		Boolean inForce = p.get("inForce").isNull() ? null : p.get("inForce").asBoolean();
		LocalDate expiry = date(p.get("expiry"));
		// the term may have ended since the status was derived (status-report refreshes
		// it)
		if ("in_force".equals(status) && expiry != null && expiry.isBefore(LocalDate.now())) {
			status = "expired";
			source = "expiry";
			inForce = false;
		}
		return new PatentDetails.Legal(status, source, inForce, expiry, p.get("expirySource").asString(null),
				p.get("expiryBasis").asString(null),
				p.get("termAdjustmentDays").isNull() ? null : p.get("termAdjustmentDays").asInt(),
				p.get("terminalDisclaimer").isNull() ? null : p.get("terminalDisclaimer").asBoolean(),
				p.get("legalStatusRaw").asString(null));
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

}
