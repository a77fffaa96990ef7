package org.ipgraph.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Parameter rows for {@code UNWIND $rows AS row}: writers build one map per record with
 * {@link #of}, which, unlike {@link Map#of}, takes {@code null} values (Cypher reads them
 * as absent properties).
 */
public final class Rows {

	private Rows() {
	}

	/**
	 * A mutable row from alternating keys and values.
	 * @param keysAndValues {@code key1, value1, key2, value2, ...}; keys are strings
	 * @return a new mutable map, so a writer can add what depends on the record
	 */
	public static Map<String, Object> of(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values must alternate: " + keysAndValues.length + " given");
		}
		Map<String, Object> row = HashMap.newHashMap(keysAndValues.length / 2 + 4);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

}
