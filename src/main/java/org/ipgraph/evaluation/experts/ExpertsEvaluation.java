package org.ipgraph.evaluation.experts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.demo.DemoLoadReport;
import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.demo.InventorTruth;
import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.Metrics;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.ingest.SourceFormat;
import org.ipgraph.experts.ResolverInput;
import org.ipgraph.experts.RankerSettings;
import org.ipgraph.experts.PersonResolver;
import org.ipgraph.experts.PersonRecord;
import org.ipgraph.experts.NameForm;
import org.ipgraph.experts.GraphReader;

import org.springframework.stereotype.Component;

/**
 * {@code ipgraph evaluate experts}: leave-one-out inventor recovery on the Google Patents
 * wearables set (loaded into a scratch graph by the production reader, read back by the
 * production {@link GraphReader}), same-person resolution on the inventor-disambiguation
 * benchmarks where their patents are in the shared data, and on the demo generator's
 * inventor truth. Options: {@code data=DIR} (shared data),
 * {@code tasks=recovery,demo,benchmarks}, {@code limit=N} (queries),
 * {@code split=all|dev|test}, {@code ranker=sharpness=2;...} (overrides of
 * {@link RankerSettings}), {@code patents=N} and {@code seed=N} (demo),
 * {@code show-misses=N} (pairs the resolver kept apart, for diagnosis).
 */
@Component
record ExpertsEvaluation(IngestService ingest, DemoLoader demo, List<SourceFormat> formats) implements Evaluation {

	private static final Log logger = LogFactory.getLog(ExpertsEvaluation.class);

	private static final List<String> PATENT_SOURCES = List.of("uspto-ipg-fixtures", "uspto-format-samples",
			"lens-drones-patents", "google-patents-wearables-2024");

	@Override
	public String name() {
		return "experts";
	}

	@Override
	public String description() {
		return "Leave-one-out inventor recovery (wearables) and same-person resolution (benchmarks, demo truth)";
	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		Path data = data(options.get("data"));
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		List<String> tasks = List.of(options.getOrDefault("tasks", "recovery,demo,benchmarks").split(","));
		try (ScratchGraph graph = ScratchGraph.start()) {
			if (tasks.contains("recovery")) {
				recovery(graph, data, Integer.parseInt(options.getOrDefault("limit", "0")),
						options.getOrDefault("split", "all"), settings(options.get("ranker")), report);
				graph.clear();
			}
			if (tasks.contains("demo")) {
				demoResolution(graph,
						new DemoParameters(Integer.parseInt(options.getOrDefault("patents", "3000")),
								Long.parseLong(options.getOrDefault("seed", "42")), DemoParameters.DEFAULT_NOISE),
						report, Integer.parseInt(options.getOrDefault("show-misses", "0")));
			}
		}
		if (tasks.contains("benchmarks")) {
			benchmarks(data, report);
		}
		return report.build();
	}

	private void recovery(ScratchGraph graph, Path data, int limit, String split, RankerSettings settings,
			EvaluationReport.Builder report) {
		Path dir = data.resolve("google-patents-wearables-2024");
		List<Path> files;
		try (Stream<Path> list = Files.list(dir)) {
			// the search export first, then the abstracts that complete its patents
			files = list.filter(p -> p.toString().endsWith(".csv"))
				.sorted((a, b) -> Boolean.compare(a.getFileName().toString().contains("abstract"),
						b.getFileName().toString().contains("abstract")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.ingest.on(graph.driver()).ingest("google-patents-csv", files, IngestListener.NONE);
		GraphReader reader = new GraphReader(graph.driver());
		Map<String, GraphReader.PersonRow> persons = reader.persons();
		List<GraphReader.ItemRow> patents = new ArrayList<>();
		reader.patents(patents::add);
		Map<String, String> abstracts = new HashMap<>();
		try (var session = graph.driver().session()) {
			session.run("MATCH (p:Patent) WHERE p.abstract IS NOT NULL RETURN p.number AS n, p.abstract AS a")
				.forEachRemaining(r -> abstracts.put(r.get("n").asString(), r.get("a").asString()));
		}
		InventorRecovery.Result result = new InventorRecovery(persons, patents, abstracts).run(limit, split, settings,
				logger::info);
		String task = "inventor recovery, leave-one-out (google-patents-wearables-2024"
				+ ("all".equals(split) ? "" : ", " + split + " split") + ")";
		result.models()
			.forEach((model, m) -> report.figure(task, model, "P@10", m[0])
				.figure(task, model, "MRR", m[1])
				.figure(task, model, "hit@10", m[2])
				.figure(task, model, "queries", result.queries()));
		report.note(String.format(
				"Recovery: %d patents with inventors, %d with abstracts; %d queries, %d skipped (no inventor with another "
						+ "patent). P@10 counts real inventors in the top 10 divided by 10; hit@10 is the share of "
						+ "queries with any real inventor in the top 10.",
				patents.size(), abstracts.size(), result.queries(), result.skipped()));
	}

	private void demoResolution(ScratchGraph graph, DemoParameters parameters, EvaluationReport.Builder report,
			int showMisses) {
		DemoLoadReport loaded = this.demo.on(graph.driver()).load(parameters, DemoProgress.NONE);
		InventorTruth truth = loaded.truth().inventors();
		GraphReader reader = new GraphReader(graph.driver());
		Map<String, GraphReader.PersonRow> persons = reader.persons();
		List<GraphReader.ItemRow> patents = new ArrayList<>();
		reader.patents(patents::add);
		PersonResolver.Resolution resolution = new PersonResolver().resolve(ResolverInput.records(persons, patents));
		Map<String, String> gold = new LinkedHashMap<>();
		Map<String, String> resolved = new HashMap<>();
		Map<String, String> exactName = new HashMap<>();
		Map<String, String> asLoaded = new HashMap<>();
		persons.forEach((id, row) -> truth.inventorOf(id).ifPresent(inventor -> {
			gold.put(id, inventor);
			resolved.put(id, resolution.identityOf(id));
			NameForm n = row.name();
			exactName.put(id, n.family() + "|" + String.join(" ", n.given()) + "|" + n.suffix());
			asLoaded.put(id, id);
		}));
		String task = String.format("same-person resolution, demo truth (%,d patents, seed %d)", parameters.patents(),
				parameters.seed());
		figures(report, task, "resolver", ResolutionQuality.pairwise(gold, resolved));
		figures(report, task, "exact name", ResolutionQuality.pairwise(gold, exactName));
		figures(report, task, "Person ids as loaded", ResolutionQuality.pairwise(gold, asLoaded));
		if (showMisses > 0) {
			misses(ResolverInput.records(persons, patents), gold, resolved, showMisses).forEach(report::note);
		}
		report.note(String.format("Demo resolution: %,d inventor Person nodes of %,d generated inventors.", gold.size(),
				gold.values().stream().distinct().count()));
	}

	// Pairs of one gold person the resolver kept apart, with what it compared: for
	// diagnosis
	private static List<String> misses(List<PersonRecord> records, Map<String, String> gold,
			Map<String, String> resolved, int limit) {
		Map<String, PersonRecord> byId = new HashMap<>();
		records.forEach(r -> byId.put(r.id(), r));
		Map<String, List<String>> clusters = new java.util.TreeMap<>();
		gold.forEach((id, person) -> clusters.computeIfAbsent(person, k -> new ArrayList<>()).add(id));
		List<String> misses = new ArrayList<>();
		for (List<String> ids : clusters.values()) {
			for (int i = 0; i < ids.size() && misses.size() < limit; i++) {
				for (int j = i + 1; j < ids.size() && misses.size() < limit; j++) {
					if (!resolved.get(ids.get(i)).equals(resolved.get(ids.get(j)))) {
						PersonRecord a = byId.get(ids.get(i));
						PersonRecord b = byId.get(ids.get(j));
						misses.add("missed " + a.name().match(b.name()) + ": " + describe(a) + " / " + describe(b));
					}
				}
			}
		}
		return misses;
	}

	private static String describe(PersonRecord r) {
		return r.id() + " orgs=" + r.organizations() + " places=" + r.places() + " areas=" + r.areas() + " co="
				+ r.coInventors().size() + " patents=" + r.patents().size();
	}

	private void benchmarks(Path data, EvaluationReport.Builder report) {
		Map<String, PatentRecord> present = patents(data);
		Path dir = data.resolve("inventor-disambiguation-benchmarks");
		try (Stream<Path> list = Files.list(dir)) {
			for (Path file : list.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
				Map<String, String> gold = new LinkedHashMap<>();
				long mentions = 0;
				List<String> lines = Files.readAllLines(file);
				for (String line : lines.subList(1, lines.size())) {
					String[] cells = line.split(",", -1);
					mentions++;
					String patent = cells[0].substring(0, cells[0].lastIndexOf('-'));
					if (present.containsKey(patent)) {
						gold.put(cells[0], cells[1]);
					}
				}
				List<PatentRecord> records = gold.keySet()
					.stream()
					.map(m -> m.substring(0, m.lastIndexOf('-')))
					.distinct()
					.sorted()
					.map(present::get)
					.toList();
				PersonResolver.Resolution resolution = new PersonResolver()
					.resolve(ResolutionQuality.mentions(records));
				Metrics.Prf prf = ResolutionQuality.pairwise(gold, resolution.identities());
				long goldPairs = prf.truePositives() + prf.falseNegatives();
				String task = "same-person resolution, " + file.getFileName();
				report.figure(task, "resolver", "mentions", mentions)
					.figure(task, "resolver", "mentions present", gold.size())
					.figure(task, "resolver", "patents present", records.size())
					.figure(task, "resolver", "gold pairs present", goldPairs);
				if (goldPairs > 0) {
					figures(report, task, "resolver", prf);
				}
				else {
					report.note(file.getFileName() + ": not measurable: " + gold.size() + " of " + mentions
							+ " mentions are on patents present in the shared data (" + records.size()
							+ " patents), and no two of them are one person, so there is no same-person pair to find.");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		report.note("Benchmark patents looked for among " + present.size() + " US patent records parsed from "
				+ PATENT_SOURCES + " by the production readers.");
	}

	private static void figures(EvaluationReport.Builder report, String task, String model, Metrics.Prf prf) {
		report.figure(task, model, "precision", prf.precision())
			.figure(task, model, "recall", prf.recall())
			.figure(task, model, "F1", prf.f1());
	}

	// Every US patent record in the shared data sources with inventors, by graph key
	private Map<String, PatentRecord> patents(Path data) {
		Map<String, PatentRecord> records = new HashMap<>();
		for (String source : PATENT_SOURCES) {
			try (Stream<Path> walk = Files.walk(data.resolve(source))) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					read(file, records);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return records;
	}

	private void read(Path file, Map<String, PatentRecord> records) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8192);
		}
		for (SourceFormat format : this.formats) {
			if (format.accepts(file, head)) {
				try (InputStream in = Files.newInputStream(file)) {
					format.read(file, in, new RecordSink() {
						@Override
						public void accept(String ref, Object record) {
							if (record instanceof PatentRecord p && "US".equals(p.number().jurisdiction())
									&& !p.inventors().isEmpty()) {
								records.putIfAbsent(p.number().key(), p);
							}
						}

						@Override
						public void reject(String ref, String reason) {
						}
					});
				}
				catch (RuntimeException | IOException ex) {
					logger.warn("Skipped " + file + ": " + ex.getMessage());
				}
				return;
			}
		}
	}

	// "sharpness=2;neighbours=50": overrides of the ranker's defaults, to tune on the dev
	// split
	private static RankerSettings settings(String option) {
		RankerSettings d = RankerSettings.DEFAULTS;
		if (option == null || option.isBlank()) {
			return d;
		}
		Map<String, Double> v = new HashMap<>();
		for (String pair : option.split(";")) {
			String[] kv = pair.split("=", 2);
			v.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
		}
		return new RankerSettings(v.getOrDefault("neighbours", (double) d.neighbours()).intValue(),
				v.getOrDefault("sharpness", d.sharpness()),
				v.getOrDefault("organizationNeighbours", (double) d.organizationNeighbours()).intValue(),
				v.getOrDefault("textWeight", d.textWeight()),
				v.getOrDefault("organizationWeight", d.organizationWeight()),
				v.getOrDefault("profileWeight", d.profileWeight()), v.getOrDefault("cpcWeight", d.cpcWeight()),
				v.getOrDefault("expertiseWeight", d.expertiseWeight()),
				v.getOrDefault("documentWeight", d.documentWeight()),
				v.getOrDefault("recencyHalfLife", d.recencyHalfLife()), v.getOrDefault("k1", d.k1()),
				v.getOrDefault("b", d.b()));
	}

	private static Path data(String option) {
		return SharedData.root(option, "google-patents-wearables-2024")
			.orElseThrow(() -> new IllegalArgumentException("shared data not found; give --option data=DIR"));
	}

}
