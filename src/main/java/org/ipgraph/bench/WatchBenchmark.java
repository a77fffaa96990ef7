package org.ipgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.watch.ChangeDetector;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * What watches cost an ingest: the same file ingested into an empty throwaway graph with
 * no watch and with N active watches (owners, classification areas and patents of the
 * file itself, spread over 10 users), each run timed from the start of the ingest to the
 * end of the alert derivation, the two alternating so that both see the same machine; one
 * untimed run of each comes first.
 */
@Component
public class WatchBenchmark {

	private static final int USERS = 10;

	private final IngestService ingest;

	private final ChangeDetector detector;

	WatchBenchmark(IngestService ingest, ChangeDetector detector) {
		this.ingest = ingest;
		this.detector = detector;
	}

	/**
	 * One timed run.
	 *
	 * @param watches watches active during the run
	 * @param seconds ingest and derivation
	 * @param deriveSeconds of which the derivation of alerts
	 * @param changeSets change sets committed and derived
	 * @param alerts alerts derived
	 */
	public record Run(int watches, double seconds, double deriveSeconds, int changeSets, int alerts) {

		/** What the derivation added to the ingest of the same run. */
		public double deriveShare() {
			return this.deriveSeconds / (this.seconds - this.deriveSeconds);
		}

	}

	/**
	 * @param patents patents the input holds
	 * @param none the runs without watches
	 * @param watched the runs with watches
	 * @param ratio median time with watches over median time without
	 */
	public record Result(long patents, List<Run> none, List<Run> watched, double ratio) {

		public static double median(List<Run> runs) {
			return median(runs, Run::seconds);
		}

		public static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
			List<Double> seconds = new ArrayList<>(runs.stream().map(value::applyAsDouble).toList());
			Collections.sort(seconds);
			int n = seconds.size();
			return n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
		}

	}

	public Result run(List<Path> input, int watches, int repeats, Consumer<String> progress) {
		try (ScratchGraph graph = ScratchGraph.start()) {
			IngestService ingest = this.ingest.on(graph.driver());
			ChangeDetector detector = this.detector.on(graph.driver(), graph.client());
			// a first ingest warms up the JVM and tells what the file holds to watch
			ingest.ingest("auto", input, IngestListener.NONE);
			List<Map<String, Object>> targets = targets(graph, watches);
			long patents = count(graph, "MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p) AS n");
			progress.accept("input: " + patents + " patents; " + targets.size() + " watch targets from it");
			// and a first untimed run of each mode warms up the derivation's queries, as
			// a
			// running server's earlier rounds have
			once(graph, ingest, detector, input, targets);
			once(graph, ingest, detector, input, List.of());
			List<Run> none = new ArrayList<>();
			List<Run> watched = new ArrayList<>();
			for (int i = 0; i < repeats; i++) {
				boolean watchedFirst = i % 2 == 1;
				for (boolean withWatches : watchedFirst ? List.of(true, false) : List.of(false, true)) {
					Run run = once(graph, ingest, detector, input, withWatches ? targets : List.of());
					(withWatches ? watched : none).add(run);
					progress.accept(String.format(java.util.Locale.ROOT,
							"run %d, %d watches: %.2f s, %d change sets, " + "%d alerts", i + 1, run.watches(),
							run.seconds(), run.changeSets(), run.alerts()));
				}
			}
			return new Result(patents, none, watched, Result.median(watched) / Result.median(none));
		}
	}

	private static Run once(ScratchGraph graph, IngestService ingest, ChangeDetector detector, List<Path> input,
			List<Map<String, Object>> targets) {
		graph.clear();
		try (Session session = graph.driver().session()) {
			session
				.run("""
						UNWIND range(1, $users) AS i
						CREATE (:User {username: 'bench' + i, roles: ['USER'], createdAt: datetime()})""",
						Map.of("users", USERS))
				.consume();
			session
				.run("""
						UNWIND $targets AS t
						MATCH (u:User {username: t.user})
						CREATE (u)-[:WATCHES]->(:Watch {id: t.id, kind: t.kind, target: t.target, name: t.target, group: false,
						                                user: t.user, createdAt: datetime()})""",
						Map.of("targets", targets))
				.consume();
		}
		long start = System.nanoTime();
		ingest.ingest("auto", input, IngestListener.NONE);
		long ingested = System.nanoTime();
		ChangeDetector.Round round = detector.derive();
		long end = System.nanoTime();
		return new Run(targets.size(), (end - start) / 1e9, (end - ingested) / 1e9, round.changeSets(), round.total());
	}

	/**
	 * Watch targets taken from the ingested file: its owners, its classification
	 * subclasses and groups, then its patents, round-robin over the users, up to
	 * {@code watches}.
	 */
	private static List<Map<String, Object>> targets(ScratchGraph graph, int watches) {
		List<Map<String, Object>> targets = new ArrayList<>();
		try (Session session = graph.driver().session()) {
			List<List<String>> kinds = List.of(
					List.of("organization",
							"MATCH (o:Organization)-[:OWNS]->(:Patent) RETURN DISTINCT o.id AS id ORDER BY id"),
					List.of("cpc", """
							MATCH (:Patent)-[:CLASSIFIED_AS]->(t:Technology)
							RETURN DISTINCT left(t.symbol, 4) AS id ORDER BY id"""),
					List.of("patent", "MATCH (p:Patent) WHERE p.stub IS NULL RETURN p.number AS id ORDER BY id"),
					List.of("patent", "MATCH (p:Patent) WHERE p.stub RETURN p.number AS id ORDER BY id"));
			for (List<String> kind : kinds) {
				for (String id : session.run(kind.get(1)).list(r -> r.get("id").asString())) {
					if (targets.size() >= watches) {
						return targets;
					}
					String user = "bench" + (targets.size() % USERS + 1);
					targets.add(
							Map.of("id", "w-bench-" + targets.size(), "kind", kind.get(0), "target", id, "user", user));
				}
			}
		}
		return targets;
	}

	private static long count(ScratchGraph graph, String cypher) {
		try (Session session = graph.driver().session()) {
			return session.run(cypher).single().get("n").asLong();
		}
	}

}
