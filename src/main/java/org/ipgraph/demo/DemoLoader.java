package org.ipgraph.demo;

import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordWriter;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Loads a generated ecosystem into the graph with batched, parameterized MERGEs. Loading
 * the same parameters again changes nothing. Patents, their owners, inventors, classes
 * and citations go through the ingest PatentWriter and are RECORDED_IN the demo's
 * Document.
 */
@Service
public class DemoLoader {

	static final int BATCH_SIZE = 1000;

	private final Driver driver;

	private final RecordWriter<PatentRecord> patentWriter;

	@Autowired
	DemoLoader(Driver driver, List<RecordWriter<?>> writers) {
		this.driver = driver;
		this.patentWriter = patentWriter(writers);
	}

	private DemoLoader(Driver driver, RecordWriter<PatentRecord> patentWriter) {
		this.driver = driver;
		this.patentWriter = patentWriter;
	}

	/**
	 * The same loader writing to another database, e.g. an evaluation's scratch graph.
	 */
	public DemoLoader on(Driver other) {
		return new DemoLoader(other, this.patentWriter);
	}

	public DemoLoadReport load(DemoParameters parameters, DemoProgress progress) {
		long start = System.nanoTime();
		GraphSink graph = new GraphSink(this.driver, this.patentWriter, parameters.documentId(), BATCH_SIZE);
		DemoTruth truth = DemoGenerator.generate(parameters, new ProgressSink(graph, progress, parameters.patents()));
		Map<String, Long> changes = graph.changes;
		return new DemoLoadReport(parameters, changes.getOrDefault("nodesCreated", 0L),
				changes.getOrDefault("relationshipsCreated", 0L), changes.getOrDefault("propertiesSet", 0L),
				(System.nanoTime() - start) / 1e9, truth);
	}

	@SuppressWarnings("unchecked")
	private static RecordWriter<PatentRecord> patentWriter(List<RecordWriter<?>> writers) {
		return (RecordWriter<PatentRecord>) writers.stream()
			.filter(writer -> writer.type() == PatentRecord.class)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no RecordWriter for PatentRecord"));
	}

}
