package org.ipgraph.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.risk.NpeModels;
import org.ipgraph.risk.NpeRiskScorer;
import org.ipgraph.risk.OwnerProfile;
import org.ipgraph.risk.OwnerProfiles;
import org.ipgraph.watch.AlertOutbox.NewAlert;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Change detection: derives alerts from the change sets ingests commit, and from sweeps
 * (coming expiries, saved searches). Pending change sets are derived together, up to
 * {@code ipgraph.watch.change-sets-per-round} in one transaction that writes their alerts
 * and marks them processed, under the outbox lock: a crash before the commit leaves them
 * pending and the next round derives them again; alert keys make a second derivation
 * create nothing.
 */
@Service
public class ChangeDetector {

	private static final Log logger = LogFactory.getLog(ChangeDetector.class);

	private static final String PENDING = """
			MATCH (c:ChangeSet) WHERE c.processed = false
			RETURN c.id AS id ORDER BY c.committedAt, c.id LIMIT $limit
			""";

	private static final String ANY_WATCH = "MATCH (w:Watch) RETURN count(w) > 0 AS any";

	private static final String NOTHING_TO_WATCH = """
			MATCH (c:ChangeSet) WHERE c.processed = false
			WITH c LIMIT $limit
			SET c.processed = true, c.processedAt = datetime(), c.alerts = 0
			RETURN count(c) AS n
			""";

	private static final String PROCESSED = """
			UNWIND $rows AS row
			MATCH (c:ChangeSet {id: row.id}) WHERE c.processed = false
			SET c.processed = true, c.processedAt = datetime(), c.alerts = row.alerts
			""";

	private static final String STILL_PENDING = """
			UNWIND $ids AS id
			MATCH (c:ChangeSet {id: id}) WHERE c.processed = false
			RETURN c.id AS id
			""";

	private static final String EXPIRIES = """
			MATCH (u:User)-[:WATCHES]->(w:Watch)
			WHERE w.kind = 'patent'
			MATCH (p:Patent {number: w.target})
			WHERE p.expiry >= $today AND p.expiry <= $until AND coalesce(p.status, 'in_force') = 'in_force'
			RETURN u.username AS user, p.number AS number, p.title AS title, toString(p.expiry) AS expiry,
			       p.expirySource AS expirySource, p.expiryBasis AS expiryBasis, coalesce(w.name, w.target) AS watched
			""";

	private static final String SEARCHES = """
			MATCH (u:User)-[:WATCHES]->(w:Watch)
			WHERE w.kind = 'search'
			RETURN u.username AS user, w AS watch, coalesce(w.version, 0) AS version
			""";

	private static final String STORE_TOP = """
			MATCH (w:Watch {id: $id}) WHERE coalesce(w.version, 0) = $version
			SET w.lastTop = $top, w.version = $version + 1, w.lastRunAt = datetime()
			RETURN w.id AS id
			""";

	private final Driver driver;

	private final Neo4jClient neo4j;

	private final NpeModels models;

	private final SavedSearches searches;

	private final WatchProperties properties;

	@Autowired
	ChangeDetector(Driver driver, Neo4jClient neo4j, NpeModels models, SavedSearches searches,
			WatchProperties properties) {
		this.driver = driver;
		this.neo4j = neo4j;
		this.models = models;
		this.searches = searches;
		this.properties = properties;
	}

	/**
	 * The same detection on another database (a benchmark's scratch graph), without saved
	 * searches.
	 */
	public ChangeDetector on(Driver other, Neo4jClient client) {
		return new ChangeDetector(other, client, this.models, null, this.properties);
	}

	/**
	 * What a round derived.
	 *
	 * @param changeSets change sets processed
	 * @param alerts alerts created, by kind
	 */
	public record Round(int changeSets, Map<String, Integer> alerts) {

		public int total() {
			return this.alerts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * Derives every pending change set, oldest first.
	 */
	public Round derive() {
		return derive(Integer.MAX_VALUE);
	}

	/**
	 * Derives up to {@code most} pending change sets, oldest first (so that a caller can
	 * show alerts as they come).
	 */
	public synchronized Round derive(int most) {
		Map<String, Integer> kinds = new TreeMap<>();
		int processed = 0;
		try (Session session = this.driver.session()) {
			while (processed < most) {
				int limit = Math.min(this.properties.changeSetsPerRound(), most - processed);
				boolean watched = session.executeRead(tx -> tx.run(ANY_WATCH).single().get("any").asBoolean());
				if (!watched) {
					int n = session
						.executeWrite(tx -> tx.run(NOTHING_TO_WATCH, Map.of("limit", limit)).single().get("n").asInt());
					processed += n;
					if (n < limit) {
						break;
					}
					continue;
				}
				List<String> pending = session
					.executeRead(tx -> tx.run(PENDING, Map.of("limit", limit)).list(r -> r.get("id").asString()));
				if (pending.isEmpty()) {
					break;
				}
				Batch batch = session.executeWrite(tx -> deriveAll(tx, pending));
				processed += batch.changeSets();
				batch.created().forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
				if (pending.size() < limit) {
					break;
				}
			}
		}
		return new Round(processed, kinds);
	}

	private record Batch(int changeSets, List<NewAlert> created) {
	}

	/**
	 * Derives the change sets still pending among {@code ids} (another derivation may
	 * have done some), writes their alerts and marks them processed, in the caller's
	 * transaction.
	 */
	private Batch deriveAll(TransactionContext tx, List<String> ids) {
		long last = AlertOutbox.lock(tx);
		List<String> pending = tx.run(STILL_PENDING, Map.of("ids", ids)).list(r -> r.get("id").asString());
		if (pending.isEmpty()) {
			return new Batch(0, List.of());
		}
		List<EventRules.Derived> derived = EventRules.derive(tx, pending, this.properties.npeThreshold(),
				this::npeScores);
		List<NewAlert> created = AlertOutbox.create(tx, last, derived.stream().map(EventRules.Derived::alert).toList());
		Set<String> createdKeys = new HashSet<>();
		created.forEach(a -> createdKeys.add(a.key()));
		Map<String, Integer> perChangeSet = new HashMap<>();
		pending.forEach(id -> perChangeSet.put(id, 0));
		for (EventRules.Derived d : derived) {
			// the first of equal keys was written, and counts for its change set
			if (createdKeys.remove(d.alert().key())) {
				perChangeSet.merge(d.changeSet(), 1, Integer::sum);
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		perChangeSet.forEach((id, n) -> rows.add(Map.of("id", id, "alerts", n)));
		tx.run(PROCESSED, Map.of("rows", rows)).consume();
		return new Batch(pending.size(), created);
	}

	private Map<String, Double> npeScores(Set<String> organizations) {
		Map<String, Double> scores = new HashMap<>();
		if (organizations.isEmpty()) {
			return scores;
		}
		NpeRiskScorer scorer = this.models.scorer();
		for (OwnerProfile profile : new OwnerProfiles(this.neo4j).profiles(List.copyOf(organizations))) {
			scores.put(profile.organization().id(), scorer.score(profile.facts()).probability());
		}
		return scores;
	}

	/**
	 * Looks for coming expiries of watched patents and reruns saved searches.
	 * @param today the day expiries are counted from
	 */
	public synchronized Round sweep(LocalDate today) {
		Map<String, Integer> kinds = new TreeMap<>();
		List<NewAlert> expiries = new ArrayList<>();
		LocalDate until = today.plusMonths(this.properties.expiryMonths());
		this.neo4j.query(EXPIRIES)
			.bindAll(Map.of("today", today, "until", until))
			.fetch()
			.all()
			.forEach(r -> expiries.add(expiry(r, this.properties.expiryMonths())));
		count(kinds, write(expiries));
		if (this.searches != null) {
			List<Record> searches;
			try (Session session = this.driver.session()) {
				searches = session.executeRead(tx -> tx.run(SEARCHES).list());
			}
			for (Record r : searches) {
				try {
					count(kinds,
							rerun(r.get("user").asString(), Watches.watch(r.get("watch")), r.get("version").asLong()));
				}
				catch (RuntimeException ex) {
					logger.warn("Saved search " + r.get("watch").get("id").asString() + " failed: " + ex.getMessage());
				}
			}
		}
		return new Round(0, kinds);
	}

	private static NewAlert expiry(Map<String, Object> r, int months) {
		String number = (String) r.get("number");
		String expiry = (String) r.get("expiry");
		String user = (String) r.get("user");
		String title = number + " expires on " + expiry;
		String summary = number + " \"" + r.getOrDefault("title", "") + "\", which you watch, ends its term on "
				+ expiry + " (within " + months + " months).";
		List<String> evidence = new ArrayList<>();
		evidence.add("expiry " + expiry + " (" + r.get("expirySource") + ")");
		if (r.get("expiryBasis") != null) {
			evidence.add((String) r.get("expiryBasis"));
		}
		return new NewAlert("coming_expiry:" + number + ":" + expiry + ":" + user, user, "coming_expiry", title,
				summary, evidence, false);
	}

	private List<NewAlert> rerun(String user, Watch watch, long version) {
		List<String> top = this.searches.top(user, watch.search(), watch.parameters());
		List<String> before = watch.lastTop();
		int changed = before == null ? 0 : SavedSearches.placesChanged(before, top);
		List<NewAlert> alerts = new ArrayList<>();
		if (before != null && changed > this.properties.searchPlaces()) {
			List<String> evidence = new ArrayList<>();
			evidence.add("top " + SavedSearches.TOP + " before: " + String.join(", ", before));
			evidence.add("top " + SavedSearches.TOP + " now: " + String.join(", ", top));
			top.stream().filter(t -> !before.contains(t)).forEach(t -> evidence.add("entered: " + t));
			before.stream().filter(t -> !top.contains(t)).forEach(t -> evidence.add("left: " + t));
			alerts.add(new NewAlert("saved_search_changed:" + watch.id() + ":" + (version + 1), user,
					"saved_search_changed", "Saved " + watch.search() + " search changed: " + watch.target(),
					changed + " of the top " + SavedSearches.TOP + " places of your saved search " + watch.target()
							+ " hold another result than at its last run (more than " + this.properties.searchPlaces()
							+ ").",
					evidence, "exposure".equals(watch.search())));
		}
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
				long last = AlertOutbox.lock(tx);
				if (tx.run(STORE_TOP, Map.of("id", watch.id(), "version", version, "top", top)).list().isEmpty()) {
					return List.<NewAlert>of();
				}
				return AlertOutbox.create(tx, last, alerts);
			});
		}
	}

	private List<NewAlert> write(List<NewAlert> alerts) {
		if (alerts.isEmpty()) {
			return alerts;
		}
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> AlertOutbox.create(tx, AlertOutbox.lock(tx), alerts));
		}
	}

	private static void count(Map<String, Integer> kinds, List<NewAlert> created) {
		created.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
	}

}
