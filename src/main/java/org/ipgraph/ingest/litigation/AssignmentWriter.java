package org.ipgraph.ingest.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.LegalStatus;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.Rows;
import org.ipgraph.ingest.WriteContext;
import org.ipgraph.ingest.orgs.OrganizationRows;

import org.springframework.stereotype.Component;

/**
 * Writes recorded assignments as ownership history. For assignments, mergers and changes
 * of name: the assignee {@code OWNS} the patent {@code from} the transfer, the assigning
 * organization's {@code OWNS} ends ({@code to}), and the assignee is
 * {@code ACQUIRED_FROM} the assignor with the date, patents and reel/frames. An
 * assignment by the inventors themselves is the usual transfer to the applicant, not an
 * acquisition, unless it comes more than a year after filing. Security interests,
 * releases and licences leave ownership alone; their patents are only recorded in the
 * Document. The correspondent who filed the record is a provider the event is
 * {@code HANDLED_BY} ({@link Representation}).
 */
@Component
class AssignmentWriter implements RecordWriter<Assignment> {

	static final String SOURCE = "uspto-assignment";

	private static final String PATENTS = """
			UNWIND $rows AS row
			""" + LitigationCypher.MERGE_PATENT + """
			SET p.title = coalesce(p.title, row.title), p.filingDate = coalesce(p.filingDate, row.filingDate),
			    p.grantDate = coalesce(p.grantDate, row.grantDate),
			    p.applicationNumber = coalesce(p.applicationNumber, row.applicationNumber)
			WITH p, row
			MATCH (d:Document {id: $documentId})
			MERGE (p)-[r:RECORDED_IN]->(d)
			SET r.records = %s
			""".formatted(LitigationCypher.addToList("r.records", "row.reel"));

	private static final String ASSIGNEES = """
			UNWIND $rows AS row
			MATCH (p:Patent {number: row.number})
			""" + OrganizationRows.merge("o", "") + """
			SET o.owner = true, o.address = coalesce(o.address, row.address)
			MERGE (o)-[r:OWNS]->(p)
			ON CREATE SET r.from = row.date, r.source = $source, r.raw = row.raw
			SET r.from = CASE WHEN r.inferredFrom THEN row.date ELSE r.from END,
			    r.to = CASE WHEN r.to IS NOT NULL AND row.date >= r.to THEN null ELSE r.to END,
			    r.acquiredOn = CASE WHEN NOT row.acquisition THEN r.acquiredOn
			                        WHEN r.acquiredOn IS NULL OR row.date < r.acquiredOn THEN row.date
			                        ELSE r.acquiredOn END,
			    r.reels = %s
			REMOVE r.inferredFrom
			""".formatted(LitigationCypher.addToList("r.reels", "row.reel"));

	private static final String ASSIGNORS = """
			UNWIND $rows AS row
			MATCH (p:Patent {number: row.number})
			""" + OrganizationRows.merge("o", "") + """
			MERGE (o)-[r:OWNS]->(p)
			ON CREATE SET r.from = row.since, r.inferredFrom = true, r.source = $source, r.raw = row.raw
			SET r.to = CASE WHEN r.to IS NULL OR row.date > r.to THEN row.date ELSE r.to END,
			    r.reels = %s
			""".formatted(LitigationCypher.addToList("r.reels", "row.reel"));

	private static final String ACQUISITIONS = """
			UNWIND $rows AS row
			MATCH (b:Organization {id: row.buyer})
			MATCH (s:Organization {id: row.seller})
			MERGE (b)-[x:ACQUIRED_FROM]->(s)
			ON CREATE SET x.source = $source
			SET x.on = CASE WHEN x.on IS NULL OR row.date < x.on THEN row.date ELSE x.on END,
			    x.patentNumbers = %s, x.reels = %s, x.conveyances = %s
			SET x.patents = size(x.patentNumbers)
			""".formatted(LitigationCypher.addAllToList("x.patentNumbers", "row.numbers"),
			LitigationCypher.addAllToList("x.reels", "row.reels"),
			LitigationCypher.addToList("x.conveyances", "row.conveyance"));

	private static final String RENAMES = """
			UNWIND $rows AS row
			MATCH (old:Organization {id: row.old})
			MATCH (new:Organization {id: row.new})
			MERGE (old)-[s:SUBSIDIARY_OF]->(new)
			ON CREATE SET s.relation = 'alias', s.source = $source, s.since = row.date
			""";

	@Override
	public void write(List<Assignment> batch, WriteContext context) {
		List<Map<String, Object>> patents = new ArrayList<>();
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> assignees = new ArrayList<>();
		List<Map<String, Object>> assignors = new ArrayList<>();
		Map<List<String>, Map<String, Object>> acquisitions = new LinkedHashMap<>();
		Map<List<String>, Map<String, Object>> renames = new LinkedHashMap<>();
		List<Map<String, Object>> correspondents = new ArrayList<>();
		for (Assignment a : batch) {
			LocalDate date = a.date();
			String[] correspondent = Representation.correspondent(a.correspondent(), a.correspondentAddress());
			for (Assignment.AssignedPatent patent : a.patents()) {
				String number = patent.number().key();
				patents.add(LitigationCypher.patentRow(patent.number(), "title", patent.title(), "filingDate",
						patent.filingDate(), "grantDate", patent.grantDate(), "applicationNumber",
						patent.applicationNumber(), "reel", a.reelFrame()));
				Map<String, Object> event = event(a, number);
				events.add(event);
				Map<String, Object> handled = Representation.row(correspondent[0], correspondent[1], "correspondent",
						"correspondent", context);
				if (handled != null) {
					handled.put("event", event.get("id"));
					handled.put("source", SOURCE);
					correspondents.add(handled);
				}
				if (!a.conveyance().transfersOwnership() || date == null) {
					continue;
				}
				List<String> organizations = a.assignors()
					.stream()
					.filter(n -> !isPerson(n, patent.inventors()))
					.toList();
				boolean lateFromInventors = organizations.isEmpty() && patent.filingDate() != null
						&& date.isAfter(patent.filingDate().plusYears(1));
				boolean acquisition = a.conveyance() != Conveyance.NAME_CHANGE
						&& (!organizations.isEmpty() || lateFromInventors);
				// the applicant's own title runs from filing
				LocalDate from = acquisition || organizations.size() > 0 || patent.filingDate() == null ? date
						: patent.filingDate();
				Set<String> buyers = new LinkedHashSet<>();
				for (Assignment.Assignee assignee : a.assignees()) {
					Map<String, Object> o = OrganizationRows.of(assignee.name(), context);
					if (o == null) {
						continue;
					}
					o.put("number", number);
					o.put("date", from);
					o.put("acquisition", acquisition);
					o.put("address", assignee.address());
					o.put("reel", a.reelFrame());
					assignees.add(o);
					buyers.add((String) o.get("key"));
				}
				for (String assignor : organizations) {
					Map<String, Object> o = OrganizationRows.of(assignor, context);
					if (o == null || buyers.contains(o.get("key"))) {
						continue;
					}
					String seller = (String) o.get("key");
					o.put("number", number);
					o.put("date", date);
					o.put("since", patent.filingDate());
					o.put("reel", a.reelFrame());
					assignors.add(o);
					for (String buyer : buyers) {
						if (a.conveyance() == Conveyance.NAME_CHANGE) {
							renames.putIfAbsent(List.of(seller, buyer),
									Map.of("old", seller, "new", buyer, "date", date));
							continue;
						}
						Map<String, Object> acquired = acquisitions.computeIfAbsent(List.of(buyer, seller), k -> {
							Map<String, Object> r = new HashMap<>();
							r.put("buyer", buyer);
							r.put("seller", seller);
							r.put("date", date);
							r.put("numbers", new TreeSet<String>());
							r.put("reels", new TreeSet<String>());
							r.put("conveyance", a.conveyance().name().toLowerCase(Locale.ROOT).replace('_', ' '));
							return r;
						});
						if (date.isBefore((LocalDate) acquired.get("date"))) {
							acquired.put("date", date);
						}
						set(acquired, "numbers").add(number);
						set(acquired, "reels").add(a.reelFrame());
					}
				}
			}
		}
		run(context, PATENTS, patents);
		run(context, LegalStatus.EVENTS, events);
		context.changed("events", events.stream().map(row -> (String) row.get("id")).toList());
		run(context, ASSIGNEES, assignees);
		run(context, ASSIGNORS, assignors);
		List<Map<String, Object>> acquired = new ArrayList<>();
		for (Map<String, Object> row : acquisitions.values()) {
			Map<String, Object> copy = new HashMap<>(row);
			copy.put("numbers", List.copyOf(set(row, "numbers")));
			copy.put("reels", List.copyOf(set(row, "reels")));
			acquired.add(copy);
		}
		run(context, ACQUISITIONS, acquired);
		run(context, RENAMES, new ArrayList<>(renames.values()));
		run(context, Representation.RECORDS, correspondents);
	}

	/**
	 * The recorded assignment as a dated event of the patent, whatever it conveys:
	 * reassignments and mergers, changes of name, security interests and their releases,
	 * licences.
	 */
	private static Map<String, Object> event(Assignment a, String number) {
		String type = switch (a.conveyance()) {
			case ASSIGNMENT -> "reassignment";
			case MERGER -> "merger";
			case NAME_CHANGE -> "name-change";
			case SECURITY -> "security-interest";
			case RELEASE -> "security-release";
			case LICENSE -> "license";
			case OTHER -> "recorded-document";
		};
		return Rows.of("number", number, "id", SOURCE + ":" + a.reelFrame() + ":" + number, "properties",
				Rows.of("type", type, "on", a.date(), "recordedOn", a.recordedOn(), "executedOn", a.executedOn(),
						"description", a.conveyanceText(), "reel", a.reelFrame(), "assignors", a.assignors(),
						"assignees", a.assignees().stream().map(Assignment.Assignee::name).toList(), "record",
						"reel/frame " + a.reelFrame()));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> set(Map<String, Object> row, String key) {
		return (Set<String>) row.get(key);
	}

	/**
	 * Whether an assignor is a person: one of the patent's inventors (same words in any
	 * order, as in "FALLON, JAMES J." and "James J. Fallon"), or a name written "LAST,
	 * FIRST" with nothing of an organization about it.
	 */
	static boolean isPerson(String name, List<String> inventors) {
		Set<String> words = words(name);
		for (String inventor : inventors) {
			if (words(inventor).equals(words)) {
				return true;
			}
		}
		boolean legalForm = !String.join(" ", tokens(name)).equals(OrganizationNames.plainKey(name));
		return name.contains(",") && !legalForm && OrganizationNames.kind(name) == OrganizationKind.COMPANY
				&& tokens(name).size() <= 4;
	}

	private static List<String> tokens(String name) {
		return List.of(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
	}

	private static Set<String> words(String name) {
		Set<String> words = new TreeSet<>();
		for (String token : tokens(name)) {
			if (token.length() > 1) {
				words.add(token);
			}
		}
		return words;
	}

	private static void run(WriteContext context, String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			context.run(cypher, Map.of("rows", rows, "source", SOURCE, "documentId", context.documentId()));
		}
	}

}
