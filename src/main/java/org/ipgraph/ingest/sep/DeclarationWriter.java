package org.ipgraph.ingest.sep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;
import org.ipgraph.ingest.orgs.OrganizationRows;

import org.springframework.stereotype.Component;

/**
 * Writes declarations: {@code (Patent)-[:DECLARED_ESSENTIAL_TO]->(Standard)}, one per
 * patent, specification and declarant, with the earliest declaration date, the releases
 * and the versions declared; and {@code (Organization)-[:DECLARED]->(Standard)} with the
 * earliest date and the patents declared. A declared patent not otherwise known is a
 * stub. Rows repeat per family member, version and declaration; they are merged here
 * first, so a batch writes each edge once, and a repeated batch changes nothing.
 */
@Component
class DeclarationWriter implements RecordWriter<DeclarationRecord> {

	static final String SOURCE = "iplytics";

	private static final String DECLARATIONS = """
			UNWIND $rows AS row
			MERGE (s:Standard {id: row.standard})
			SET s.organization = coalesce(s.organization, row.organization),
			    s.generation = coalesce(s.generation, row.generation)
			""" + OrganizationRows.merge("o", "") + """
			MERGE (p:Patent {number: row.number})
			ON CREATE SET p.stub = true, p.jurisdiction = row.jurisdiction, p.docNumber = row.docNumber,
			              p.kind = row.patentKind
			MERGE (p)-[e:DECLARED_ESSENTIAL_TO {declarant: row.key}]->(s)
			ON CREATE SET e.source = $source
			SET e.declaredOn = CASE WHEN e.declaredOn IS NULL OR row.declaredOn < e.declaredOn THEN row.declaredOn
			                        ELSE e.declaredOn END,
			    e.releases = reduce(acc = coalesce(e.releases, []), r IN row.releases |
			                        CASE WHEN r IN acc THEN acc ELSE acc + r END),
			    e.versions = reduce(acc = coalesce(e.versions, []), v IN row.versions |
			                        CASE WHEN v IN acc THEN acc ELSE acc + v END)
			""";

	private static final String DECLARED = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.key})
			MATCH (s:Standard {id: row.standard})
			MERGE (o)-[d:DECLARED]->(s)
			SET d.declaredOn = CASE WHEN d.declaredOn IS NULL OR row.declaredOn < d.declaredOn THEN row.declaredOn
			                        ELSE d.declaredOn END,
			    d.patents = reduce(acc = coalesce(d.patents, []), n IN row.patents |
			                       CASE WHEN n IN acc THEN acc ELSE acc + n END)
			""";

	@Override
	public void write(List<DeclarationRecord> batch, WriteContext context) {
		Map<List<String>, Map<String, Object>> declarations = new LinkedHashMap<>();
		Map<List<String>, Map<String, Object>> declared = new LinkedHashMap<>();
		for (DeclarationRecord declaration : batch) {
			Map<String, Object> row = OrganizationRows.of(declaration.declarant(), context);
			if (row == null) {
				continue;
			}
			String key = (String) row.get("key");
			String standard = declaration.spec().id();
			String number = declaration.patent().key();
			Map<String, Object> edge = declarations.computeIfAbsent(List.of(number, standard, key), k -> {
				row.put("standard", standard);
				row.put("organization", declaration.spec().organization());
				row.put("generation", declaration.generation());
				row.put("number", number);
				row.put("jurisdiction", declaration.patent().jurisdiction());
				row.put("docNumber", declaration.patent().docNumber());
				row.put("patentKind", declaration.patent().kind());
				row.put("releases", new ArrayList<String>());
				row.put("versions", new ArrayList<String>());
				return row;
			});
			earliest(edge, declaration.declaredOn());
			addAll(edge, "releases", declaration.releases());
			addAll(edge, "versions",
					declaration.spec().version() == null ? List.of() : List.of(declaration.spec().version()));
			Map<String, Object> company = declared.computeIfAbsent(List.of(key, standard), k -> new LinkedHashMap<>(
					Map.of("key", key, "standard", standard, "patents", new ArrayList<String>())));
			earliest(company, declaration.declaredOn());
			addAll(company, "patents", List.of(number));
		}
		if (!declarations.isEmpty()) {
			context.run(DECLARATIONS, Map.of("rows", new ArrayList<>(declarations.values()), "source", SOURCE));
			context.run(DECLARED, Map.of("rows", new ArrayList<>(declared.values())));
		}
	}

	private static void earliest(Map<String, Object> row, LocalDate date) {
		LocalDate current = (LocalDate) row.get("declaredOn");
		if (date != null && (current == null || date.isBefore(current))) {
			row.put("declaredOn", date);
		}
	}

	@SuppressWarnings("unchecked")
	private static void addAll(Map<String, Object> row, String key, List<String> values) {
		List<String> list = (List<String>) row.get(key);
		values.stream().filter(v -> !list.contains(v)).forEach(list::add);
	}

}
