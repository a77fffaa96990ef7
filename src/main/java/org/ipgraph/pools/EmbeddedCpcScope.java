package org.ipgraph.pools;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.Schema;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The CPC scope of a pool search ({@link PoolGraphReader#cpcScope}) through the Java API
 * of the database this process runs: the same patents in the same order as the Cypher
 * query ({@code ORDER BY rank DESC, number LIMIT $limit}, rank the patent's incoming
 * {@code CITES}), with less work per patent. Every patent of the group costs one degree
 * look-up; the status properties and the number are read only for the patents ranked high
 * enough to be returned (rank by rank, down to the rank that fills the limit, ties
 * included), where the query reads them for every patent of the group before ranking.
 * <p>
 * The answer is also kept, for the symbol, the switch, the limit and the day, with the id
 * of the database's last committed transaction it was read at: the next search of the
 * same group takes it as long as no transaction has committed since (any write to the
 * database, an ingest above all, makes the next search read the group again). An answer
 * is kept only when no transaction was pending or committed while it was read; at most
 * {@value #KEPT} answers of at most {@value #KEPT_PATENTS} patents each.
 * <p>
 * Node ids name nodes only within the read transaction.
 */
@SuppressWarnings("removal")
final class EmbeddedCpcScope {

	private static final Label PATENT = Label.label(Schema.PATENT);

	private static final Label TECHNOLOGY = Label.label(Schema.TECHNOLOGY);

	private static final RelationshipType PART_OF = RelationshipType.withName(Schema.PART_OF);

	private static final RelationshipType CLASSIFIED_AS = RelationshipType.withName(Schema.CLASSIFIED_AS);

	private static final RelationshipType CITES = RelationshipType.withName(Schema.CITES);

	/** The query's {@code PART_OF*0..10}. */
	private static final int DEPTH = 10;

	private static final Comparator<String> NUMBER_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

	static final int KEPT = 32;

	static final int KEPT_PATENTS = 10_000;

	private final GraphDatabaseService database;

	private final TransactionIdStore transactions;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > KEPT;
		}

	};

	EmbeddedCpcScope(GraphDatabaseService database) {
		this.database = database;
		this.transactions = transactions(database);
	}

	// The database's transaction ids, or null when this database does not expose them:
	// then nothing is kept
	private static TransactionIdStore transactions(GraphDatabaseService database) {
		try {
			return ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(TransactionIdStore.class);
		}
		catch (RuntimeException | LinkageError ex) {
			return null;
		}
	}

	private record Key(String symbol, boolean includeExpired, int limit, LocalDate day) {
	}

	private record Kept(long transaction, List<String> numbers) {
	}

	/**
	 * The numbers of the most cited patents classified in the symbol or below it (not
	 * stubs; not ended unless {@code includeExpired}), most cited first, ties by number.
	 */
	List<String> cpcScope(String symbol, boolean includeExpired, int limit) {
		// Cypher's date() is the statement's day in the database's time zone (UTC)
		return cpcScope(symbol, includeExpired, limit, LocalDate.now(ZoneOffset.UTC));
	}

	List<String> cpcScope(String symbol, boolean includeExpired, int limit, LocalDate today) {
		if (limit <= 0) {
			return List.of();
		}
		if (this.transactions == null) {
			return read(symbol, includeExpired, limit, today);
		}
		Key key = new Key(symbol, includeExpired, limit, today);
		synchronized (this.kept) {
			Kept answer = this.kept.get(key);
			if (answer != null && answer.transaction() == this.transactions.getLastCommittedTransactionId()
					&& answer.transaction() == this.transactions.getHighestGapFreeClosedTransactionId()) {
				return answer.numbers();
			}
		}
		// every transaction up to this one is visible to the read; if none commits before
		// it ends, the answer is the graph's at this id
		long closed = this.transactions.getHighestGapFreeClosedTransactionId();
		List<String> numbers = read(symbol, includeExpired, limit, today);
		if (closed == this.transactions.getLastCommittedTransactionId() && numbers.size() <= KEPT_PATENTS) {
			synchronized (this.kept) {
				this.kept.put(key, new Kept(closed, numbers));
			}
		}
		return numbers;
	}

	private List<String> read(String symbol, boolean includeExpired, int limit, LocalDate today) {
		try (Transaction tx = this.database.beginTx()) {
			Node root = tx.findNode(TECHNOLOGY, "symbol", symbol);
			if (root == null) {
				return List.of();
			}
			List<Node> patents = new ArrayList<>();
			Set<Long> seen = new HashSet<>();
			for (Node technology : technologies(root)) {
				for (Relationship classified : technology.getRelationships(Direction.INCOMING, CLASSIFIED_AS)) {
					Node patent = classified.getStartNode();
					if (seen.add(patent.getId()) && patent.hasLabel(PATENT)) {
						patents.add(patent);
					}
				}
			}
			return ranked(patents, includeExpired, limit, today);
		}
	}

	// The root and every Technology reaching it over at most DEPTH PART_OF hops (through
	// any node, as the pattern allows)
	private static List<Node> technologies(Node root) {
		List<Node> technologies = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		seen.add(root.getId());
		technologies.add(root);
		ArrayDeque<Node> level = new ArrayDeque<>(List.of(root));
		for (int depth = 1; depth <= DEPTH && !level.isEmpty(); depth++) {
			ArrayDeque<Node> next = new ArrayDeque<>();
			for (Node node : level) {
				for (Relationship part : node.getRelationships(Direction.INCOMING, PART_OF)) {
					Node child = part.getStartNode();
					if (seen.add(child.getId())) {
						next.add(child);
						if (child.hasLabel(TECHNOLOGY)) {
							technologies.add(child);
						}
					}
				}
			}
			level = next;
		}
		return technologies;
	}

	// Most cited first; within a rank, the patents kept, by number; rank after rank until
	// the limit is filled
	private static List<String> ranked(List<Node> patents, boolean includeExpired, int limit, LocalDate today) {
		int n = patents.size();
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			int rank = patents.get(i).getDegree(CITES, Direction.INCOMING);
			// rank descending in the high bits, the position in the low bits
			keys[i] = ((long) (Integer.MAX_VALUE - rank) << 32) | i;
		}
		java.util.Arrays.sort(keys);
		List<String> numbers = new ArrayList<>();
		int i = 0;
		while (i < n && numbers.size() < limit) {
			long rankBits = keys[i] >>> 32;
			List<String> level = new ArrayList<>();
			for (; i < n && keys[i] >>> 32 == rankBits; i++) {
				Node patent = patents.get((int) keys[i]);
				if (kept(patent, includeExpired, today)) {
					level.add((String) patent.getProperty("number", null));
				}
			}
			level.sort(NUMBER_ORDER);
			numbers.addAll(level);
		}
		return List.copyOf(numbers.subList(0, Math.min(limit, numbers.size())));
	}

	/**
	 * The query's filter: {@code p.stub IS NULL} and, unless expired patents are
	 * included, {@link org.ipgraph.graph.PatentStatus#inForce}: {@code inForce} true or
	 * absent or the status pending, and no expiry date before today.
	 */
	static boolean kept(Node patent, boolean includeExpired, LocalDate today) {
		if (patent.hasProperty("stub")) {
			return false;
		}
		if (includeExpired) {
			return true;
		}
		Object inForce = patent.getProperty("inForce", null);
		boolean live = inForce == null || Boolean.TRUE.equals(inForce)
				|| "pending".equals(patent.getProperty("status", null));
		return live && !(patent.getProperty("expiry", null) instanceof LocalDate expiry && expiry.isBefore(today));
	}

}
