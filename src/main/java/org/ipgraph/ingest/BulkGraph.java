package org.ipgraph.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ipgraph.db.ImportRows;

/**
 * The graph the transactional path leaves in an empty store, built in memory for the
 * import tool: {@link PatentRows} applied statement by statement, batch by batch, with
 * the semantics of {@link PatentWriter}'s Cypher (each method names its statement). What
 * a MERGE creates once ({@code ON CREATE SET}) is set once; {@code coalesce(row.x, p.x)}
 * keeps the last value given, {@code coalesce(p.x, row.x)} the first; {@code SET x =
 * null} removes. Memory grows with the nodes and relationships, not with the input.
 */
final class BulkGraph {

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	private final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> patents = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> people = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> technologies = new LinkedHashMap<>();

	private final Map<Link, Map<String, Object>> relationships = new LinkedHashMap<>();

	/** Technologies' PART_OF parent. */
	private final Map<String, String> parents = new LinkedHashMap<>();

	/** Patent properties that {@code coalesce(row.x, p.x)} sets. */
	private static final List<String> PATENT_VALUES = List.of("kind", "title", "abstract", "claims", "filingDate",
			"publicationDate", "grantDate", "priorityDate", "applicationNumber", "familyId", "type",
			"governmentInterest", "url", "termAdjustmentDays", "terminalDisclaimer", "legalStatus", "legalStatusRaw");

	private record Link(String type, String fromLabel, String from, String toLabel, String to) {
	}

	/**
	 * As {@link IngestService#DOCUMENTS} with the file's first stored batch.
	 */
	void document(Map<String, Object> row) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		Map<String, Object> d = this.documents.computeIfAbsent((String) row.get("id"), id -> {
			Map<String, Object> created = new LinkedHashMap<>();
			created.put("ingestedAt", now);
			return created;
		});
		for (String key : List.of("path", "name", "format", "bytes")) {
			set(d, key, row.get(key));
		}
		d.put("lastSeenAt", now);
	}

	/**
	 * One batch, in {@link PatentWriter#write}'s order.
	 */
	void apply(PatentRows rows, String documentId) {
		rows.patents().forEach(row -> patent(row, documentId));
		rows.patents().forEach(row -> status(this.patents.get((String) row.get("number"))));
		rows.organizationOwners().forEach(this::organizationOwner);
		rows.personOwners().forEach(this::personOwner);
		rows.inventors().forEach(this::inventor);
		rows.hierarchy().forEach(this::hierarchy);
		rows.classifications().forEach(this::classification);
		rows.citations().forEach(this::citation);
	}

	/** PATENTS. */
	private void patent(Map<String, Object> row, String documentId) {
		Map<String, Object> p = this.patents.computeIfAbsent((String) row.get("number"), k -> new LinkedHashMap<>());
		set(p, "jurisdiction", row.get("jurisdiction"));
		set(p, "docNumber", row.get("docNumber"));
		for (String key : PATENT_VALUES) {
			coalesceNew(p, key, row.get(key));
		}
		if (row.get("legalStatus") != null) {
			set(p, "legalStatusSource", row.get("legalStatusSource"));
		}
		if (row.get("expiry") != null && (Objects.equals(row.get("expirySource"), PatentTerm.GRANT)
				|| !Objects.equals(p.get("expirySource"), PatentTerm.GRANT))) {
			set(p, "expiry", row.get("expiry"));
			set(p, "expirySource", row.get("expirySource"));
			set(p, "expiryBasis", row.get("expiryBasis"));
		}
		p.remove("stub");
		Map<String, Object> recorded = link("RECORDED_IN", "Patent", (String) row.get("number"), "Document",
				documentId);
		set(recorded, "record", row.get("ref"));
	}

	/** STATUS: {@link LegalStatus#DERIVE}. */
	private void status(Map<String, Object> p) {
		Object legal = p.get("legalStatus");
		LocalDate expiry = (LocalDate) p.get("expiry");
		String status;
		Object source;
		if (legal != null && LegalStatus.ENDED.contains(legal)) {
			status = (String) legal;
			source = p.get("legalStatusSource");
		}
		else if (expiry != null && expiry.isBefore(this.today)) {
			status = "expired";
			source = "expiry";
		}
		else if ("application".equals(p.get("type"))) {
			status = "pending";
			source = "type";
		}
		else if (legal != null) {
			status = (String) legal;
			source = p.get("legalStatusSource");
		}
		else if (expiry != null) {
			status = "in_force";
			source = "expiry";
		}
		else {
			status = null;
			source = null;
		}
		set(p, "status", status);
		set(p, "statusSource", source);
		set(p, "inForce", status == null ? null : status.equals("in_force"));
	}

	/** ORGANIZATION_OWNERS. */
	private void organizationOwner(Map<String, Object> row) {
		Map<String, Object> o = this.organizations.computeIfAbsent((String) row.get("key"), k -> {
			Map<String, Object> created = new LinkedHashMap<>();
			set(created, "name", row.get("name"));
			set(created, "kind", row.get("kind"));
			created.put("kindSource", "name");
			set(created, "serviceType", row.get("serviceType"));
			created.put("aliases", new ArrayList<String>());
			return created;
		});
		o.put("owner", true);
		@SuppressWarnings("unchecked")
		List<String> aliases = (List<String>) o.get("aliases");
		if (!aliases.contains((String) row.get("raw"))) {
			aliases.add((String) row.get("raw"));
		}
		coalesceOld(o, "country", row.get("country"));
		coalesceOld(o, "city", row.get("city"));
		owns("Organization", (String) row.get("key"), row);
	}

	/** PERSON_OWNERS. */
	private void personOwner(Map<String, Object> row) {
		Map<String, Object> x = person(row);
		x.put("owner", true);
		coalesceOld(x, "country", row.get("country"));
		coalesceOld(x, "city", row.get("city"));
		owns("Person", (String) row.get("id"), row);
	}

	private void owns(String label, String key, Map<String, Object> row) {
		Map<String, Object> r = this.relationships
			.get(new Link("OWNS", label, key, "Patent", (String) row.get("number")));
		if (r == null) {
			r = link("OWNS", label, key, "Patent", (String) row.get("number"));
			set(r, "from", row.get("from"));
		}
		set(r, "sequence", row.get("sequence"));
		set(r, "raw", row.get("raw"));
	}

	/** INVENTORS. */
	private void inventor(Map<String, Object> row) {
		String id = (String) row.get("id");
		Map<String, Object> x = person(row);
		x.put("inventor", true);
		coalesceNew(x, "city", row.get("city"));
		coalesceNew(x, "state", row.get("state"));
		coalesceNew(x, "country", row.get("country"));
		Map<String, Object> r = link("INVENTED", "Person", id, "Patent", (String) row.get("number"));
		set(r, "sequence", row.get("sequence"));
		set(r, "rawName", row.get("raw"));
		set(r, "city", row.get("city"));
		set(r, "state", row.get("state"));
		set(r, "country", row.get("country"));
		LocalDate date = (LocalDate) row.get("date");
		@SuppressWarnings("unchecked")
		List<String> keys = (List<String>) row.get("organizations");
		for (String key : keys) {
			if (!this.organizations.containsKey(key)) {
				continue;
			}
			Link link = new Link("AFFILIATED_WITH", "Person", id, "Organization", key);
			Map<String, Object> a = this.relationships.get(link);
			if (a == null) {
				a = link("AFFILIATED_WITH", "Person", id, "Organization", key);
				a.put("role", "inventor");
				a.put("source", "patents");
			}
			LocalDate from = (LocalDate) a.get("from");
			LocalDate to = (LocalDate) a.get("to");
			// as CASE WHEN a.from IS NULL OR row.date < a.from THEN row.date ELSE a.from
			// END
			set(a, "from", from == null || (date != null && date.isBefore(from)) ? date : from);
			set(a, "to", to == null || (date != null && date.isAfter(to)) ? date : to);
		}
	}

	private Map<String, Object> person(Map<String, Object> row) {
		return this.people.computeIfAbsent((String) row.get("id"), k -> {
			Map<String, Object> created = new LinkedHashMap<>();
			set(created, "name", row.get("name"));
			set(created, "nameKey", row.get("nameKey"));
			set(created, "firstName", row.get("first"));
			set(created, "lastName", row.get("last"));
			created.put("consent", false);
			return created;
		});
	}

	/** HIERARCHY. */
	private void hierarchy(Map<String, Object> row) {
		String child = (String) row.get("child");
		String parent = (String) row.get("parent");
		technology(child, row.get("childLevel"));
		technology(parent, row.get("parentLevel"));
		// WHERE NOT (c)-[:PART_OF]->()
		if (this.parents.putIfAbsent(child, parent) == null) {
			link("PART_OF", "Technology", child, "Technology", parent);
		}
	}

	/** CLASSIFICATIONS. */
	private void classification(Map<String, Object> row) {
		technology((String) row.get("symbol"), row.get("level"));
		Map<String, Object> r = link("CLASSIFIED_AS", "Patent", (String) row.get("number"), "Technology",
				(String) row.get("symbol"));
		set(r, "first", row.get("first"));
	}

	private void technology(String symbol, Object level) {
		this.technologies.computeIfAbsent(symbol, k -> {
			Map<String, Object> created = new LinkedHashMap<>();
			set(created, "level", level);
			return created;
		});
	}

	/** CITATIONS. */
	private void citation(Map<String, Object> row) {
		String to = (String) row.get("to");
		this.patents.computeIfAbsent(to, k -> {
			Map<String, Object> stub = new LinkedHashMap<>();
			stub.put("stub", true);
			set(stub, "jurisdiction", row.get("jurisdiction"));
			set(stub, "docNumber", row.get("docNumber"));
			return stub;
		});
		Map<String, Object> r = link("CITES", "Patent", (String) row.get("from"), "Patent", to);
		coalesceNew(r, "category", row.get("category"));
	}

	private Map<String, Object> link(String type, String fromLabel, String from, String toLabel, String to) {
		return this.relationships.computeIfAbsent(new Link(type, fromLabel, from, toLabel, to),
				k -> new LinkedHashMap<>());
	}

	/**
	 * Nodes, then relationships, into the import files.
	 */
	void write(ImportRows out) {
		this.documents.forEach((key, properties) -> out.node("Document", key, properties));
		this.patents.forEach((key, properties) -> out.node("Patent", key, properties));
		this.organizations.forEach((key, properties) -> out.node("Organization", key, properties));
		this.people.forEach((key, properties) -> out.node("Person", key, properties));
		this.technologies.forEach((key, properties) -> out.node("Technology", key, properties));
		this.relationships.forEach((l, properties) -> out.relationship(l.type(), l.fromLabel(), l.from(), l.toLabel(),
				l.to(), properties));
		out.finish();
	}

	/** {@code SET x.key = value}: null removes. */
	private static void set(Map<String, Object> properties, String key, Object value) {
		if (value == null) {
			properties.remove(key);
		}
		else {
			properties.put(key, value);
		}
	}

	/** {@code SET x.key = coalesce(value, x.key)}: the last value given. */
	private static void coalesceNew(Map<String, Object> properties, String key, Object value) {
		if (value != null) {
			properties.put(key, value);
		}
	}

	/** {@code SET x.key = coalesce(x.key, value)}: the first value given. */
	private static void coalesceOld(Map<String, Object> properties, String key, Object value) {
		if (value != null) {
			properties.putIfAbsent(key, value);
		}
	}

}
