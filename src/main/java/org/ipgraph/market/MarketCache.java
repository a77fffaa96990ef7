package org.ipgraph.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ipgraph.similarity.Terms;

import org.springframework.stereotype.Component;

/**
 * What matching keeps of the offers and demands, so that matching a new item reads only
 * the keys of the other side's open items and analyses no text again: an item's facts and
 * text never change once it is stored (only its status does, which the key query
 * filters). An entry serves only for the item it was made from: the same creation time (a
 * row) or the same text (terms). At most {@code ipgraph.market.term-cache} items are kept
 * of each, the least recently used dropped first.
 */
@Component
class MarketCache {

	private record Row(Object version, Map<String, Object> row) {
	}

	private record Analysed(int length, int hash, List<String> terms) {
	}

	private final Map<String, Row> rows;

	private final Map<String, Analysed> terms;

	MarketCache(MarketProperties properties) {
		this.rows = lru(properties.termCache());
		this.terms = lru(properties.termCache());
	}

	private static <V> Map<String, V> lru(int max) {
		return new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > max;
			}

		};
	}

	/**
	 * The terms of an item's text, as {@link Terms#of} gives them.
	 * @param key the item's key ({@code d:<id>} or {@code o:<id>})
	 */
	List<String> terms(String key, String text) {
		String value = text == null ? "" : text;
		synchronized (this.terms) {
			Analysed entry = this.terms.get(key);
			if (entry != null && entry.length() == value.length() && entry.hash() == value.hashCode()) {
				return entry.terms();
			}
		}
		List<String> list = List.copyOf(Terms.of(value));
		synchronized (this.terms) {
			this.terms.put(key, new Analysed(value.length(), value.hashCode(), list));
		}
		return list;
	}

	/**
	 * The rows of these items, in their order: kept ones where the version matches, the
	 * others fetched (by id) and kept.
	 * @param kind the items' kind, part of the key ({@code d} or {@code o})
	 * @param keys each item's {@code id} and {@code version} (its creation time)
	 * @param fetch reads the rows of these ids, each with its {@code id}
	 */
	List<Map<String, Object>> rows(String kind, List<Map<String, Object>> keys,
			Function<List<String>, List<Map<String, Object>>> fetch) {
		Map<String, Map<String, Object>> found = new HashMap<>();
		List<String> missing = new ArrayList<>();
		synchronized (this.rows) {
			for (Map<String, Object> key : keys) {
				String id = String.valueOf(key.get("id"));
				Row row = this.rows.get(kind + ":" + id);
				if (row != null && Objects.equals(row.version(), key.get("version"))) {
					found.put(id, row.row());
				}
				else {
					missing.add(id);
				}
			}
		}
		Map<String, Object> versions = new HashMap<>();
		keys.forEach(k -> versions.put(String.valueOf(k.get("id")), k.get("version")));
		List<Map<String, Object>> fetched = missing.isEmpty() ? List.of() : fetch.apply(missing);
		synchronized (this.rows) {
			for (Map<String, Object> row : fetched) {
				String id = String.valueOf(row.get("id"));
				found.put(id, row);
				this.rows.put(kind + ":" + id, new Row(versions.get(id), row));
			}
		}
		return keys.stream().map(k -> found.get(String.valueOf(k.get("id")))).filter(Objects::nonNull).toList();
	}

	int size() {
		synchronized (this.terms) {
			return this.terms.size();
		}
	}

}
