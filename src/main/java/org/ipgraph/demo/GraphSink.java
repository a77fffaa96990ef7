package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.TransactionWrites;
import org.ipgraph.ingest.WriteContext;
import org.neo4j.driver.Driver;

/**
 * Writes a generated stream into Neo4j in batches, one transaction each. Patents go through the
 * ingest PatentWriter, like any imported file; other nodes and the relationships through the
 * demo statements. Before a batch is written, everything it can refer to is written first:
 * nodes before patents, patents before relationships.
 */
final class GraphSink implements DemoSink {

	private final Driver driver;

	private final RecordWriter<PatentRecord> patentWriter;

	private final String documentId;

	private final int batchSize;

	private final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();

	private final List<DemoPatent> patents = new ArrayList<>();

	private final Map<String, List<DemoRelationship>> relationships = new LinkedHashMap<>();

	final Map<String, Long> changes = new LinkedHashMap<>();

	GraphSink(Driver driver, RecordWriter<PatentRecord> patentWriter, String documentId, int batchSize) {
		this.driver = driver;
		this.patentWriter = patentWriter;
		this.documentId = documentId;
		this.batchSize = batchSize;
	}

	@Override
	public void node(DemoNode node) {
		List<Map<String, Object>> rows = this.nodes.computeIfAbsent(node.label(), k -> new ArrayList<>());
		rows.add(Map.of("key", node.key(), "props", node.properties()));
		if (rows.size() >= this.batchSize) {
			flushNodes(node.label());
		}
	}

	@Override
	public void patent(DemoPatent patent) {
		this.patents.add(patent);
		if (this.patents.size() >= this.batchSize / 2) {
			flushPatents();
		}
	}

	@Override
	public void relationship(DemoRelationship relationship) {
		String key = relationship.type() + "|" + relationship.fromLabel() + "|" + relationship.toLabel();
		List<DemoRelationship> rows = this.relationships.computeIfAbsent(key, k -> new ArrayList<>());
		rows.add(relationship);
		if (rows.size() >= this.batchSize) {
			flushRelationships(key);
		}
	}

	@Override
	public void finish() {
		flushPatents();
		new ArrayList<>(this.relationships.keySet()).forEach(this::flushRelationships);
	}

	private void flushNodes(String label) {
		List<Map<String, Object>> rows = this.nodes.remove(label);
		if (rows != null && !rows.isEmpty()) {
			write(context -> context.run(DemoStatements.NODES.get(label), Map.of("rows", rows)));
		}
	}

	private void flushPatents() {
		new ArrayList<>(this.nodes.keySet()).forEach(this::flushNodes);
		if (this.patents.isEmpty()) {
			return;
		}
		List<PatentRecord> records = new ArrayList<>(this.patents.size());
		List<Map<String, Object>> rows = new ArrayList<>(this.patents.size());
		for (DemoPatent patent : this.patents) {
			records.add(patent.record());
			List<Map<String, Object>> until = new ArrayList<>();
			patent.ownedUntil().forEach((key, to) -> until.add(Map.of("key", key, "to", to)));
			rows.add(Map.of("number", patent.number(), "ownedUntil", until));
		}
		this.patents.clear();
		write(context -> {
			this.patentWriter.write(records, context);
			context.run(DemoStatements.PATENTS_SYNTHETIC, Map.of("rows", rows));
		});
	}

	private void flushRelationships(String key) {
		flushPatents();
		List<DemoRelationship> batch = this.relationships.remove(key);
		if (batch == null || batch.isEmpty()) {
			return;
		}
		DemoRelationship first = batch.get(0);
		String cypher = DemoStatements.relationship(first.type(), first.fromLabel(), first.toLabel());
		List<Map<String, Object>> rows = new ArrayList<>(batch.size());
		batch.forEach(r -> rows.add(Map.of("from", r.from(), "to", r.to(), "props", r.properties())));
		write(context -> context.run(cypher, Map.of("rows", rows, "type", first.type())));
	}

	private void write(java.util.function.Consumer<WriteContext> work) {
		TransactionWrites.write(this.driver, this.documentId, work)
			.changes()
			.forEach((k, v) -> this.changes.merge(k, v, Long::sum));
	}

}
