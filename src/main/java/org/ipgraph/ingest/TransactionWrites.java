package org.ipgraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Runs writers in one write transaction and counts what they changed: the batch writer of
 * the ingest and the demo loader share it. A transaction the driver retries counts from
 * zero again, so the counts are those of the attempt that committed.
 */
public final class TransactionWrites implements WriteContext {

	private final String documentId;

	private TransactionContext tx;

	private Map<String, Long> changes = new HashMap<>();

	private Map<String, String> organizationNames = new HashMap<>();

	private TransactionWrites(String documentId) {
		this.documentId = documentId;
	}

	/**
	 * Runs {@code work} in one write transaction.
	 * @param documentId the Document node the writes record provenance to, or null when
	 * the records name their own
	 * @return what the committed transaction changed
	 */
	public static TransactionWrites write(Driver driver, String documentId, Consumer<WriteContext> work) {
		return write(driver, documentId, null, work);
	}

	/**
	 * Runs {@code work} in one write transaction, after a statement that is not counted.
	 * @param before e.g. the statement that records the Document node, or null
	 */
	public static TransactionWrites write(Driver driver, String documentId, Query before, Consumer<WriteContext> work) {
		TransactionWrites context = new TransactionWrites(documentId);
		try (Session session = driver.session()) {
			session.executeWrite(tx -> {
				context.reset(tx);
				if (before != null) {
					tx.run(before).consume();
				}
				work.accept(context);
				return null;
			});
		}
		return context;
	}

	private void reset(TransactionContext tx) {
		this.tx = tx;
		this.changes = new HashMap<>();
		this.organizationNames = new HashMap<>();
	}

	/**
	 * Nodes and relationships created and properties set.
	 */
	public Map<String, Long> changes() {
		return this.changes;
	}

	/**
	 * Raw organization names and the keys they were stored under.
	 */
	public Map<String, String> organizationNames() {
		return this.organizationNames;
	}

	@Override
	public String documentId() {
		return this.documentId;
	}

	@Override
	public void run(String cypher, Map<String, Object> parameters) {
		SummaryCounters counters = this.tx.run(cypher, parameters).consume().counters();
		this.changes.merge("nodesCreated", (long) counters.nodesCreated(), Long::sum);
		this.changes.merge("relationshipsCreated", (long) counters.relationshipsCreated(), Long::sum);
		this.changes.merge("propertiesSet", (long) counters.propertiesSet(), Long::sum);
	}

	@Override
	public List<Object> values(String cypher, Map<String, Object> parameters) {
		return this.tx.run(cypher, parameters).list(r -> r.get(0).asObject());
	}

	@Override
	public void organizationName(String raw, String key) {
		this.organizationNames.put(raw, key);
	}

}
