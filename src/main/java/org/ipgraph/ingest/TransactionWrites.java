package org.ipgraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

	private final boolean recordChanges;

	private Map<String, Set<String>> changed = new TreeMap<>();

	private TransactionWrites(String documentId, boolean recordChanges) {
		this.documentId = documentId;
		this.recordChanges = recordChanges;
	}

	/**
	 * A change set: what one committed batch created or changed, written in the batch's
	 * transaction (so it commits, or is lost, with the batch) and read by change
	 * detection, which marks it {@code processed}.
	 */
	static final String CHANGE_SET = """
			CREATE (c:ChangeSet {id: randomUUID(), committedAt: datetime(), documentId: $documentId, processed: false})
			SET c += $changes
			""";

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
		return write(new TransactionWrites(documentId, false), driver, before, work);
	}

	/**
	 * Runs an ingest batch as {@link #write(Driver, String, Query, Consumer)} does, and
	 * commits its change set with it: the keys the writers noted with {@link #changed},
	 * when the batch created any node or relationship (so re-reading a file records
	 * nothing).
	 */
	static TransactionWrites ingest(Driver driver, String documentId, Query before, Consumer<WriteContext> work) {
		return write(new TransactionWrites(documentId, true), driver, before, work);
	}

	private static TransactionWrites write(TransactionWrites context, Driver driver, Query before,
			Consumer<WriteContext> work) {
		try (Session session = driver.session()) {
			session.executeWrite(tx -> {
				context.reset(tx);
				if (before != null) {
					tx.run(before).consume();
				}
				work.accept(context);
				context.commitChangeSet();
				return null;
			});
		}
		return context;
	}

	private void reset(TransactionContext tx) {
		this.tx = tx;
		this.changes = new HashMap<>();
		this.organizationNames = new HashMap<>();
		this.changed = new TreeMap<>();
	}

	private void commitChangeSet() {
		long created = this.changes.getOrDefault("nodesCreated", 0L)
				+ this.changes.getOrDefault("relationshipsCreated", 0L);
		if (!this.recordChanges || this.changed.isEmpty() || created == 0) {
			return;
		}
		Map<String, Object> lists = new TreeMap<>();
		this.changed.forEach((kind, keys) -> lists.put(kind, List.copyOf(keys)));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("documentId", this.documentId);
		parameters.put("changes", lists);
		this.tx.run(CHANGE_SET, parameters).consume();
	}

	@Override
	public boolean recordsChanges() {
		return this.recordChanges;
	}

	@Override
	public void changed(String kind, Collection<String> keys) {
		if (this.recordChanges && !keys.isEmpty()) {
			this.changed.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(keys);
		}
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
