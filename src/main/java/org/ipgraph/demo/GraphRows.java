package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ipgraph.db.ImportRows;
import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;

/**
 * Turns a generated ecosystem into the rows of the graph it gives: one row per node and
 * per relationship, exactly as the loader's MERGEs (through the ingest PatentWriter)
 * would leave them. Patent-derived people, owner flags, spellings and the inventor
 * affiliations (first and last patent date per person and organization) are derived here
 * the way PatentWriter derives them. Organizations, experts and affiliations are held
 * until the end; patents stream.
 */
final class GraphRows implements DemoSink {

	private final ImportRows out;

	private final String documentId;

	private final Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> experts = new LinkedHashMap<>();

	private final Set<String> people = new HashSet<>();

	private final Map<String, Affiliation> affiliations = new LinkedHashMap<>();

	private final Map<String, String> organizationKeys = new HashMap<>();

	// Fields rather than a map: a million-patent ecosystem has some 750,000 of these
	private static final class Affiliation {

		final String person;

		final String org;

		String role = "inventor";

		String source = "patents";

		LocalDate from;

		LocalDate to;

		Affiliation(String person, String org) {
			this.person = person;
			this.org = org;
		}

		void seen(LocalDate date) {
			this.from = this.from == null || date.isBefore(this.from) ? date : this.from;
			this.to = this.to == null || date.isAfter(this.to) ? date : this.to;
		}

		Map<String, Object> properties() {
			return Props.of("role", this.role, "source", this.source, "from", this.from, "to", this.to);
		}

	}

	GraphRows(String documentId, ImportRows out) {
		this.documentId = documentId;
		this.out = out;
	}

	@Override
	public void node(DemoNode node) {
		switch (node.label()) {
			case "Organization" -> {
				Map<String, Object> properties = new LinkedHashMap<>(node.properties());
				properties.put("aliases", new java.util.ArrayList<>(List.of((String) node.properties().get("name"))));
				this.organizations.put(node.key(), properties);
			}
			case "Person" -> this.experts.put(node.key(), new LinkedHashMap<>(node.properties()));
			default -> this.out.node(node.label(), node.key(), node.properties());
		}
	}

	@Override
	public void patent(DemoPatent patent) {
		PatentRecord record = patent.record();
		String number = record.number().key();
		this.out.node("Patent", number, patentProperties(record));
		this.out.relationship("RECORDED_IN", "Patent", number, "Document", this.documentId, Map.of());
		LocalDate from = record.filingDate() != null ? record.filingDate()
				: record.publicationDate() != null ? record.publicationDate() : record.grantDate();
		Map<String, Map<String, Object>> persons = new LinkedHashMap<>();
		List<String> orgKeys = new java.util.ArrayList<>();
		int sequence = 0;
		for (Party owner : record.owners()) {
			if (owner.isPerson()) {
				String nameKey = owner.person().key();
				String id = personId(nameKey, anchor(owner, List.of()));
				Map<String, Object> person = persons.computeIfAbsent(id, k -> personProperties(owner, nameKey));
				person.put("owner", true);
				this.out.relationship("OWNS", "Person", id, "Patent", number,
						Props.of("from", from, "raw", owner.rawName(), "sequence", (long) sequence++));
				continue;
			}
			String key = this.organizationKeys.computeIfAbsent(owner.rawName(), OrganizationNames::key);
			orgKeys.add(key);
			Map<String, Object> org = this.organizations.get(key);
			org.put("owner", true);
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) org.get("aliases");
			if (!aliases.contains(owner.rawName())) {
				aliases.add(owner.rawName());
			}
			this.out.relationship("OWNS", "Organization", key, "Patent", number, Props.of("from", from, "to",
					patent.ownedUntil().get(key), "raw", owner.rawName(), "sequence", (long) sequence++));
		}
		int position = 0;
		for (Party inventor : record.inventors()) {
			String nameKey = inventor.person().key();
			String id = personId(nameKey, anchor(inventor, orgKeys));
			persons.computeIfAbsent(id, k -> personProperties(inventor, nameKey)).put("inventor", true);
			this.out.relationship("INVENTED", "Person", id, "Patent", number,
					Props.of("sequence", (long) position++, "rawName", inventor.rawName(), "city", inventor.city(),
							"state", inventor.state(), "country", inventor.country()));
			for (String org : orgKeys) {
				this.affiliations.computeIfAbsent(id + '\u0000' + org, k -> new Affiliation(id, org)).seen(from);
			}
		}
		persons.forEach(this::person);
		boolean first = true;
		for (CpcSymbol symbol : record.cpc()) {
			this.out.relationship("CLASSIFIED_AS", "Patent", number, "Technology", symbol.symbol(),
					Map.of("first", first));
			first = false;
		}
		for (PatentRecord.Citation citation : record.citations()) {
			if (!citation.cited().key().equals(number)) {
				this.out.relationship("CITES", "Patent", number, "Patent", citation.cited().key(),
						Props.of("category", citation.category()));
			}
		}
	}

	@Override
	public void relationship(DemoRelationship r) {
		if (r.type().equals("AFFILIATED_WITH")) {
			// as SET r += row.props over what PatentWriter made: role and source replaced
			Affiliation affiliation = this.affiliations.computeIfAbsent(r.from() + '\u0000' + r.to(),
					k -> new Affiliation(r.from(), r.to()));
			if (!Set.of("role", "source").containsAll(r.properties().keySet())) {
				throw new IllegalStateException("unexpected AFFILIATED_WITH properties " + r.properties().keySet());
			}
			affiliation.role = (String) r.properties().get("role");
			affiliation.source = (String) r.properties().get("source");
			return;
		}
		if (r.type().equals("OWNS") && r.fromLabel().equals("Organization")) {
			this.organizations.get(r.from()).put("owner", true);
		}
		this.out.relationship(r.type(), r.fromLabel(), r.from(), r.toLabel(), r.to(), r.properties());
	}

	@Override
	public void finish() {
		this.organizations.forEach((key, properties) -> this.out.node("Organization", key, properties));
		this.experts.forEach((id, properties) -> this.out.node("Person", id, properties));
		this.affiliations.values()
			.forEach(a -> this.out.relationship("AFFILIATED_WITH", "Person", a.person, "Organization", a.org,
					a.properties()));
		this.out.finish();
	}

	// An expert who also invents is one node: the expert's properties plus the patent
	// roles
	private void person(String id, Map<String, Object> properties) {
		if (!this.people.add(id)) {
			return;
		}
		Map<String, Object> expert = this.experts.remove(id);
		if (expert != null) {
			properties.keySet().removeIf(k -> !k.equals("inventor") && !k.equals("owner"));
			expert.putAll(properties);
			properties = expert;
		}
		this.out.node("Person", id, properties);
	}

	private static Map<String, Object> personProperties(Party party, String nameKey) {
		Map<String, Object> person = new LinkedHashMap<>(Props.of("name", party.person().display(), "nameKey", nameKey,
				"firstName", party.person().first(), "lastName", party.person().last(), "consent", false, "city",
				party.city(), "state", party.state(), "country", party.country(), "synthetic", true));
		return person;
	}

	private static Map<String, Object> patentProperties(PatentRecord record) {
		return Props.of("jurisdiction", record.number().jurisdiction(), "docNumber", record.number().docNumber(),
				"kind", record.number().kind(), "title", record.title(), "abstract", record.abstractText(), "claims",
				record.claims(), "filingDate", record.filingDate(), "publicationDate", record.publicationDate(),
				"grantDate", record.grantDate(), "priorityDate", record.priorityDate(), "applicationNumber",
				record.applicationNumber(), "familyId", record.familyId(), "type", record.type(), "governmentInterest",
				record.governmentInterest(), "url", record.url(), "synthetic", true);
	}

	/**
	 * The Person id PatentWriter gives a party: name key at the first organization owner,
	 * else at the country, else at "-".
	 */
	static String personId(String nameKey, String anchor) {
		return "person:" + nameKey + "@" + anchor;
	}

	private static String anchor(Party party, List<String> organizations) {
		if (!organizations.isEmpty()) {
			return organizations.get(0);
		}
		return party.country() != null ? party.country().toLowerCase(Locale.ROOT) : "-";
	}

}
