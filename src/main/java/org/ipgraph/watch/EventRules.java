package org.ipgraph.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.watch.AlertOutbox.NewAlert;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The events of change sets against the watches, as alerts with their evidence: new
 * patents, ownership changes, NPE acquisitions, new suits and status changes. Many change
 * sets are read together, each kind of subject with one query, so that the cost of a
 * derivation grows with what the change sets hold, not with their number.
 */
final class EventRules {

	static final List<String> TRANSFERS = List.of("reassignment", "merger", "name-change");

	static final List<String> ACQUISITIONS = List.of("reassignment", "merger");

	static final List<String> STATUS = List.of("lapsed", "reinstated");

	private static final List<String> EVENT_TYPES = List.of("reassignment", "merger", "name-change", "lapsed",
			"reinstated");

	/**
	 * Who watches the patents or organizations of each subject (an org with its group).
	 */
	private static final String WATCHERS = """
			UNWIND $subjects AS s
			CALL (s) {
			  UNWIND s.patents AS number
			  MATCH (u:User)-[:WATCHES]->(w:Watch {target: number})
			  WHERE w.kind = 'patent'
			  RETURN u.username AS user, coalesce(w.name, w.target) AS watched
			  UNION
			  UNWIND s.orgs AS key
			  OPTIONAL MATCH (:Organization {id: key})-[:SUBSIDIARY_OF*1..3]->(g:Organization)
			  WITH key, [key] + collect(DISTINCT g.id) AS ids
			  UNWIND ids AS id
			  MATCH (u:User)-[:WATCHES]->(w:Watch {target: id})
			  WHERE w.kind = 'organization' AND (id = key OR w.group)
			  RETURN u.username AS user, coalesce(w.name, w.target) AS watched
			}
			RETURN s.ref AS ref, user, collect(watched) AS watched
			""";

	private static final String AREAS = """
			MATCH (u:User)-[:WATCHES]->(w:Watch)
			WHERE w.kind IN ['cpc', 'standard']
			RETURN u.username AS user, w.kind AS kind, w.target AS target
			""";

	private static final String NEW_PATENTS = """
			UNWIND $ids AS id
			MATCH (c:ChangeSet {id: id})
			UNWIND coalesce(c.patents, []) AS number
			MATCH (p:Patent {number: number})
			OPTIONAL MATCH (p)-[rec:RECORDED_IN]->(d:Document)
			WITH c, p, collect(d.name + ' (' + d.id + ')' + coalesce(', record ' + rec.record, ''))[0] AS source
			RETURN c.id AS changeSet, p.number AS number, p.title AS title, p.kind AS kind,
			       toString(coalesce(p.filingDate, p.publicationDate, p.grantDate)) AS filed,
			       [(o:Organization)-[r:OWNS]->(p) WHERE r.to IS NULL | o.id] AS owners,
			       [(o:Organization)-[r:OWNS]->(p) WHERE r.to IS NULL | coalesce(o.name, o.id)] AS ownerNames,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS cpcs,
			       [(p)-[:DECLARED_ESSENTIAL_TO]->(s:Standard) | s.id] AS standards,
			       source
			""";

	private static final String EVENTS = """
			UNWIND $ids AS id
			MATCH (c:ChangeSet {id: id})
			UNWIND coalesce(c.events, []) AS eventId
			MATCH (p:Patent)-[:HAS_EVENT]->(e:LegalEvent {id: eventId})
			WHERE e.type IN $types
			RETURN c.id AS changeSet, e.id AS id, e.type AS type, toString(e.on) AS on, e.description AS description, e.record AS record,
			       e.source AS source, e.documentId AS documentId, e.code AS code,
			       [x IN coalesce(e.assignors, []) | toString(x)] AS assignors,
			       [x IN coalesce(e.assignees, []) | toString(x)] AS assignees,
			       p.number AS number, p.title AS title,
			       [(o:Organization)-[r:OWNS]->(p) WHERE r.to IS NULL | o.id] AS owners,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS cpcs
			""";

	private static final String CASES = """
			UNWIND $ids AS id
			MATCH (c:ChangeSet {id: id})
			UNWIND coalesce(c.cases, []) AS caseId
			MATCH (k:LitigationCase {id: caseId})
			RETURN c.id AS changeSet, k.id AS id, k.title AS title, k.court AS court, k.caseType AS caseType, toString(k.filedOn) AS filedOn,
			       k.source AS source,
			       [(o:Organization)-[r:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(k) |
			          {id: o.id, name: coalesce(o.name, o.id), role: type(r)}] AS parties,
			       [(p:Patent)-[:ASSERTED_IN]->(k) | p.number] AS patents
			""";

	private final TransactionContext tx;

	private final List<String> changeSets;

	private final Map<String, List<Area>> areas = new HashMap<>();

	private final List<Derived> alerts = new ArrayList<>();

	private EventRules(TransactionContext tx, List<String> changeSets) {
		this.tx = tx;
		this.changeSets = changeSets;
		tx.run(AREAS)
			.forEachRemaining(r -> this.areas.computeIfAbsent(r.get("user").asString(), u -> new ArrayList<>())
				.add(new Area(r.get("kind").asString(), r.get("target").asString())));
	}

	/**
	 * An alert and the change set it comes from.
	 */
	record Derived(String changeSet, NewAlert alert) {
	}

	/**
	 * The alerts of change sets, in the order of the change sets for each kind.
	 * @param npeScore the NPE score of organizations by key (only asked for acquirers of
	 * patents in a watched area)
	 */
	static List<Derived> derive(TransactionContext tx, List<String> changeSets, double npeThreshold,
			java.util.function.Function<Set<String>, Map<String, Double>> npeScore) {
		EventRules rules = new EventRules(tx, changeSets);
		rules.newPatents();
		List<Record> events = rules.tx.run(EVENTS, Map.of("ids", changeSets, "types", EVENT_TYPES)).list();
		rules.ownershipChanges(ofTypes(events, TRANSFERS));
		rules.statusChanges(ofTypes(events, STATUS));
		rules.acquisitions(ofTypes(events, ACQUISITIONS), npeThreshold, npeScore);
		rules.suits();
		// seq numbers follow the change sets' order, as if they had been derived one by
		// one
		Map<String, Integer> order = new HashMap<>();
		changeSets.forEach(id -> order.putIfAbsent(id, order.size()));
		List<Derived> alerts = new ArrayList<>(rules.alerts);
		alerts.sort(java.util.Comparator.comparingInt(d -> order.get(d.changeSet())));
		return alerts;
	}

	private static List<Record> ofTypes(List<Record> events, List<String> types) {
		return events.stream().filter(e -> types.contains(e.get("type").asString())).toList();
	}

	/** A watched CPC area (a symbol prefix) or standard. */
	record Area(String kind, String target) {

		boolean covers(List<String> cpcs, List<String> standards) {
			if ("standard".equals(this.kind)) {
				return standards.contains(this.target);
			}
			String prefix = this.target.endsWith("/00") ? this.target.substring(0, this.target.length() - 2)
					: this.target;
			return cpcs.stream().anyMatch(s -> s.equals(this.target) || s.startsWith(prefix));
		}

	}

	private void newPatents() {
		List<Record> patents = this.tx.run(NEW_PATENTS, Map.of("ids", this.changeSets)).list();
		watchers(patents, "number", p -> List.of(), p -> strings(p, "owners"), (p, user, watched) -> {
			String ref = p.get("number").asString();
			List<String> cpcs = strings(p, "cpcs");
			List<String> standards = strings(p, "standards");
			List<Area> areas = this.areas.getOrDefault(user, List.of());
			List<Area> hit = areas.stream().filter(a -> a.covers(cpcs, standards)).toList();
			if (!areas.isEmpty() && hit.isEmpty()) {
				return;
			}
			String owners = String.join(", ", strings(p, "ownerNames"));
			String title = "New patent " + ref + " of " + owners;
			String summary = ref + " \"" + p.get("title").asString("") + "\" (" + p.get("kind").asString("?")
					+ ", filed " + p.get("filed").asString("?") + ") is held by " + owners + ", which you watch as "
					+ String.join(", ", watched)
					+ (hit.isEmpty() ? "." : "; it falls in your watched area " + hit.get(0).target() + ".");
			List<String> evidence = new ArrayList<>();
			evidence.add("source: " + p.get("source").asString("?"));
			evidence.add("owners: " + owners);
			if (!cpcs.isEmpty()) {
				evidence.add("classified as: " + String.join(", ", cpcs));
			}
			add(p, "new_patent", ref, user, title, summary, evidence, false);
		});
	}

	private void ownershipChanges(List<Record> events) {
		watchers(events, "id", e -> List.of(e.get("number").asString()), e -> {
			Set<String> orgs = new LinkedHashSet<>(keys(strings(e, "assignors")));
			orgs.addAll(keys(strings(e, "assignees")));
			orgs.addAll(strings(e, "owners"));
			return List.copyOf(orgs);
		}, (e, user, watched) -> {
			String ref = e.get("id").asString();
			String number = e.get("number").asString();
			String to = String.join(", ", strings(e, "assignees"));
			String title = "Ownership change of " + number + ": " + e.get("type").asString() + " to " + to;
			String summary = number + " \"" + e.get("title").asString("") + "\" went from "
					+ String.join(", ", strings(e, "assignors")) + " to " + to + " (" + e.get("type").asString()
					+ ", effective " + e.get("on").asString("?") + "); you watch " + String.join(", ", watched) + ".";
			add(e, "ownership_change", ref, user, title, summary, eventEvidence(e), false);
		});
	}

	private void statusChanges(List<Record> events) {
		watchers(events, "id", e -> List.of(e.get("number").asString()), e -> strings(e, "owners"),
				(e, user, watched) -> {
					String ref = e.get("id").asString();
					String number = e.get("number").asString();
					boolean lapsed = "lapsed".equals(e.get("type").asString());
					String title = number + (lapsed ? " lapsed" : " was reinstated") + " on "
							+ e.get("on").asString("?");
					String summary = number + " \"" + e.get("title").asString("") + "\" "
							+ (lapsed ? "lapsed (maintenance fee not paid)" : "was reinstated") + " on "
							+ e.get("on").asString("?") + "; you watch " + String.join(", ", watched) + ".";
					add(e, "status_change", ref, user, title, summary, eventEvidence(e), false);
				});
	}

	private void acquisitions(List<Record> events, double threshold,
			java.util.function.Function<Set<String>, Map<String, Double>> scores) {
		Map<String, List<Area>> cpcWatchers = new HashMap<>();
		this.areas.forEach((user, list) -> {
			List<Area> cpc = list.stream().filter(a -> "cpc".equals(a.kind())).toList();
			if (!cpc.isEmpty()) {
				cpcWatchers.put(user, cpc);
			}
		});
		if (cpcWatchers.isEmpty()) {
			return;
		}
		record Hit(Record event, String user, Area area, List<String> acquirers) {
		}
		List<Hit> hits = new ArrayList<>();
		Set<String> acquirers = new LinkedHashSet<>();
		for (Record e : events) {
			List<String> cpcs = strings(e, "cpcs");
			List<String> buyers = keys(strings(e, "assignees"));
			cpcWatchers.forEach((user, list) -> list.stream()
				.filter(a -> a.covers(cpcs, List.of()))
				.findFirst()
				.ifPresent(area -> hits.add(new Hit(e, user, area, buyers))));
			if (hits.stream().anyMatch(h -> h.event() == e)) {
				acquirers.addAll(buyers);
			}
		}
		if (hits.isEmpty()) {
			return;
		}
		Map<String, Double> scored = scores.apply(acquirers);
		for (Hit hit : hits) {
			for (String buyer : hit.acquirers()) {
				Double score = scored.get(buyer);
				if (score == null || score < threshold) {
					continue;
				}
				Record e = hit.event();
				String number = e.get("number").asString();
				String name = String.join(", ", strings(e, "assignees"));
				String title = "NPE acquisition: " + name + " acquired " + number + " in " + hit.area().target();
				String summary = name + " (NPE score " + String.format(java.util.Locale.ROOT, "%.2f", score)
						+ ", threshold " + threshold + ") acquired " + number + " \"" + e.get("title").asString("")
						+ "\" on " + e.get("on").asString("?") + ", in your watched CPC area " + hit.area().target()
						+ ".";
				List<String> evidence = eventEvidence(e);
				evidence.add("NPE score of " + buyer + ": " + String.format(java.util.Locale.ROOT, "%.3f", score)
						+ " (org.ipgraph.risk, explained by the NPE report)");
				evidence.add("classified as: " + String.join(", ", strings(e, "cpcs")));
				add(e, "npe_acquisition", e.get("id").asString(), hit.user(), title, summary, evidence, true);
				break;
			}
		}
	}

	private void suits() {
		List<Record> cases = this.tx.run(CASES, Map.of("ids", this.changeSets)).list();
		watchers(cases, "id", k -> strings(k, "patents"), k -> k.get("parties").asList(v -> v.get("id").asString()),
				(k, user, watched) -> {
					String ref = k.get("id").asString();
					String title = "New suit " + ref + ": " + k.get("title").asString(ref);
					String summary = k.get("title").asString(ref) + " (" + k.get("caseType").asString("case") + ", "
							+ k.get("court").asString("?") + ", filed " + k.get("filedOn").asString("?") + ") names "
							+ String.join(", ", watched) + ", which you watch.";
					List<String> evidence = new ArrayList<>();
					evidence.add("case " + ref + " (source " + k.get("source").asString("?") + ")");
					k.get("parties")
						.asList(v -> v.get("name").asString() + " " + v.get("role").asString())
						.forEach(evidence::add);
					strings(k, "patents").forEach(p -> evidence.add(p + " ASSERTED_IN " + ref));
					add(k, "new_suit", ref, user, title, summary, evidence, false);
				});
	}

	private static List<String> eventEvidence(Record e) {
		List<String> evidence = new ArrayList<>();
		evidence.add("legal event " + e.get("id").asString() + " (" + e.get("source").asString("?") + ", "
				+ e.get("record").asString("?") + ", document " + e.get("documentId").asString("?") + ")");
		String description = e.get("description").asString(null);
		if (description != null) {
			evidence.add(description);
		}
		if (!strings(e, "assignors").isEmpty() || !strings(e, "assignees").isEmpty()) {
			evidence.add("assignors: " + String.join("; ", strings(e, "assignors")) + " / assignees: "
					+ String.join("; ", strings(e, "assignees")));
		}
		return evidence;
	}

	private interface Watcher {

		void alert(Record subject, String user, List<String> watched);

	}

	/**
	 * Calls {@code watcher} for each user who watches a subject's patents or
	 * organizations (or their group), with the names of the watches it matched. A subject
	 * in several change sets counts once, with the first.
	 */
	private void watchers(List<Record> records, String key, Function<Record, List<String>> patents,
			Function<Record, List<String>> orgs, Watcher watcher) {
		if (records.isEmpty()) {
			return;
		}
		Map<String, Record> byRef = new HashMap<>();
		List<Map<String, Object>> subjects = new ArrayList<>();
		for (Record r : records) {
			String ref = r.get(key).asString();
			if (byRef.putIfAbsent(ref, r) != null) {
				continue;
			}
			subjects.add(Map.of("ref", ref, "patents", patents.apply(r), "orgs", orgs.apply(r)));
		}
		this.tx.run(WATCHERS, Map.of("subjects", subjects))
			.forEachRemaining(r -> watcher.alert(byRef.get(r.get("ref").asString()), r.get("user").asString(),
					strings(r, "watched")));
	}

	private void add(Record source, String kind, String subject, String user, String title, String summary,
			List<String> evidence, boolean restricted) {
		this.alerts.add(new Derived(source.get("changeSet").asString(),
				new NewAlert(kind + ":" + subject + ":" + user, user, kind, title, summary, evidence, restricted)));
	}

	private static List<String> keys(List<String> names) {
		return names.stream().map(OrganizationNames::key).filter(k -> !k.isEmpty()).distinct().toList();
	}

	static List<String> strings(Record r, String key) {
		return AlertOutbox.strings(r.get(key));
	}

}
