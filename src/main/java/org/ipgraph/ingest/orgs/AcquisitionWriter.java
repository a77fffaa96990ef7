package org.ipgraph.ingest.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Records acquisitions of private firms on the organizations they match by compact name:
 * {@code acquirerGvkey} and {@code acquiredIn}. The acquirer is only a Compustat key
 * (Compustat is proprietary), so no edge can be drawn; a user with Compustat can join on
 * the key.
 */
@Component
class AcquisitionWriter implements RecordWriter<Acquisition> {

	private static final Log logger = LogFactory.getLog(AcquisitionWriter.class);

	private static final String ACQUIRED = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			WHERE o.acquirerGvkey IS NULL OR o.acquirerGvkey <> row.gvkey OR o.acquiredIn <> row.year
			SET o.acquirerGvkey = row.gvkey, o.acquiredIn = row.year
			""";

	private final Driver driver;

	AcquisitionWriter(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void write(List<Acquisition> batch, WriteContext context) {
		CompactIndex index = CompactIndex.load(this.driver, context);
		List<Map<String, Object>> rows = new ArrayList<>();
		int matched = 0;
		for (Acquisition acquisition : batch) {
			List<String> ids = index.named(CompactNames.compact(OrganizationNames.plainKey(acquisition.name())));
			matched += ids.isEmpty() ? 0 : 1;
			ids.forEach(id -> rows.add(Map.of("id", id, "gvkey", acquisition.gvkey(), "year", acquisition.year())));
		}
		if (!rows.isEmpty()) {
			context.run(ACQUIRED, Map.of("rows", rows));
		}
		logger.info("Acquisitions: " + batch.size() + " rows, " + matched + " matching an organization in the graph");
	}

}
