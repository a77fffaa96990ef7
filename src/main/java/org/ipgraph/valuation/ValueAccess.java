package org.ipgraph.valuation;

import java.time.ZonedDateTime;
import java.util.Locale;

import org.ipgraph.db.GraphConnection;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * How valuation reads the graph and stores the values, chosen by deployment: through the
 * in-process database's Java API when this process runs the database itself (the
 * default), else through Cypher over Bolt (a server named by {@code NEO4J_URI}, or the
 * in-process server of another ipgraph process on the same data directory). Both fill the
 * same {@link ValueData} and store the same properties; everything else of valuation is
 * the same code.
 */
interface ValueAccess {

	/**
	 * Everything valuation reads, once.
	 */
	ValueData read();

	/**
	 * Stores one batch in one transaction: {@code value}, {@code valuePercentile},
	 * {@code valueModel} and {@code valuedAt} on each patent found at its node with its
	 * number (a patent deleted since it was read is skipped).
	 * @return the patents stored
	 */
	long store(Batch batch);

	/** Which way this is, for reports: {@code embedded} or {@code bolt}. */
	Via via();

	/**
	 * The Java API of the in-process database when this process runs it, else Cypher over
	 * Bolt.
	 */
	static ValueAccess of(GraphConnection connection, Neo4jClient neo4j) {
		return connection.embedded()
			.<ValueAccess>map(embedded -> new EmbeddedValueAccess(embedded.database()))
			.orElseGet(() -> new BoltValueAccess(neo4j));
	}

	/**
	 * The ways there are.
	 */
	enum Via {

		/** The in-process database's Java API: no Bolt, no Cypher. */
		EMBEDDED,
		/** Cypher over Bolt, to any server. */
		BOLT;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The values of one batch of patents, as parallel columns (no map per patent).
	 *
	 * @param nodes the graph node each patent was read at (-1: none)
	 * @param numbers each patent's number, checked at its node before writing
	 * @param values the values, rounded as reported
	 * @param percentiles the percentiles
	 * @param model {@code model} or {@code prior}
	 * @param at when the values were stored
	 */
	record Batch(long[] nodes, String[] numbers, double[] values, double[] percentiles, String model,
			ZonedDateTime at) {

		/**
		 * Patents {@code from} to {@code to} (excluded) of an index.
		 */
		static Batch of(ValueIndex index, int from, int to, ZonedDateTime at) {
			int n = to - from;
			Batch batch = new Batch(new long[n], new String[n], new double[n], new double[n], index.model().kind(), at);
			for (int i = 0; i < n; i++) {
				batch.nodes[i] = index.node(from + i);
				batch.numbers[i] = index.number(from + i);
				batch.values[i] = ValueIndex.round(index.value(from + i));
				batch.percentiles[i] = index.percentile(from + i);
			}
			return batch;
		}

		int size() {
			return this.nodes.length;
		}

	}

}
