package org.ipgraph.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.web.NotFoundException;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Users' watches: {@code (:User)-[:WATCHES]->(:Watch)}. A watch is keyed by what it
 * watches, so adding the same one twice keeps one.
 */
@Service
public class Watches {

	static final List<String> SEARCHES = List.of("partner", "pool", "exposure");

	private static final String ADD = """
			MATCH (u:User {username: $user})
			MERGE (w:Watch {id: $id})
			ON CREATE SET w.kind = $kind, w.target = $target, w.name = $name, w.group = $group, w.search = $search,
			              w.parameters = $parameters, w.createdAt = datetime(), w.user = $user
			MERGE (u)-[:WATCHES]->(w)
			RETURN w
			""";

	private static final String LIST = """
			MATCH (:User {username: $user})-[:WATCHES]->(w:Watch)
			RETURN w ORDER BY w.createdAt, w.id
			""";

	private static final String REMOVE = """
			MATCH (:User {username: $user})-[:WATCHES]->(w:Watch {id: $id})
			DETACH DELETE w
			RETURN count(*) AS removed
			""";

	private final Neo4jClient neo4j;

	private final WatchProperties properties;

	Watches(Neo4jClient neo4j, WatchProperties properties) {
		this.neo4j = neo4j;
		this.properties = properties;
	}

	/**
	 * Adds a watch for a user (or returns the same one added before).
	 * @param mayReadRisk whether the user may see risk reports: saved exposure searches
	 * need it
	 */
	public Watch add(String user, WatchRequest request, boolean mayReadRisk) {
		Watch watch = normalized(request, mayReadRisk);
		if (this.neo4j.query("MATCH (u:User {username: $user}) RETURN count(u) AS n")
			.bind(user)
			.to("user")
			.fetchAs(Long.class)
			.one()
			.orElse(0L) == 0) {
			throw new NotFoundException("User", user);
		}
		String id = id(user, watch);
		List<Watch> current = list(user);
		boolean exists = current.stream().anyMatch(w -> w.id().equals(id));
		if (!exists && current.size() >= this.properties.maxPerUser()) {
			throw new IllegalArgumentException("a user may keep at most " + this.properties.maxPerUser()
					+ " watches (ipgraph.watch.max-per-user); remove one first");
		}
		List<String> parameters = new ArrayList<>();
		watch.parameters().forEach((k, v) -> parameters.add(k + "=" + v));
		Map<String, Object> bound = new TreeMap<>();
		bound.put("user", user);
		bound.put("id", id);
		bound.put("kind", watch.kind());
		bound.put("target", watch.target());
		bound.put("name", watch.name());
		bound.put("group", watch.group());
		bound.put("search", watch.search());
		bound.put("parameters", parameters);
		return this.neo4j.query(ADD)
			.bindAll(bound)
			.fetchAs(Watch.class)
			.mappedBy((types, r) -> watch(r.get("w")))
			.one()
			.orElseThrow(() -> new NotFoundException("User", user));
	}

	public List<Watch> list(String user) {
		return List.copyOf(this.neo4j.query(LIST)
			.bind(user)
			.to("user")
			.fetchAs(Watch.class)
			.mappedBy((types, r) -> watch(r.get("w")))
			.all());
	}

	public Optional<Watch> find(String user, String id) {
		return list(user).stream().filter(w -> w.id().equals(id)).findFirst();
	}

	/**
	 * Removes one of the user's watches; the alerts it caused stay.
	 */
	public void remove(String user, String id) {
		long removed = this.neo4j.query(REMOVE)
			.bindAll(Map.of("user", user, "id", id))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (removed == 0) {
			throw new NotFoundException("Watch", id);
		}
	}

	static Watch normalized(WatchRequest request, boolean mayReadRisk) {
		String kind = request.kind() == null ? "" : request.kind().strip().toLowerCase(Locale.ROOT);
		String text = request.target() == null ? "" : request.target().strip();
		if (!"search".equals(kind) && text.isEmpty()) {
			throw new IllegalArgumentException("target: a " + kind + " watch names what it watches");
		}
		boolean group = Boolean.TRUE.equals(request.group());
		if (group && !"organization".equals(kind)) {
			throw new IllegalArgumentException("group: only an organization is watched with its group");
		}
		return switch (kind) {
			case "organization" -> {
				String key = OrganizationNames.key(text);
				if (key.isEmpty()) {
					throw new IllegalArgumentException("target: '" + text + "' is not an organization name");
				}
				yield new Watch(null, kind, key, text, group, null, Map.of(), null, null);
			}
			case "patent" -> new Watch(null, kind,
					PatentNumber.parse(text, "US")
						.orElseThrow(
								() -> new IllegalArgumentException("target: '" + text + "' is not a patent number"))
						.key(),
					text, false, null, Map.of(), null, null);
			case "cpc" -> new Watch(null, kind,
					CpcSymbol.parse(text)
						.orElseThrow(() -> new IllegalArgumentException("target: '" + text + "' is not a CPC symbol"))
						.symbol(),
					text, false, null, Map.of(), null, null);
			case "standard" -> new Watch(null, kind, text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "), text, false,
					null, Map.of(), null, null);
			case "search" -> search(request, mayReadRisk);
			default -> throw new IllegalArgumentException(
					"kind: one of organization, patent, cpc, standard, search; not '" + kind + "'");
		};
	}

	private static Watch search(WatchRequest request, boolean mayReadRisk) {
		String search = request.search() == null ? "" : request.search().strip().toLowerCase(Locale.ROOT);
		if (!SEARCHES.contains(search)) {
			throw new IllegalArgumentException("search: a saved search is one of " + SEARCHES);
		}
		if ("exposure".equals(search) && !mayReadRisk) {
			throw new org.ipgraph.web.ForbiddenException(
					"saved exposure searches need the LEGAL, ANALYST or ADMIN role, as risk reports do");
		}
		Map<String, String> parameters = new TreeMap<>();
		if (request.parameters() != null) {
			request.parameters().forEach((k, v) -> {
				if (k != null && v != null && !v.isBlank()) {
					parameters.put(k.strip(), v.strip());
				}
			});
		}
		SavedSearches.check(search, parameters);
		String target = search + ":"
				+ String.join(",", parameters.entrySet().stream().map(Map.Entry::toString).toList());
		return new Watch(null, "search", target, target, false, search, parameters, null, null);
	}

	static String id(String user, Watch watch) {
		String text = String.join("\u0000", user, watch.kind(), watch.target(), String.valueOf(watch.group()));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "w-" + HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Watch watch(Value w) {
		Map<String, String> parameters = new TreeMap<>();
		for (String p : w.get("parameters").isNull() ? List.<String>of()
				: w.get("parameters").asList(Value::asString)) {
			int eq = p.indexOf('=');
			parameters.put(p.substring(0, eq), p.substring(eq + 1));
		}
		List<String> lastTop = w.get("lastTop").isNull() ? null : w.get("lastTop").asList(Value::asString);
		ZonedDateTime created = w.get("createdAt").isNull() ? null : w.get("createdAt").asZonedDateTime();
		return new Watch(w.get("id").asString(), w.get("kind").asString(), w.get("target").asString(),
				w.get("name").asString(null), w.get("group").asBoolean(false), w.get("search").asString(null),
				parameters, lastTop, created);
	}

}
