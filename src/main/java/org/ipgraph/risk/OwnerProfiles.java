package org.ipgraph.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ipgraph.graph.OrganizationNames;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads owners' profiles from the graph, whatever source put the facts there (docket
 * tables, PTAB, assignments, text, demo). An owner's group is itself and its subsidiaries
 * (three levels down).
 */
public final class OwnerProfiles {

	static final List<String> PTAB_TYPES = List.of("ipr", "pgr", "cbm", "der");

	private static final String PROFILES = """
			UNWIND $ids AS id
			MATCH (o:Organization {id: id})
			CALL (o) {
			  OPTIONAL MATCH (m:Organization)-[:SUBSIDIARY_OF*1..3]->(o)
			  WITH o, collect(DISTINCT m) AS subs
			  RETURN [o] + [s IN subs WHERE s <> o][..200] AS members
			}
			CALL (members) {
			  UNWIND members AS m
			  MATCH (m)-[r:OWNS]->(p:Patent)
			  WHERE r.to IS NULL
			  WITH p, members, min(r.from) AS since, min(r.acquiredOn) AS acquiredOn
			  WITH p, members, acquiredOn IS NOT NULL
			       OR (since IS NOT NULL AND p.filingDate IS NOT NULL AND since > p.filingDate + duration('P1Y')) AS acquired
			  RETURN count(p) AS patents, count(CASE WHEN acquired THEN 1 END) AS acquiredPatents,
			         count(CASE WHEN EXISTS { MATCH (x:Person)-[:INVENTED]->(p)
			                                  WHERE EXISTS { MATCH (x)-[:AFFILIATED_WITH]->(a) WHERE a IN members } }
			                    THEN 1 END) AS withOwnInventor
			}
			CALL (members) {
			  UNWIND members AS m
			  OPTIONAL MATCH (x:Person)-[:AFFILIATED_WITH]->(m) WHERE EXISTS { (x)-[:INVENTED]->() }
			  RETURN count(DISTINCT x) AS ownInventors
			}
			CALL (members) {
			  UNWIND members AS m
			  OPTIONAL MATCH (m)-[a:ACQUIRED_FROM]->(s:Organization)
			  WITH m, a, s WHERE a IS NOT NULL
			  RETURN collect({buyer: m.id, seller: s.id, sellerName: s.name, on: a.on, source: a.source,
			                  patents: CASE WHEN valueType(a.patents) STARTS WITH 'LIST' THEN size(a.patents)
			                                ELSE coalesce(a.patents, 0) END}) AS acquisitions
			}
			CALL (members) {
			  UNWIND members AS m
			  OPTIONAL MATCH (m)-[pr:PLAINTIFF_IN]->(c:LitigationCase)
			  WHERE NOT coalesce(c.caseType, 'civil') IN $ptabTypes AND NOT coalesce(c.declaratoryJudgment, false)
			  WITH m, pr, c WHERE c IS NOT NULL
			  RETURN collect({id: c.id, title: c.title, court: c.court, filedOn: c.filedOn, outcome: c.outcome,
			                  plaintiff: m.id, plaintiffName: m.name, source: coalesce(pr.source, c.source),
			                  defendants: [(d:Organization)-[:DEFENDANT_IN]->(c) | {id: d.id, name: d.name,
			                     group: coalesce(head([(d)-[:SUBSIDIARY_OF*1..3]->(t:Organization)
			                                            WHERE NOT (t)-[:SUBSIDIARY_OF]->() | t.id]), d.id)}],
			                  patents: [(q:Patent)-[:ASSERTED_IN]->(c) | {number: q.number, title: q.title,
			                                                             filed: coalesce(q.priorityDate, q.filingDate)}],
			                  sentences: [(e:Evidence)-[:SUBJECT]->(m) WHERE e.type = 'PLAINTIFF_IN' AND (e)-[:OBJECT]->(c)
			                              | toString(coalesce(e.text, e.sentence))][..3]}) AS cases
			}
			CALL (members) {
			  UNWIND members AS m
			  CALL (m) {
			    MATCH (m)-[:RESPONDENT_IN]->(c:LitigationCase)
			    RETURN c
			    UNION
			    MATCH (m)-[r:OWNS]->(:Patent)-[:ASSERTED_IN]->(c:LitigationCase)
			    WHERE c.caseType IN $ptabTypes
			      AND (r.from IS NULL OR c.filedOn IS NULL OR r.from <= c.filedOn)
			      AND (r.to IS NULL OR c.filedOn IS NULL OR r.to >= c.filedOn)
			    RETURN c
			  }
			  WITH DISTINCT c
			  RETURN collect({id: c.id, caseType: c.caseType, filedOn: c.filedOn, outcome: c.outcome,
			                  petitioners: [(x:Organization)-[:PETITIONER_IN]->(c) | {id: x.id, name: x.name}],
			                  patents: [(q:Patent)-[:ASSERTED_IN]->(c) | q.number]}) AS ptab
			}
			CALL (members) {
			  UNWIND members AS m
			  OPTIONAL MATCH (e:Evidence {type: 'DESCRIBED_AS'})-[:SUBJECT]->(m)
			  OPTIONAL MATCH (e)-[:IN_DOCUMENT]->(d:Document)
			  WITH m, e, d WHERE e IS NOT NULL
			  RETURN collect({member: m.id, memberName: m.name, description: e.description,
			                  sentence: toString(coalesce(e.text, e.sentence)), document: coalesce(d.name, d.id),
			                  documentId: d.id})[..50] AS descriptions
			}
			CALL (o, members) {
			  CALL (o, members) {
			    MATCH (o)-[:SUBSIDIARY_OF]->(parent:Organization)
			    RETURN parent AS s, 'parent' AS via, parent.name AS through, parent.id AS throughId
			    UNION
			    MATCH (o)-[:SUBSIDIARY_OF]->(parent:Organization)<-[:SUBSIDIARY_OF]-(s:Organization)
			    WHERE s <> o
			    RETURN s, 'sibling' AS via, parent.name AS through, parent.id AS throughId
			    UNION
			    UNWIND members[1..] AS s
			    RETURN s, 'subsidiary' AS via, o.name AS through, o.id AS throughId
			    UNION
			    MATCH (s:Organization {address: o.address})
			    WHERE s <> o
			    RETURN s, 'address' AS via, o.address AS through, null AS throughId
			  }
			  WITH s, via, through, throughId LIMIT 100
			  RETURN collect({id: s.id, name: s.name, via: via, through: through, throughId: throughId,
			                  holdsOnly: EXISTS { (s)-[:OWNS]->(:Patent) }
			                    AND NOT EXISTS { MATCH (x:Person)-[:AFFILIATED_WITH]->(s) WHERE EXISTS { (x)-[:INVENTED]->() } }
			                 }) AS links
			}
			RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
			       [m IN members | {id: m.id, name: m.name}] AS members,
			       patents, acquiredPatents, withOwnInventor, ownInventors, acquisitions, cases, ptab, links,
			       descriptions,
			       o.address IS NOT NULL OR size(members) > 1 OR EXISTS { (o)-[:SUBSIDIARY_OF]->() } AS linked
			""";

	private static final String RESOLVE = """
			MATCH (o:Organization) WHERE o.id IN $keys
			RETURN o.id AS id ORDER BY CASE o.id WHEN $exact THEN 0 ELSE 1 END, o.id LIMIT 1
			""";

	private final Neo4jClient neo4j;

	public OwnerProfiles(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The organization a user means: its key as given, or the key of the name given.
	 */
	public Optional<String> resolve(String organization) {
		if (organization == null || organization.isBlank()) {
			return Optional.empty();
		}
		String exact = organization.strip();
		List<String> keys = List.of(exact, OrganizationNames.key(exact));
		return this.neo4j.query(RESOLVE).bindAll(Map.of("keys", keys, "exact", exact)).fetchAs(String.class).one();
	}

	public Optional<OwnerProfile> profile(String id) {
		List<OwnerProfile> profiles = profiles(List.of(id));
		return profiles.isEmpty() ? Optional.empty() : Optional.of(profiles.get(0));
	}

	/**
	 * Profiles of many owners, in the order given (unknown ids left out).
	 */
	public List<OwnerProfile> profiles(List<String> ids) {
		List<OwnerProfile> profiles = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 100) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
			this.neo4j.query(PROFILES)
				.bindAll(Map.of("ids", chunk, "ptabTypes", PTAB_TYPES))
				.fetchAs(OwnerProfile.class)
				.mappedBy((types, r) -> profile(r))
				.all()
				.forEach(profiles::add);
		}
		return profiles;
	}

	private static OwnerProfile profile(Record r) {
		OwnerProfile.Ref organization = new OwnerProfile.Ref(r.get("id").asString(), r.get("name").asString(null));
		List<OwnerProfile.Ref> members = r.get("members").asList(OwnerProfiles::ref);
		Map<String, OwnerProfile.CaseFact> cases = new LinkedHashMap<>();
		for (Value c : r.get("cases").values()) {
			cases.putIfAbsent(c.get("id").asString(), caseFact(c));
		}
		List<OwnerProfile.AcquisitionFact> acquisitions = r.get("acquisitions")
			.asList(a -> new OwnerProfile.AcquisitionFact(a.get("buyer").asString(),
					new OwnerProfile.Ref(a.get("seller").asString(), a.get("sellerName").asString(null)),
					date(a.get("on")), a.get("patents").asLong(0), a.get("source").asString(null)));
		Map<String, OwnerProfile.LinkFact> links = new LinkedHashMap<>();
		for (Value l : r.get("links").values()) {
			links.putIfAbsent(l.get("id").asString(),
					new OwnerProfile.LinkFact(ref(l), l.get("via").asString(), l.get("through").asString(null),
							l.get("throughId").asString(null), l.get("holdsOnly").asBoolean(false)));
		}
		List<OwnerProfile.PtabFact> ptab = r.get("ptab")
			.asList(p -> new OwnerProfile.PtabFact(p.get("id").asString(), p.get("caseType").asString(null),
					date(p.get("filedOn")), p.get("outcome").asString(null),
					p.get("petitioners").asList(OwnerProfiles::ref), p.get("patents").asList(Value::asString)));
		Set<String> groups = new LinkedHashSet<>();
		List<Double> ages = new ArrayList<>();
		for (OwnerProfile.CaseFact c : cases.values()) {
			groups.addAll(c.defendantGroups());
			for (OwnerProfile.AssertedPatent p : c.patents()) {
				if (p.filed() != null && c.filedOn() != null && !p.filed().isAfter(c.filedOn())) {
					ages.add(ChronoUnit.DAYS.between(p.filed(), c.filedOn()) / 365.25);
				}
			}
		}
		List<OwnerProfile.DescriptionFact> descriptions = r.get("descriptions")
			.asList(d -> new OwnerProfile.DescriptionFact(d.get("member").asString(),
					d.get("memberName").asString(null), d.get("description").asString(null),
					d.get("sentence").asString(null), d.get("document").asString(null)));
		int describingDocuments = (int) r.get("descriptions")
			.asList(d -> d.get("documentId").asString(""))
			.stream()
			.distinct()
			.count();
		long recorded = acquisitions.size();
		int holding = (int) links.values().stream().filter(OwnerProfile.LinkFact::holdingLike).count();
		OwnerFacts facts = new OwnerFacts(organization.name() == null ? organization.id() : organization.name(),
				r.get("aliases").asList(Value::asString), r.get("patents").asInt(), r.get("acquiredPatents").asInt(),
				(int) recorded, r.get("withOwnInventor").asInt(), r.get("ownInventors").asInt(), cases.size(),
				groups.size(), ages, ptab.size(), holding, r.get("linked").asBoolean(), describingDocuments);
		Comparator<LocalDate> newestFirst = Comparator.nullsLast(Comparator.<LocalDate>reverseOrder());
		return new OwnerProfile(organization, members, facts,
				cases.values()
					.stream()
					.sorted(Comparator.comparing(OwnerProfile.CaseFact::filedOn, newestFirst)
						.thenComparing(OwnerProfile.CaseFact::id))
					.toList(),
				acquisitions.stream()
					.sorted(Comparator.comparing(OwnerProfile.AcquisitionFact::on, newestFirst)
						.thenComparing(a -> a.seller().id()))
					.toList(),
				links.values()
					.stream()
					.sorted(Comparator.comparing(OwnerProfile.LinkFact::via).thenComparing(l -> l.organization().id()))
					.toList(),
				ptab.stream()
					.sorted(Comparator.comparing(OwnerProfile.PtabFact::filedOn, newestFirst)
						.thenComparing(OwnerProfile.PtabFact::id))
					.toList(),
				descriptions.stream()
					.sorted(Comparator
						.comparing(OwnerProfile.DescriptionFact::document,
								Comparator.nullsLast(Comparator.<String>naturalOrder()))
						.thenComparing(d -> String.valueOf(d.sentence())))
					.toList());
	}

	private static OwnerProfile.CaseFact caseFact(Value c) {
		List<OwnerProfile.Ref> defendants = c.get("defendants")
			.asList(OwnerProfiles::ref)
			.stream()
			.sorted(Comparator.comparing(OwnerProfile.Ref::id))
			.toList();
		List<String> groups = c.get("defendants").asList(d -> d.get("group").asString()).stream().sorted().toList();
		List<OwnerProfile.AssertedPatent> patents = c.get("patents")
			.asList(p -> new OwnerProfile.AssertedPatent(p.get("number").asString(), p.get("title").asString(null),
					date(p.get("filed"))))
			.stream()
			.sorted(Comparator.comparing(OwnerProfile.AssertedPatent::number))
			.toList();
		return new OwnerProfile.CaseFact(c.get("id").asString(), c.get("title").asString(null),
				c.get("court").asString(null), date(c.get("filedOn")), c.get("outcome").asString(null),
				c.get("plaintiff").asString(), c.get("plaintiffName").asString(null), c.get("source").asString(null),
				defendants, groups.stream().distinct().toList(), patents, c.get("sentences").asList(Value::asString));
	}

	private static OwnerProfile.Ref ref(Value v) {
		return new OwnerProfile.Ref(v.get("id").asString(), v.get("name").asString(null));
	}

	static LocalDate date(Value v) {
		return v == null || v.isNull() ? null : v.asLocalDate();
	}

}
