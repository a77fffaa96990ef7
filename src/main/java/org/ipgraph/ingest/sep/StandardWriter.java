package org.ipgraph.ingest.sep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.Rows;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes specifications as Standard nodes. Each record is a version; the node keeps every
 * version seen in {@code versions} and shows the latest one by publication date: its
 * version, publication date, title, project, generation and document. Versions of one
 * specification are merged here first, so that a batch writes each Standard once.
 */
@Component
class StandardWriter implements RecordWriter<StandardRecord> {

	private static final String STANDARDS = """
			UNWIND $rows AS row
			MERGE (s:Standard {id: row.id})
			WITH s, row, s.publishedOn IS NULL OR row.publishedOn >= s.publishedOn AS latest
			SET s.versions = reduce(acc = coalesce(s.versions, []), v IN row.versions |
			                        CASE WHEN v IN acc THEN acc ELSE acc + v END),
			    s.organization = coalesce(row.organization, s.organization),
			    s.version = CASE WHEN latest THEN coalesce(row.version, s.version) ELSE s.version END,
			    s.publishedOn = CASE WHEN latest THEN coalesce(row.publishedOn, s.publishedOn) ELSE s.publishedOn END,
			    s.title = CASE WHEN latest THEN coalesce(row.title, s.title) ELSE coalesce(s.title, row.title) END,
			    s.project = CASE WHEN latest THEN coalesce(row.project, s.project) ELSE coalesce(s.project, row.project) END,
			    s.generation = CASE WHEN latest THEN coalesce(row.generation, s.generation)
			                        ELSE coalesce(s.generation, row.generation) END,
			    s.url = CASE WHEN latest THEN coalesce(row.url, s.url) ELSE coalesce(s.url, row.url) END
			""";

	@Override
	public void write(List<StandardRecord> batch, WriteContext context) {
		Map<String, StandardRecord> latest = new LinkedHashMap<>();
		Map<String, List<String>> versions = new HashMap<>();
		for (StandardRecord standard : batch) {
			String id = standard.spec().id();
			latest.merge(id, standard, StandardWriter::later);
			List<String> seen = versions.computeIfAbsent(id, k -> new ArrayList<>());
			if (standard.spec().version() != null && !seen.contains(standard.spec().version())) {
				seen.add(standard.spec().version());
			}
		}
		List<Map<String, Object>> rows = latest.values()
			.stream()
			.map(standard -> row(standard, versions.get(standard.spec().id())))
			.toList();
		context.run(STANDARDS, Map.of("rows", rows));
	}

	private static StandardRecord later(StandardRecord a, StandardRecord b) {
		if (a.publishedOn() == null) {
			return b;
		}
		return b.publishedOn() != null && !b.publishedOn().isBefore(a.publishedOn()) ? b : a;
	}

	private static Map<String, Object> row(StandardRecord standard, List<String> versions) {
		return Rows.of("id", standard.spec().id(), "version", standard.spec().version(), "versions", versions,
				"organization", standard.organization(), "title", standard.title(), "project", standard.project(),
				"generation", standard.generation(), "publishedOn", standard.publishedOn(), "url", standard.url());
	}

}
