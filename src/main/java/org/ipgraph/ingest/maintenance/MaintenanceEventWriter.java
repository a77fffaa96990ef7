package org.ipgraph.ingest.maintenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.ingest.LegalStatus;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.Rows;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes maintenance-fee events as {@code (Patent)-[:HAS_EVENT]->(LegalEvent)} of the
 * patents the graph already knows (the cumulative file names every US patent since 1981;
 * events of other patents are skipped, so ingest it after the patents). The latest of a
 * patent's {@code EXP.} and {@code EXPX} events sets its stated legal status:
 * {@code lapsed} after an expiry for non-payment, {@code in_force} after a reinstatement;
 * a withdrawn patent stays withdrawn.
 */
@Component
class MaintenanceEventWriter implements RecordWriter<MaintenanceEvent> {

	static final String SOURCE = "uspto-maintenance-fee";

	private static final String STATUS = """
			UNWIND $numbers AS number
			MATCH (p:Patent {number: number})
			WHERE coalesce(p.legalStatus, '') <> 'withdrawn'
			WITH p, [(p)-[:HAS_EVENT]->(e:LegalEvent) WHERE e.code IN ['EXP.', 'EXPX'] | e] AS events
			WITH p, reduce(last = null, e IN events |
			       CASE WHEN last IS NULL OR e.on > last.on OR (e.on = last.on AND e.code = 'EXPX') THEN e
			            ELSE last END) AS last
			WHERE last IS NOT NULL
			SET p.legalStatus = CASE last.code WHEN 'EXP.' THEN 'lapsed' ELSE 'in_force' END,
			    p.legalStatusSource = $source, p.legalStatusRaw = last.code, p.legalStatusOn = last.on
			""" + LegalStatus.DERIVE;

	@Override
	public void write(List<MaintenanceEvent> batch, WriteContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> changed = new LinkedHashSet<>();
		for (MaintenanceEvent event : batch) {
			String type = switch (event.code()) {
				case MaintenanceEvent.EXPIRED -> "lapsed";
				case MaintenanceEvent.REINSTATED -> "reinstated";
				default -> event.code().startsWith("M") ? "fee-paid" : "maintenance";
			};
			rows.add(Rows.of("number", event.patent().key(), "id", event.id(), "properties",
					Rows.of("type", type, "code", event.code(), "on", event.on(), "description", event.description(),
							"entity", event.entity(), "record", "line " + event.line())));
			if (event.changesStatus()) {
				changed.add(event.patent().key());
			}
		}
		context.run(LegalStatus.EVENTS, Map.of("rows", rows, "source", SOURCE, "documentId", context.documentId()));
		context.changed("events", batch.stream().map(MaintenanceEvent::id).toList());
		if (!changed.isEmpty()) {
			context.run(STATUS, Map.of("numbers", List.copyOf(changed), "source", SOURCE));
		}
	}

}
