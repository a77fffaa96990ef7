package org.ipgraph.ingest.sep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes specifications as Standard nodes. Each row is a version; the node keeps every version
 * seen in {@code versions} and shows the latest one (by publication date): its version,
 * publication date, title, project, generation and document.
 */
@Component
class StandardWriter implements RecordWriter<StandardRecord> {

	private static final String STANDARDS = """
			UNWIND $rows AS row
			MERGE (s:Standard {id: row.id})
			WITH s, row, s.publishedOn IS NULL OR row.publishedOn >= s.publishedOn AS latest
			SET s.versions = CASE WHEN row.version IS NULL OR row.version IN coalesce(s.versions, []) THEN s.versions
			                      ELSE coalesce(s.versions, []) + row.version END,
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
	public Class<StandardRecord> type() {
		return StandardRecord.class;
	}

	@Override
	public void write(List<StandardRecord> batch, WriteContext context) {
		List<Map<String, Object>> rows = batch.stream().map(StandardWriter::row).toList();
		context.run(STANDARDS, Map.of("rows", rows));
	}

	private static Map<String, Object> row(StandardRecord standard) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", standard.spec().id());
		row.put("version", standard.spec().version());
		row.put("organization", standard.organization());
		row.put("title", standard.title());
		row.put("project", standard.project());
		row.put("generation", standard.generation());
		row.put("publishedOn", standard.publishedOn());
		row.put("url", standard.url());
		return row;
	}

}
