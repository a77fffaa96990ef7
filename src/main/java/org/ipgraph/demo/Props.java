package org.ipgraph.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Property maps without nulls or empty lists, in insertion order: a null would remove a
 * property on {@code SET n += row.props}, and an absent value is never written over a
 * present one.
 */
final class Props {

	private Props() {
	}

	static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
				map.put((String) keysAndValues[i], value);
			}
		}
		return Collections.unmodifiableMap(map);
	}

}
