package org.ipgraph.watch;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One thing a user watches.
 *
 * @param id the watch's id
 * @param kind {@code organization}, {@code patent}, {@code cpc}, {@code standard} or
 * {@code search}
 * @param target the key watched: an organization key, a patent number, a CPC prefix, a
 * standard id; for a saved search a description of it
 * @param name what the user wrote
 * @param group for an organization: its subsidiaries count as it
 * @param search for a saved search: {@code partner}, {@code pool} or {@code exposure}
 * @param parameters the saved search's parameters
 * @param lastTop the saved search's last top 10 (ids), for comparison
 * @param createdAt when it was added
 */
public record Watch(String id, String kind, String target, String name, boolean group, String search,
		Map<String, String> parameters, List<String> lastTop, ZonedDateTime createdAt) {
}
