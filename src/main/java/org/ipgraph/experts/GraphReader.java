package org.ipgraph.experts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.graph.Redaction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads what expert profiles are built from, in pages of short read transactions ordered
 * by key (the key indexes give the order), so that a large graph streams without one long
 * transaction.
 */
public final class GraphReader {

	static final int PAGE = 5000;

	// who the profiles read: inventors, experts, people with stated expertise or mentions
	private static final String READ = """
			(x.inventor = true OR x.expert = true OR EXISTS { (x)-[:EXPERT_IN|MENTIONED_IN]->() })
			""";

	private static final String PERSON_ROW = """
			RETURN x.id AS id, x.firstName AS first, x.lastName AS last, x.name AS name,
			       coalesce(x.inventor, false) AS inventor, coalesce(x.expert, false) AS expert,
			       [(x)-[a:AFFILIATED_WITH]->(o:Organization) | {id: o.id, name: coalesce(o.name, o.id), role: a.role,
			          source: a.source, from: a.from, to: a.to}] AS affiliations,
			       [(x)-[e:EXPERT_IN]->(t:Technology) | {symbol: t.symbol, score: coalesce(e.score, 0.5)}] AS expertise
			""";

	private static final String PERSONS = "MATCH (x:Person) WHERE x.id > $after AND " + READ + PERSON_ROW + """
			ORDER BY x.id LIMIT $limit
			""";

	private static final String SCOPED_PERSONS = "UNWIND $ids AS id MATCH (x:Person {id: id}) WHERE " + READ
			+ PERSON_ROW;

	private static final String PATENT_ROW = """
			RETURN p.number AS key, p.title AS title, p.abstract AS abstract,
			       coalesce(p.filingDate, p.priorityDate, p.publicationDate, p.grantDate) AS date,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS cpc,
			       [(o:Organization)-[w:OWNS]->(p) | {id: o.id, sequence: coalesce(w.sequence, 99)}] AS owners,
			       [(x:Person)-[i:INVENTED]->(p) | {id: x.id, sequence: i.sequence, city: i.city, country: i.country}]
			         AS inventors
			""";

	private static final String PATENTS = """
			MATCH (p:Patent) WHERE p.number > $after AND EXISTS { (p)<-[:INVENTED]-(:Person) }
			""" + PATENT_ROW + """
			ORDER BY p.number LIMIT $limit
			""";

	// the same rows of some patents (an increment's)
	private static final String SCOPED_PATENTS = """
			UNWIND $numbers AS number
			MATCH (p:Patent {number: number}) WHERE EXISTS { (p)<-[:INVENTED]-(:Person) }
			""" + PATENT_ROW;

	private static final String SCOPED_ENDED = """
			UNWIND $numbers AS number
			MATCH (p:Patent {number: number}) WHERE EXISTS { (p)<-[:INVENTED]-(:Person) } AND NOT """
			+ PatentStatus.inForce("p") + """
					RETURN p.number AS number
					""";

	private static final String INVENTED = """
			UNWIND $ids AS id
			MATCH (:Person {id: id})-[:INVENTED]->(p:Patent)
			RETURN DISTINCT p.number AS number
			""";

	private static final String ENDED = """
			MATCH (p:Patent) WHERE EXISTS { (p)<-[:INVENTED]-(:Person) } AND NOT """ + PatentStatus.inForce("p") + """
			RETURN p.number AS number
			""";

	private static final String DOCUMENTS = """
			MATCH (d:Document) WHERE d.id > $after AND EXISTS { (:Person)-[:MENTIONED_IN]->(d) }
			RETURN d.id AS key, d.title AS title, d.text AS text, d.publishedOn AS date,
			       [(x:Person)-[m:MENTIONED_IN]->(d) | {id: x.id, name: x.name, sentence: m.sentence}] AS persons,
			       [(o:Organization)-[:MENTIONED_IN]->(d) | o.id] AS organizations
			ORDER BY d.id LIMIT $limit
			""";

	/**
	 * A person node.
	 */
	public record PersonRow(String id, NameForm name, String display, boolean inventor, boolean expert,
			List<Affiliation> affiliations, Map<String, Double> expertise) {
	}

	/**
	 * An inventor as listed on one patent.
	 */
	public record Inventor(String person, Integer sequence, String city, String country) {
	}

	/**
	 * A patent or a document: its text, date, classes, first owner and the people it
	 * names.
	 */
	public record ItemRow(String key, String text, int year, List<String> cpc, String owner, List<Inventor> people) {
	}

	private final Driver driver;

	public GraphReader(Driver driver) {
		this.driver = driver;
	}

	public Map<String, PersonRow> persons() {
		Map<String, PersonRow> persons = new LinkedHashMap<>();
		pages(PERSONS, r -> {
			PersonRow row = person(r);
			persons.put(row.id(), row);
			return row.id();
		});
		return persons;
	}

	/**
	 * The rows {@link #persons()} reads, of these Person ids only (those it would not
	 * read are left out).
	 */
	Map<String, PersonRow> persons(java.util.Collection<String> ids) {
		Map<String, PersonRow> persons = new LinkedHashMap<>();
		scoped(SCOPED_PERSONS, "ids", ids, r -> {
			PersonRow row = person(r);
			persons.put(row.id(), row);
		});
		return persons;
	}

	private static PersonRow person(Record r) {
		String id = r.get("id").asString();
		String first = r.get("first").asString(null);
		String last = r.get("last").asString(null);
		String display = r.get("name").asString(id);
		org.ipgraph.graph.PersonName parsed = first == null && last == null
				? org.ipgraph.graph.PersonName.parse(display) : new org.ipgraph.graph.PersonName(first, last);
		List<Affiliation> affiliations = r.get("affiliations")
			.asList(a -> new Affiliation(a.get("id").asString(), a.get("name").asString(), a.get("role").asString(null),
					a.get("source").asString(null), date(a.get("from")), date(a.get("to"))));
		Map<String, Double> expertise = new HashMap<>();
		r.get("expertise")
			.asList(e -> e)
			.forEach(e -> expertise.merge(e.get("symbol").asString(), e.get("score").asDouble(), Math::max));
		return new PersonRow(id, NameForm.of(parsed.first(), parsed.last()), display, r.get("inventor").asBoolean(),
				r.get("expert").asBoolean(), affiliations, expertise);
	}

	public void patents(Consumer<ItemRow> rows) {
		pages(PATENTS, r -> {
			ItemRow row = patent(r);
			rows.accept(row);
			return row.key();
		});
	}

	/**
	 * The rows {@link #patents} reads, of these patent numbers only, in their order.
	 */
	List<ItemRow> patents(java.util.Collection<String> numbers) {
		List<ItemRow> rows = new ArrayList<>();
		scoped(SCOPED_PATENTS, "numbers", numbers, r -> rows.add(patent(r)));
		rows.sort((a, b) -> a.key().compareTo(b.key()));
		return rows;
	}

	private static ItemRow patent(Record r) {
		String key = r.get("key").asString();
		String text = join(r.get("title").asString(null), r.get("abstract").asString(null));
		List<String> cpc = r.get("cpc")
			.asList(v -> subclass(v.asString()))
			.stream()
			.filter(c -> c != null)
			.distinct()
			.sorted()
			.toList();
		String owner = r.get("owners")
			.asList(o -> o)
			.stream()
			.min((a, b) -> a.get("sequence").asInt() != b.get("sequence").asInt()
					? Integer.compare(a.get("sequence").asInt(), b.get("sequence").asInt())
					: a.get("id").asString().compareTo(b.get("id").asString()))
			.map(o -> o.get("id").asString())
			.orElse(null);
		List<Inventor> inventors = new ArrayList<>(r.get("inventors")
			.asList(i -> new Inventor(i.get("id").asString(),
					i.get("sequence").isNull() ? null : i.get("sequence").asInt(), i.get("city").asString(null),
					i.get("country").asString(null))));
		inventors.sort((a, b) -> a.person().compareTo(b.person()));
		return new ItemRow(key, text, year(r.get("date")), cpc, owner, List.copyOf(inventors));
	}

	/**
	 * The numbers of inventors' patents that have ended (expired, lapsed, withdrawn).
	 */
	Set<String> endedPatents() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				Set<String> numbers = new HashSet<>();
				tx.run(ENDED).forEachRemaining(r -> numbers.add(r.get("number").asString()));
				return numbers;
			});
		}
	}

	/**
	 * The numbers of the patents these Person nodes invented.
	 */
	Set<String> invented(java.util.Collection<String> ids) {
		Set<String> numbers = new java.util.TreeSet<>();
		scoped(INVENTED, "ids", ids, r -> numbers.add(r.get("number").asString()));
		return numbers;
	}

	/**
	 * Of these patent numbers, those {@link #endedPatents()} names.
	 */
	Set<String> endedPatents(java.util.Collection<String> numbers) {
		Set<String> ended = new HashSet<>();
		scoped(SCOPED_ENDED, "numbers", numbers, r -> ended.add(r.get("number").asString()));
		return ended;
	}

	// a scoped query per 1,000 keys
	private void scoped(String query, String name, java.util.Collection<String> keys, Consumer<Record> consumer) {
		List<String> list = List.copyOf(new java.util.TreeSet<>(keys));
		for (int from = 0; from < list.size(); from += 1000) {
			Map<String, Object> parameters = Map.of(name, list.subList(from, Math.min(list.size(), from + 1000)));
			List<Record> page;
			try (var session = this.driver.session()) {
				page = session.executeRead(tx -> tx.run(query, parameters).list());
			}
			page.forEach(consumer);
		}
	}

	/**
	 * Documents that mention people. The text is the document's, or else the sentences of
	 * the mentions; the names of the people mentioned are taken out of it (see
	 * {@link Redaction}).
	 */
	void documents(Consumer<ItemRow> rows) {
		pages(DOCUMENTS, r -> {
			String key = r.get("key").asString();
			List<String> names = new ArrayList<>();
			List<String> sentences = new ArrayList<>();
			List<Inventor> people = new ArrayList<>();
			for (Value p : r.get("persons").asList(v -> v)) {
				names.add(p.get("name").asString(""));
				sentences.add(p.get("sentence").asString(""));
				people.add(new Inventor(p.get("id").asString(), null, null, null));
			}
			String text = r.get("text").isNull() ? String.join(" ", sentences) : r.get("text").asString();
			text = Redaction.withhold(join(r.get("title").asString(null), text), names);
			List<String> organizations = r.get("organizations").asList(Value::asString);
			people.sort((a, b) -> a.person().compareTo(b.person()));
			rows.accept(new ItemRow(key, text, year(r.get("date")), List.of(),
					organizations.stream().sorted().findFirst().orElse(null), List.copyOf(people)));
			return key;
		});
	}

	/**
	 * Runs a paged query; the mapper returns each row's key, the last of which starts the
	 * next page.
	 */
	private void pages(String query, java.util.function.Function<Record, String> mapper) {
		String after = "";
		while (true) {
			Map<String, Object> parameters = Map.of("after", after, "limit", PAGE);
			List<Record> page;
			try (var session = this.driver.session()) {
				page = session.executeRead(tx -> tx.run(query, parameters).list());
			}
			for (Record record : page) {
				after = mapper.apply(record);
			}
			if (page.size() < PAGE) {
				return;
			}
		}
	}

	static String subclass(String symbol) {
		return symbol != null && symbol.length() >= 4 ? symbol.substring(0, 4) : null;
	}

	private static String join(String title, String text) {
		return (title == null ? "" : title) + (text == null ? "" : "\n" + text);
	}

	private static LocalDate date(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return value.asLocalDate();
		}
		catch (RuntimeException ex) {
			return value.asZonedDateTime().toLocalDate();
		}
	}

	private static int year(Value value) {
		LocalDate date = date(value);
		return date == null ? 0 : date.getYear();
	}

}
