package org.ipgraph.ingest.cpc;

import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.Rows;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes Technology nodes from the title list with their exact parent. A patent import
 * may have linked a subgroup to its main group already (the only parent the symbol
 * shows); that edge is replaced, so each symbol keeps exactly one {@code PART_OF}.
 */
@Component
class TechnologyWriter implements RecordWriter<TechnologyRecord> {

	private static final String TECHNOLOGIES = """
			UNWIND $rows AS row
			MERGE (t:Technology {symbol: row.symbol})
			SET t.level = row.level, t.depth = row.depth, t.title = coalesce(row.title, t.title)
			WITH t, row
			WHERE row.parent IS NOT NULL
			MERGE (p:Technology {symbol: row.parent})
			ON CREATE SET p.level = row.parentLevel
			WITH t, p
			CALL (t, p) {
			  MATCH (t)-[wrong:PART_OF]->(other)
			  WHERE other <> p
			  DELETE wrong
			}
			MERGE (t)-[:PART_OF]->(p)
			""";

	@Override
	public void write(List<TechnologyRecord> batch, WriteContext context) {
		List<Map<String, Object>> rows = batch.stream().map(TechnologyWriter::row).toList();
		context.run(TECHNOLOGIES, Map.of("rows", rows));
	}

	private static Map<String, Object> row(TechnologyRecord record) {
		return Rows.of("symbol", record.symbol().symbol(), "level", record.symbol().level(), "depth", record.depth(),
				"title", record.title(), "parent", record.parent() == null ? null : record.parent().symbol(),
				"parentLevel", record.parent() == null ? null : record.parent().level());
	}

}
