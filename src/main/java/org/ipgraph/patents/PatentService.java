package org.ipgraph.patents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.graph.PatentNumber;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads one patent with everything around it.
 */
@Service
public class PatentService {

	private static final String PATENT = """
			MATCH (p:Patent {number: $number})
			OPTIONAL MATCH (p)<-[o:OWNS]-(owner)
			WITH p, collect({id: CASE WHEN owner:Organization THEN owner.id END, name: owner.name,
			                 from: o.from, to: o.to, sequence: o.sequence}) AS owners
			OPTIONAL MATCH (p)<-[i:INVENTED]-(inventor:Person)
			WITH p, owners, inventor, i ORDER BY i.sequence
			WITH p, owners, collect(coalesce(i.rawName, inventor.name)) AS inventors
			OPTIONAL MATCH (p)-[c:CLASSIFIED_AS]->(t:Technology)
			WITH p, owners, inventors, t, c ORDER BY c.first DESC, t.symbol
			WITH p, owners, inventors, collect({symbol: t.symbol, title: t.title, main: c.first}) AS classes
			RETURN p, owners, inventors, classes,
			       [(p)-[:CITES]->(q) | q.number] AS cites,
			       COUNT { (p)<-[:CITES]-() } AS citedBy,
			       [(p)-[:DECLARED_ESSENTIAL_TO]->(s) | s.id] AS standards,
			       [(p)-[r:RECORDED_IN]->(d) | {document: d.id, name: d.name, record: r.record}] AS sources
			""";

	private final Neo4jClient neo4j;

	PatentService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param number any common spelling (US 7,654,321 B2, US-7654321-B2, 7654321 for US)
	 */
	public Optional<PatentDetails> find(String number) {
		String key = PatentNumber.parse(number, "US")
			.map(PatentNumber::key)
			.orElseThrow(() -> new IllegalArgumentException("'" + number + "' is not a patent number"));
		return this.neo4j.query(PATENT)
			.bindAll(Map.of("number", key))
			.fetchAs(PatentDetails.class)
			.mappedBy((types, row) -> details(row.get("p"), row))
			.one();
	}

	private static PatentDetails details(Value p, org.neo4j.driver.Record row) {
		List<PatentDetails.Owner> owners = row.get("owners")
			.asList(o -> new PatentDetails.Owner(o.get("id").asString(null), o.get("name").asString(null),
					date(o.get("from")), date(o.get("to"))))
			.stream()
			.filter(o -> o.name() != null)
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
				p.get("synthetic").asBoolean(false), owners, row.get("inventors").asList(Value::asString), classes,
				row.get("cites").asList(Value::asString), row.get("citedBy").asLong(),
				row.get("standards").asList(Value::asString), sources);
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

}
