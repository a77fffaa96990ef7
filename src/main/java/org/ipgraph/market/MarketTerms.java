package org.ipgraph.market;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.Terms;

import org.springframework.stereotype.Component;

/**
 * The terms of the offers' and demands' texts, kept so that matching a new item against
 * the other side does not analyse every text again: a stored item's text never changes.
 * At most {@code ipgraph.market.term-cache} items are kept, the least recently used
 * dropped first; an entry serves only for the text it was made from (same length and
 * hash).
 */
@Component
class MarketTerms {

	private record Cached(int length, int hash, List<String> terms) {
	}

	private final Map<String, Cached> cache;

	MarketTerms(MarketProperties properties) {
		int max = properties.termCache();
		this.cache = new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
				return size() > max;
			}

		};
	}

	/**
	 * The terms of an item's text, as {@link Terms#of} gives them.
	 * @param key the item's key ({@code d:<id>} or {@code o:<id>})
	 */
	List<String> of(String key, String text) {
		String value = text == null ? "" : text;
		synchronized (this.cache) {
			Cached entry = this.cache.get(key);
			if (entry != null && entry.length() == value.length() && entry.hash() == value.hashCode()) {
				return entry.terms();
			}
		}
		List<String> terms = List.copyOf(Terms.of(value));
		synchronized (this.cache) {
			this.cache.put(key, new Cached(value.length(), value.hashCode(), terms));
		}
		return terms;
	}

	int size() {
		synchronized (this.cache) {
			return this.cache.size();
		}
	}

}
