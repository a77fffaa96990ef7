package org.ipgraph.valuation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.web.NotFoundException;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Patent values, portfolios by CPC area, and the batch that stores every value on its
 * patent.
 *
 * @param snapshots every patent's value, kept current
 * @param neo4j the graph
 */
@Service
public record ValueService(ValueSnapshots snapshots, Neo4jClient neo4j) {

	private static final String HOLDINGS = """
			MATCH (o:Organization {id: $id})
			CALL (o) {
			  OPTIONAL MATCH (o)<-[:SUBSIDIARY_OF*0..3]-(:Organization)-[h:OWNS]->(p:Patent)
			  WHERE h.to IS NULL AND NOT coalesce(p.stub, false)
			  WITH DISTINCT p WHERE p IS NOT NULL
			  WITH p, left(coalesce(head([(p)-[c:CLASSIFIED_AS]->(t:Technology) WHERE c.first | t.symbol]),
			                        head([(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol])), 4) AS area
			  OPTIONAL MATCH (t:Technology {symbol: area})
			  RETURN collect({number: p.number, area: area, title: t.title}) AS held
			}
			RETURN o.name AS name, held
			""";

	/**
	 * A patent's value, explained.
	 * @param number any common spelling of the number
	 * @throws NotFoundException when the graph has no such described patent
	 */
	public PatentValue value(String number) {
		String key = PatentNumber.parse(number, "US")
			.map(PatentNumber::key)
			.orElseThrow(() -> new IllegalArgumentException("'" + number + "' is not a patent number"));
		return this.snapshots.get().explain(key).orElseThrow(() -> new NotFoundException("Patent", key));
	}

	/**
	 * An organization's portfolio (with its subsidiaries, three levels down) by CPC area.
	 */
	public Portfolio portfolio(String organization) {
		Optional<Record> row = this.neo4j.query(HOLDINGS)
			.bindAll(Map.of("id", organization))
			.fetchAs(Record.class)
			.mappedBy((t, r) -> r)
			.one();
		Record r = row.orElseThrow(() -> new NotFoundException("Organization", organization));
		Map<String, String> titles = new HashMap<>();
		ValueIndex index = this.snapshots.get();
		Map<String, List<Portfolio.TopPatent>> areas = new TreeMap<>();
		int held = 0;
		for (var h : r.get("held").values()) {
			held++;
			if (!h.get("title").isNull()) {
				titles.put(h.get("area").asString(), h.get("title").asString());
			}
			Optional<PatentValue> value = index.explain(h.get("number").asString());
			if (value.isPresent()) {
				String area = h.get("area").asString("unclassified");
				areas.computeIfAbsent(area, a -> new ArrayList<>())
					.add(new Portfolio.TopPatent(value.get().number(), value.get().value()));
			}
		}
		List<Portfolio.Area> result = new ArrayList<>();
		double total = 0;
		int valued = 0;
		for (var e : areas.entrySet()) {
			List<Portfolio.TopPatent> patents = new ArrayList<>(e.getValue());
			patents.sort(Comparator.comparingDouble(Portfolio.TopPatent::value)
				.reversed()
				.thenComparing(Portfolio.TopPatent::number));
			double sum = patents.stream().mapToDouble(Portfolio.TopPatent::value).sum();
			total += sum;
			valued += patents.size();
			result.add(new Portfolio.Area(e.getKey(), titles.get(e.getKey()), patents.size(), ValueIndex.round(sum),
					ValueIndex.round(sum / patents.size()),
					List.copyOf(patents.subList(0, Math.min(3, patents.size())))));
		}
		result
			.sort(Comparator.comparingDouble(Portfolio.Area::totalValue).reversed().thenComparing(Portfolio.Area::cpc));
		return new Portfolio(organization, r.get("name").asString(null), held, valued, ValueIndex.round(total),
				valued == 0 ? 0 : ValueIndex.round(total / valued), result, index.model().kind());
	}

	/**
	 * Values every patent again and stores each value on its patent: {@code value},
	 * {@code valuePercentile}, {@code valueModel}, {@code valuedAt}. Batches of
	 * {@code batch-size} patents are written in transactions of their own,
	 * {@code write-threads} at once; a patent deleted since it was read is skipped. Reads
	 * and writes go through the in-process database's Java API when this process runs the
	 * database, else through Cypher over Bolt.
	 */
	public BatchReport storeAll() {
		return storeAll(false);
	}

	/**
	 * The same, through Cypher over Bolt if {@code overBolt} even where the Java API is
	 * at hand (then the values served are not rebuilt): to compare the two ways.
	 */
	public BatchReport storeAll(boolean overBolt) {
		long start = System.nanoTime();
		long cpu = ProcessCpu.nanos();
		ValueAccess access = overBolt ? this.snapshots.bolt() : this.snapshots.access();
		ValueIndex index = overBolt ? ValueSnapshots.build(access, this.snapshots.properties(), LocalDate.now())
				: this.snapshots.refresh(true);
		long valued = System.nanoTime();
		long valuedCpu = ProcessCpu.nanos();
		ZonedDateTime at = ZonedDateTime.now();
		ValueProperties settings = this.snapshots.properties();
		int batch = settings.batchSize();
		long written = 0;
		try (ExecutorService writers = Executors.newFixedThreadPool(settings.writeThreads())) {
			List<CompletableFuture<Long>> batches = new ArrayList<>();
			for (int from = 0; from < index.size(); from += batch) {
				int first = from;
				batches.add(CompletableFuture.supplyAsync(
						() -> access
							.store(ValueAccess.Batch.of(index, first, Math.min(index.size(), first + batch), at)),
						writers));
			}
			for (CompletableFuture<Long> done : batches) {
				written += done.join();
			}
		}
		long stored = System.nanoTime();
		double seconds = (stored - start) / 1e9;
		return new BatchReport((int) written, access.via().toString(), index.model().kind(), index.model().training(),
				Map.copyOf(index.timings), (valued - start) / 1e9, (stored - valued) / 1e9, seconds,
				seconds == 0 ? 0 : Math.round(written / seconds), (valuedCpu - cpu) / 1e9,
				(ProcessCpu.nanos() - valuedCpu) / 1e9);
	}

	/**
	 * What a batch valuation did.
	 *
	 * @param patents patents valued and stored
	 * @param via how the graph was read and written: {@code embedded} (the in-process
	 * database's Java API) or {@code bolt} (Cypher over Bolt)
	 * @param model {@code model} or {@code prior}
	 * @param training how the model was trained
	 * @param timings seconds reading the graph, fitting the model, valuing the patents
	 * @param valueSeconds reading the facts, fitting and valuing
	 * @param storeSeconds writing the values
	 * @param seconds in all
	 * @param patentsPerSecond patents over all seconds
	 * @param valueCpuSeconds processor time of the whole process (every core, the
	 * database's threads included) while reading, fitting and valuing: what the work
	 * costs, apart from what other processes of a shared machine take
	 * @param storeCpuSeconds the same while writing
	 */
	public record BatchReport(int patents, String via, String model, String training, Map<String, Double> timings,
			double valueSeconds, double storeSeconds, double seconds, long patentsPerSecond, double valueCpuSeconds,
			double storeCpuSeconds) {
	}

}
