package org.ipgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.ipgraph.market.MarketService;
import org.ipgraph.market.NewDemand;
import org.ipgraph.market.NewOffer;
import org.ipgraph.market.Search;
import org.ipgraph.web.PageRequest;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * {@code ipgraph market bench}: the latency of the demand-and-offer library's matching
 * and browsing endpoints on the graph the application runs against (a demo store). It
 * first publishes a synthetic library (offers and demands drawn from the demo's patents,
 * alternating, each matched against the other side as the REST endpoints do), then times
 * each endpoint's service call, as {@code MarketController} makes it (no HTTP), over a
 * number of requests after a warm-up.
 */
@Component
public record MarketBenchmark(MarketService market, Neo4jClient neo4j) {

	/** The speed target of issue 15: matching endpoints' p95 at most this, ms. */
	static final double TARGET_P95_MILLIS = 100;

	/** Client keys of the synthetic items start with this. */
	static final String KEY_PREFIX = "synthetic-market-bench-";

	/**
	 * @param offers offers in the synthetic library (published before timing)
	 * @param demands demands in it
	 * @param requests timed requests per endpoint
	 * @param warmUp untimed requests per endpoint before
	 * @param seed the seed the library and the requests are drawn with
	 */
	public record Settings(int offers, int demands, int requests, int warmUp, long seed) {

		public Settings {
			if (offers < 1 || demands < 1 || requests < 1 || warmUp < 0) {
				throw new IllegalArgumentException(
						"--offers, --demands and --requests must be at least 1, --warm-up at least 0");
			}
		}

	}

	/**
	 * Latency of one endpoint.
	 *
	 * @param endpoint the REST endpoint whose service call was timed
	 * @param requests timed requests
	 * @param p50 median, ms
	 * @param p95 95th percentile, ms
	 * @param p99 99th percentile, ms
	 * @param max slowest, ms
	 * @param mean mean, ms
	 * @param withinTarget whether p95 is at most {@value #TARGET_P95_MILLIS} ms
	 */
	public record Latency(String endpoint, int requests, double p50, double p95, double p99, double max, double mean,
			boolean withinTarget) {

		/** The statistics of measured milliseconds. */
		static Latency of(String endpoint, double[] millis) {
			if (millis.length == 0) {
				throw new IllegalArgumentException("no requests timed for " + endpoint);
			}
			double[] sorted = millis.clone();
			java.util.Arrays.sort(sorted);
			double p95 = PartnerBenchmark.percentile(sorted, 95);
			return new Latency(endpoint, sorted.length, round(PartnerBenchmark.percentile(sorted, 50)), round(p95),
					round(PartnerBenchmark.percentile(sorted, 99)), round(sorted[sorted.length - 1]),
					round(java.util.Arrays.stream(sorted).average().orElse(0)), p95 <= TARGET_P95_MILLIS);
		}

	}

	/**
	 * @param path how the endpoints were called
	 * @param patents patents in the graph
	 * @param organizations organizations in the graph
	 * @param settings what was asked
	 * @param activeOffers active offers when timing began
	 * @param openDemands open market demands when timing began
	 * @param matches stored matches when timing began
	 * @param setupSeconds publishing the synthetic library (items an earlier run with the
	 * same seed published are not published again)
	 * @param latencies per endpoint
	 */
	public record Report(String path, long patents, long organizations, Settings settings, long activeOffers,
			long openDemands, long matches, double setupSeconds, List<Latency> latencies) {
	}

	private static final String PATENTS = """
			MATCH (o:Organization)-[:OWNS]->(p:Patent)
			WHERE p.synthetic AND p.title IS NOT NULL
			WITH p, min(o.id) AS owner
			RETURN p.number AS number, owner, p.title AS title,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS codes
			ORDER BY number
			""";

	private static final String COUNTS = """
			RETURN COUNT { (:Patent) } AS patents, COUNT { (:Organization) } AS organizations,
			       COUNT { (o:Offer {status: 'active'}) WHERE o.validUntil IS NULL OR o.validUntil >= date() } AS offers,
			       COUNT { (d:Demand {source: 'market', status: 'open'}) WHERE d.deadline IS NULL OR d.deadline >= date() } AS demands,
			       COUNT { (:Demand)-[:MATCHES]->(:Offer) } AS matches
			""";

	private static final String IDS = """
			MATCH (n:Offer|Demand) WHERE $label IN labels(n)
			  AND n.clientKey STARTS WITH $prefix AND NOT n.clientKey STARTS WITH $prefix + 'run'
			RETURN n.id ORDER BY n.clientKey
			""";

	private static final String KEYS = """
			MATCH (n:Offer|Demand) WHERE n.clientKey STARTS WITH $prefix RETURN n.clientKey
			""";

	private static final String LABEL = """
			MATCH (n:Offer|Demand) WHERE n.clientKey STARTS WITH $prefix AND n.synthetic IS NULL
			SET n.synthetic = true
			""";

	public Report run(Settings settings, Consumer<String> progress) {
		SyntheticMarket synthetic = new SyntheticMarket(patents(), LocalDate.now());
		String prefix = KEY_PREFIX + settings.seed() + "-";
		long start = System.nanoTime();
		List<NewOffer> offers = synthetic.offers(settings.seed(), prefix, 0, settings.offers());
		List<NewDemand> demands = synthetic.demands(settings.seed(), prefix, 0, settings.demands());
		Set<String> published = Set
			.copyOf(this.neo4j.query(KEYS).bind(prefix).to("prefix").fetchAs(String.class).all());
		for (int i = 0; i < Math.max(offers.size(), demands.size()); i++) {
			if (i < offers.size() && !published.contains(offers.get(i).clientKey())) {
				this.market.publish(offers.get(i));
			}
			if (i < demands.size() && !published.contains(demands.get(i).clientKey())) {
				this.market.publish(demands.get(i));
			}
			if ((i + 1) % 250 == 0) {
				progress.accept(String.format(Locale.ROOT, "published %,d offers and %,d demands (%.0f s)",
						Math.min(i + 1, offers.size()), Math.min(i + 1, demands.size()),
						(System.nanoTime() - start) / 1e9));
			}
		}
		label(prefix);
		double setup = (System.nanoTime() - start) / 1e9;
		Map<String, Object> counts = this.neo4j.query(COUNTS).fetch().one().orElseThrow();
		progress.accept(String.format(Locale.ROOT, "synthetic library published in %.1f s: %s", setup, counts));

		List<String> offerIds = ids("Offer", prefix);
		List<String> demandIds = ids("Demand", prefix);
		PageRequest page = PageRequest.of(0, PageRequest.DEFAULT_SIZE);
		Map<String, IntFunction<Object>> endpoints = new LinkedHashMap<>();
		endpoints.put("GET /api/v1/demands/{id}/matches",
				i -> this.market.demandMatches(demandIds.get(i % demandIds.size()), page));
		endpoints.put("GET /api/v1/offers/{id}/matches",
				i -> this.market.offerMatches(offerIds.get(i % offerIds.size()), page));
		endpoints.put("GET /api/v1/offers?organization=", i -> this.market.offers(new Search(null, null, null, null),
				offers.get(i % offers.size()).organization(), page));
		endpoints.put("GET /api/v1/offers?cpc=", i -> this.market
			.offers(new Search(null, subclass(demands.get(i % demands.size())), null, null), null, page));
		endpoints.put("GET /api/v1/offers?q=", i -> this.market
			.offers(new Search(words(demands.get(i % demands.size())), null, null, null), null, page));
		endpoints.put("GET /api/v1/demands?q=",
				i -> this.market.demands(new Search(words(demands.get(i % demands.size())), null, null, null), page));
		String run = prefix + "run" + System.currentTimeMillis() + "-";
		int fresh = settings.warmUp() + settings.requests();
		List<NewDemand> newDemands = synthetic.demands(settings.seed(), run, settings.demands(), fresh);
		List<NewOffer> newOffers = synthetic.offers(settings.seed(), run, settings.offers(), fresh);
		endpoints.put("POST /api/v1/demands (matched against the active offers)",
				i -> this.market.publish(newDemands.get(i)));
		endpoints.put("POST /api/v1/offers (matched against the open demands)",
				i -> this.market.publish(newOffers.get(i)));
		List<Latency> latencies = new ArrayList<>();
		endpoints.forEach((endpoint, call) -> {
			Latency latency = time(endpoint, call, settings.warmUp(), settings.requests());
			progress.accept(
					String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms", endpoint, latency.p50(), latency.p95()));
			latencies.add(latency);
		});
		label(run);
		return new Report("service layer: MarketService, called as MarketController calls it (no HTTP)",
				number(counts, "patents"), number(counts, "organizations"), settings, number(counts, "offers"),
				number(counts, "demands"), number(counts, "matches"), setup, latencies);
	}

	/**
	 * Calls {@code call} with 0 to {@code warmUp - 1} untimed, then with {@code warmUp}
	 * to {@code warmUp + requests - 1} timed.
	 */
	static Latency time(String endpoint, IntFunction<?> call, int warmUp, int requests) {
		for (int i = 0; i < warmUp; i++) {
			call.apply(i);
		}
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			call.apply(warmUp + i);
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		return Latency.of(endpoint, millis);
	}

	private List<SyntheticMarket.PatentRow> patents() {
		List<SyntheticMarket.PatentRow> rows = List.copyOf(this.neo4j.query(PATENTS)
			.fetchAs(SyntheticMarket.PatentRow.class)
			.mappedBy((t, r) -> new SyntheticMarket.PatentRow(r.get("number").asString(), r.get("owner").asString(),
					r.get("title").asString(), r.get("codes").asList(v -> v.asString())))
			.all());
		if (rows.isEmpty()) {
			throw new IllegalStateException("no synthetic (demo) patents with an owner in the graph: the bench "
					+ "publishes synthetic offers and demands, so run it on a demo store "
					+ "(bin/ipgraph demo --bulk --patents 100000 --data-dir DIR)");
		}
		return rows;
	}

	/** The library's offers or demands (not those published while timing). */
	private List<String> ids(String label, String prefix) {
		return List.copyOf(
				this.neo4j.query(IDS).bindAll(Map.of("label", label, "prefix", prefix)).fetchAs(String.class).all());
	}

	private void label(String prefix) {
		this.neo4j.query(LABEL).bind(prefix).to("prefix").run();
	}

	private static String subclass(NewDemand demand) {
		return demand.cpc().isEmpty() ? null
				: demand.cpc().get(0).substring(0, Math.min(4, demand.cpc().get(0).length()));
	}

	private static String words(NewDemand demand) {
		return demand.keywords().isEmpty() ? demand.kind() : String.join(" ", demand.keywords());
	}

	private static long number(Map<String, Object> counts, String key) {
		return ((Number) counts.get(key)).longValue();
	}

	private static double round(double millis) {
		return Math.round(millis * 10) / 10.0;
	}

}
