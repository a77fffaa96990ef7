package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ipgraph.graph.PatentStatus;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The graph reads behind an exposure report.
 */
public final class ExposureQueries {

	private static final String PATENT_FIELDS = """
			RETURN p.number AS number, p.title AS title,
			       coalesce(p.title, '') + ' ' + coalesce(p.abstract, '') AS text,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS cpc,
			       coalesce(p.filingDate, p.priorityDate) AS filed
			""";

	private static final String GROUP = """
			MATCH (o:Organization {id: $id})
			OPTIONAL MATCH (m:Organization)-[:SUBSIDIARY_OF*1..3]->(o)
			WITH o, collect(DISTINCT m.id) AS subs
			RETURN [o.id] + [s IN subs WHERE s <> o.id] AS members
			""";

	// a company's current patents, latest first: the ones that profile its technology
	private static final String OWN = """
			UNWIND $group AS id
			MATCH (:Organization {id: id})-[r:OWNS]->(p:Patent)
			WHERE r.to IS NULL
			WITH DISTINCT p
			ORDER BY coalesce(p.filingDate, p.publicationDate) DESC, p.number
			LIMIT $max
			""";

	private static final String OWN_PATENTS = OWN + PATENT_FIELDS;

	// the same patents, numbers only (ExposureService reads their text as kept,
	// HeldDetails)
	private static final String OWN_NUMBERS = OWN + "RETURN p.number AS number\n";

	private static final String PATENTS = """
			MATCH (p:Patent) WHERE p.number IN $numbers
			WITH p ORDER BY p.number
			""" + PATENT_FIELDS;

	// the suits a patent was asserted in (PTAB reviews are not suits)
	private static final String CASES = "[(p)-[:ASSERTED_IN]->(c:LitigationCase) "
			+ "WHERE NOT coalesce(c.caseType, 'civil') IN $ptabTypes | c.id] AS cases";

	// a patent's text and classes with its suits: what exposure keeps (HeldDetails)
	private static final String DETAILS = PATENTS + ", " + CASES + "\n";

	// Owners that sued, acquired, or are flagged: the only ones scored for exposure. Read
	// a
	// page of organizations at a time (every organization's holdings are looked at, which
	// at
	// a million patents outlasts one transaction's timeout), ranked in Java
	private static final String ORGANIZATION_PAGE = """
			MATCH (o:Organization) WHERE o.id > $after
			RETURN o.id AS id ORDER BY o.id LIMIT $page
			""";

	private static final String CANDIDATES = """
			UNWIND $ids AS id
			MATCH (o:Organization {id: id})
			WHERE NOT o.id IN $exclude
			  AND (o.npe = true OR EXISTS { (o)-[:PLAINTIFF_IN]->() } OR EXISTS { (o)-[:ACQUIRED_FROM]->() }
			       OR EXISTS { MATCH (o)-[r:OWNS]->(p:Patent) WHERE r.to IS NULL AND (r.acquiredOn IS NOT NULL
			                   OR (r.from IS NOT NULL AND p.filingDate IS NOT NULL AND r.from > p.filingDate + duration('P1Y'))) })
			  AND EXISTS { (o)-[:OWNS]->() }
			RETURN o.id AS id, COUNT { (o)-[:PLAINTIFF_IN]->() } AS suits
			""";

	/** Organizations looked at per transaction when finding the candidate owners. */
	static final int CANDIDATE_PAGE = 5_000;

	// What a report must read fresh for each held patent: ownership and status
	// (ExposureService keeps the text, classes and suits, HeldDetails)
	private static final String HELD_STATE = """
			UNWIND $owners AS id
			MATCH (o:Organization {id: id})-[r:OWNS]->(p:Patent)
			WHERE r.to IS NULL AND NOT p.number IN $exclude AND """ + PatentStatus.inForceUnless("p", "includeExpired")
			+ """
					WITH o, r, p ORDER BY o.id, p.number
					RETURN o.id AS owner, r.acquiredOn AS acquiredOn, r.from AS since, p.number AS number, """
			+ PatentStatus.columns("p", "") + "\n";

	// The same rows with the text, classes and suits
	private static final String HELD = HELD_STATE + """
			, p.title AS title, coalesce(p.title, '') + ' ' + coalesce(p.abstract, '') AS text,
			  [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS cpc, coalesce(p.filingDate, p.priorityDate) AS filed,
			""" + CASES + "\n";

	private final Neo4jClient neo4j;

	public ExposureQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * A patent held by an NPE-like owner.
	 *
	 * @param owner the owner
	 * @param patent the patent
	 * @param acquiredOn when the owner acquired it, if recorded
	 * @param since when the owner's ownership starts
	 * @param cases suits it was asserted in
	 * @param legal its legal status and term
	 */
	public record Held(String owner, ExposureRanker.PatentText patent, LocalDate acquiredOn, LocalDate since,
			List<String> cases, PatentStatus legal) {
	}

	OwnerProfile.Ref organization(String id) {
		return this.neo4j.query("MATCH (o:Organization {id: $id}) RETURN o.id AS id, o.name AS name")
			.bindAll(Map.of("id", id))
			.fetchAs(OwnerProfile.Ref.class)
			.mappedBy((t, r) -> new OwnerProfile.Ref(r.get("id").asString(), r.get("name").asString(null)))
			.one()
			.orElseThrow();
	}

	public List<String> group(String id) {
		return this.neo4j.query(GROUP)
			.bindAll(Map.of("id", id))
			.fetchAs(List.class)
			.mappedBy((t, r) -> r.get("members").asList(Value::asString))
			.one()
			.map(l -> (List<String>) l)
			.orElse(List.of());
	}

	public List<ExposureRanker.PatentText> ownPatents(List<String> group, int max) {
		if (group.isEmpty()) {
			return List.of();
		}
		return this.neo4j.query(OWN_PATENTS)
			.bindAll(Map.of("group", group, "max", max))
			.fetchAs(ExposureRanker.PatentText.class)
			.mappedBy((t, r) -> text(r))
			.all()
			.stream()
			.toList();
	}

	/**
	 * The numbers of {@link #ownPatents}, in the same order.
	 */
	List<String> ownNumbers(List<String> group, int max) {
		if (group.isEmpty()) {
			return List.of();
		}
		return List.copyOf(
				this.neo4j.query(OWN_NUMBERS).bindAll(Map.of("group", group, "max", max)).fetchAs(String.class).all());
	}

	/**
	 * A patent's text and classes with the suits it was asserted in.
	 *
	 * @param patent the patent
	 * @param cases the suits
	 */
	record PatentDetails(ExposureRanker.PatentText patent, List<String> cases) {
	}

	/**
	 * The patents' text, classes and suits, by number; numbers the graph does not hold
	 * are left out.
	 */
	List<PatentDetails> details(List<String> numbers) {
		return this.neo4j.query(DETAILS)
			.bindAll(Map.of("numbers", numbers, "ptabTypes", OwnerProfiles.PTAB_TYPES))
			.fetchAs(PatentDetails.class)
			.mappedBy((t, r) -> new PatentDetails(text(r), r.get("cases").asList(Value::asString)))
			.all()
			.stream()
			.toList();
	}

	List<ExposureRanker.PatentText> patents(List<String> numbers) {
		return this.neo4j.query(PATENTS)
			.bindAll(Map.of("numbers", numbers))
			.fetchAs(ExposureRanker.PatentText.class)
			.mappedBy((t, r) -> text(r))
			.all()
			.stream()
			.toList();
	}

	/**
	 * The NPE-like owners outside {@code exclude}, most suits first (then by id): at most
	 * {@code limit}.
	 */
	public List<String> candidateOwners(List<String> exclude, int limit) {
		return candidateOwners(exclude, limit, CANDIDATE_PAGE);
	}

	List<String> candidateOwners(List<String> exclude, int limit, int page) {
		record Candidate(String id, long suits) {
		}
		List<Candidate> found = new ArrayList<>();
		String after = "";
		while (true) {
			List<String> ids = this.neo4j.query(ORGANIZATION_PAGE)
				.bindAll(Map.of("after", after, "page", page))
				.fetchAs(String.class)
				.all()
				.stream()
				.toList();
			if (ids.isEmpty()) {
				break;
			}
			found.addAll(this.neo4j.query(CANDIDATES)
				.bindAll(Map.of("ids", ids, "exclude", exclude))
				.fetchAs(Candidate.class)
				.mappedBy((t, r) -> new Candidate(r.get("id").asString(), r.get("suits").asLong()))
				.all());
			after = ids.get(ids.size() - 1);
		}
		return found.stream()
			.sorted(Comparator.comparingLong(Candidate::suits).reversed().thenComparing(Candidate::id))
			.limit(limit)
			.map(Candidate::id)
			.toList();
	}

	/**
	 * The current patents of the owners, but those in the portfolio compared with.
	 * @param includeExpired whether patents that have ended (expired, lapsed, withdrawn)
	 * are read too; else only those in force, pending or of unknown status
	 */
	public List<Held> heldPatents(List<String> owners, List<String> exclude, boolean includeExpired) {
		return held(HELD, Held.class, owners, exclude, includeExpired,
				r -> state(r).with(text(r), r.get("cases").asList(Value::asString)));
	}

	/**
	 * A patent held by an NPE-like owner, without its text and classes.
	 *
	 * @param owner the owner
	 * @param number the patent
	 * @param acquiredOn when the owner acquired it, if recorded
	 * @param since when the owner's ownership starts
	 * @param legal its legal status and term
	 */
	record HeldState(String owner, String number, LocalDate acquiredOn, LocalDate since, PatentStatus legal) {

		Held with(ExposureRanker.PatentText patent, List<String> cases) {
			return new Held(this.owner, patent, this.acquiredOn, this.since, cases, this.legal);
		}

	}

	/**
	 * {@link #heldPatents} without the patents' text and classes: the same rows, in the
	 * same order.
	 */
	List<HeldState> heldStates(List<String> owners, List<String> exclude, boolean includeExpired) {
		return held(HELD_STATE, HeldState.class, owners, exclude, includeExpired, ExposureQueries::state);
	}

	private <T> List<T> held(String query, Class<T> type, List<String> owners, List<String> exclude,
			boolean includeExpired, Function<Record, T> row) {
		if (owners.isEmpty()) {
			return List.of();
		}
		return this.neo4j.query(query)
			.bindAll(Map.of("owners", owners, "exclude", exclude, "ptabTypes", OwnerProfiles.PTAB_TYPES,
					"includeExpired", includeExpired))
			.fetchAs(type)
			.mappedBy((t, r) -> row.apply(r))
			.all()
			.stream()
			.toList();
	}

	private static HeldState state(Record r) {
		return new HeldState(r.get("owner").asString(), r.get("number").asString(),
				OwnerProfiles.date(r.get("acquiredOn")), OwnerProfiles.date(r.get("since")),
				PatentStatus.of(r.get("status").asString(null),
						r.get("inForce").isNull() ? null : r.get("inForce").asBoolean(),
						OwnerProfiles.date(r.get("expiry"))));
	}

	private static ExposureRanker.PatentText text(Record r) {
		return new ExposureRanker.PatentText(r.get("number").asString(), r.get("title").asString(null),
				r.get("text").asString(""), r.get("cpc").asList(Value::asString), OwnerProfiles.date(r.get("filed")));
	}

}
