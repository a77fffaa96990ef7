package org.ipgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.nlp.DocumentAnalysis;
import org.ipgraph.nlp.text.ExtractedText;
import org.ipgraph.nlp.Fact;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.bench.NlpBenchmark;
import org.ipgraph.nlp.NlpService;
import org.ipgraph.nlp.PatentTextService;
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.TextExtractor;
import org.ipgraph.nlp.training.EvaluationReport;
import org.ipgraph.nlp.training.EvaluationText;
import org.ipgraph.nlp.training.NerTrainer;
import org.ipgraph.nlp.training.NlpTraining;
import org.ipgraph.nlp.training.SharedDataSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "nlp", mixinStandardHelpOptions = true,
		description = "Text to graph: make and measure the NER models, read texts, benchmark the pipeline.",
		subcommands = { NlpCommand.Train.class, NlpCommand.Evaluate.class, NlpCommand.Extract.class,
				NlpCommand.Patents.class, NlpCommand.Bench.class })
class NlpCommand extends IpgraphCommand {

	@Override
	int execute() {
		this.spec.commandLine().usage(System.out);
		return OK;
	}

	/**
	 * Where the models and the shared data are, for training and evaluation.
	 */
	static class Directories {

		@Option(names = "--models", paramLabel = "DIR", description = "Model directory (default: nlp-models/).")
		Path models;

		@Option(names = "--data", paramLabel = "DIR",
				description = "The shared data (default: $IPGRAPH_SHARED_DATA or ../shared/data).")
		Path data;

		/**
		 * The model directory: --models, else nlp-models/ of the installation, else of
		 * the working directory.
		 */
		Path models() {
			if (this.models != null) {
				return this.models.toAbsolutePath().normalize();
			}
			String home = System.getProperty("ipgraph.home");
			return (home != null ? Path.of(home, "nlp-models") : Path.of("nlp-models")).toAbsolutePath().normalize();
		}

		Path data() {
			return SharedDataSources.locate(this.data);
		}

	}

	@Command(name = "train", mixinStandardHelpOptions = true,
			description = "Derive the training data from the shared data, train the NER models, evaluate them and "
					+ "write the model cards into nlp-models/.")
	static class Train extends IpgraphCommand {

		@Mixin
		Directories directories;

		@Option(names = "--iterations", defaultValue = "100",
				description = "GIS iterations (default ${DEFAULT-VALUE}).")
		int iterations;

		@Option(names = "--cutoff", defaultValue = "2", description = "Feature cutoff (default ${DEFAULT-VALUE}).")
		int cutoff;

		@Option(names = "--json", description = "Print the evaluation as JSON.")
		boolean json;

		@Override
		int execute() {
			Path dir = this.directories.models();
			if (!Files.isDirectory(dir)) {
				throw new IllegalArgumentException("No model directory " + dir + " (it holds reference/programs.tsv "
						+ "and heldout/handwritten.txt); name one with --models");
			}
			EvaluationReport report = NlpTraining.train(dir, this.directories.data(),
					new NerTrainer.Parameters(this.iterations, this.cutoff), System.err);
			print(report, this.json, System.out);
			return 0;
		}

	}

	@Command(name = "evaluate", mixinStandardHelpOptions = true,
			description = "Precision, recall and F1 of the models on held-out text, the 177 federal-funding "
					+ "statements and agency linking, with dictionary-only and no-derived-data baselines.")
	static class Evaluate extends IpgraphCommand {

		@Mixin
		Directories directories;

		@Option(names = "--json", description = "Print every figure as one JSON object.")
		boolean json;

		@Option(names = "--write",
				description = "Also rewrite evaluation.json and the model cards in the model directory (models trained "
						+ "with the default parameters), e.g. after a change to the pipeline.")
		boolean write;

		@Override
		int execute() {
			Path dir = this.directories.models();
			EvaluationReport report = NlpTraining.evaluate(dir, this.directories.data(), System.err);
			if (this.write) {
				NlpTraining.writeFigures(dir, report);
			}
			print(report, this.json, System.out);
			return 0;
		}

	}

	static void print(EvaluationReport report, boolean json, PrintStream out) {
		if (json) {
			out.println(NlpTraining.json(report));
		}
		else {
			out.print(EvaluationText.format(report));
		}
	}

	@Command(name = "extract", mixinStandardHelpOptions = true,
			description = "Read files with the pipeline and print mentions, links and facts; writes nothing.")
	static class Extract extends ApplicationCommand {

		@Option(names = "--json", description = "Print JSON.")
		boolean json;

		@Parameters(arity = "1..*", paramLabel = "FILE")
		List<Path> files;

		@Override
		int run(Application application) throws Exception {
			NlpService nlp = application.bean(NlpService.class);
			int failed = 0;
			for (Path file : this.files) {
				ExtractedText text;
				try {
					text = TextExtractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
				}
				catch (TextExtractionException ex) {
					System.err.println(file + ": " + ex.getMessage());
					failed++;
					continue;
				}
				DocumentAnalysis analysis = nlp.analyzer().analyze(text, null);
				if (this.json) {
					Output.json(System.out, summary(file, analysis));
				}
				else {
					printText(file, analysis);
				}
			}
			return failed > 0 ? REJECTED : OK;
		}

		private static Map<String, Object> summary(Path file, DocumentAnalysis analysis) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("file", file.toString());
			out.put("language", analysis.text().language());
			out.put("sentences", analysis.text().sentences().size());
			out.put("tokens", analysis.text().tokenCount());
			out.put("mentions", analysis.mentions().stream().map(m -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("type", m.mention().type());
				row.put("text", m.mention().text());
				row.put("start", m.mention().start());
				row.put("end", m.mention().end());
				row.put("source", m.mention().source());
				row.put("confidence", m.mention().confidence());
				row.put("link", m.link().status());
				row.put("node", m.link().entity() != null ? analysis.node(m) : null);
				row.put("candidates", m.link().candidates().stream().map(c -> c.entity().id()).toList());
				return row;
			}).toList());
			out.put("facts", analysis.facts());
			return out;
		}

		private static void printText(Path file, DocumentAnalysis analysis) {
			System.out.printf("%s: language %s, %d sentences, %d tokens%n", file, analysis.text().language(),
					analysis.text().sentences().size(), analysis.text().tokenCount());
			for (LinkedMention m : analysis.mentions()) {
				String target = switch (m.link().status()) {
					case LINKED, NEW -> m.link().status().name().toLowerCase() + " " + analysis.node(m).label() + " "
							+ analysis.node(m).id() + " (" + m.link().method() + ")";
					case AMBIGUOUS -> "ambiguous: " + m.link().candidates().stream().map(c -> c.entity().id()).toList();
					case UNLINKED -> "";
				};
				System.out.printf("  %-13s %-50.50s %s%n", m.mention().type(), m.mention().text(), target);
			}
			for (Fact f : analysis.facts()) {
				System.out.printf("  fact %s: %s -> %s %s%n", f.type(), f.from().id(),
						f.to() != null ? f.to().id() : "-", f.properties());
			}
		}

	}

	@Command(name = "patents", mixinStandardHelpOptions = true,
			description = "Run the pipeline over the text fields of patents in the graph (government-interest "
					+ "statements, abstracts, claims); each text becomes a Document the patent HAS_TEXT.")
	static class Patents extends ApplicationCommand {

		@Option(names = "--fields", split = ",", defaultValue = "governmentInterest,abstract",
				description = "governmentInterest, abstract, claims (default ${DEFAULT-VALUE}).")
		List<String> fields;

		@Option(names = "--limit", defaultValue = "1000000", description = "At most this many patents per field.")
		int limit;

		@Option(names = "--redo", description = "Read texts read before again (their facts are replaced).")
		boolean redo;

		@Override
		int run(Application application) {
			Output.json(System.out, application.bean(PatentTextService.class).run(this.fields, this.limit, this.redo));
			return OK;
		}

	}

	@Command(name = "bench", mixinStandardHelpOptions = true,
			description = "Speed of the text pipeline, in one run on a fresh temporary store: tokens per second of raw "
					+ "OpenNLP (sentences, tokens, POS, NER), of the analysis without the graph and of the whole "
					+ "text ingest on the same documents, with the ingest/raw ratio; then the time per megabyte of "
					+ "ingesting one file of each size, made from real text, laid out as paragraphs, without blank "
					+ "lines and as one line.")
	static class Bench extends ReportCommand<NlpBenchmark.Result> {

		@Option(names = "--threads", defaultValue = "2",
				description = "Threads that read documents (default ${DEFAULT-VALUE}).")
		int threads;

		@Option(names = "--warmup", defaultValue = "20", description = "Documents read first to warm up.")
		int warmup;

		@Option(names = "--rounds", defaultValue = "3",
				description = "Throughput rounds (default ${DEFAULT-VALUE}); the ratio is their median.")
		int rounds;

		@Option(names = "--scale-text", paramLabel = "PATH",
				description = "Documents whose extracted text, concatenated in path order, makes the scale files "
						+ "(default: the PATHs).")
		List<Path> scaleText;

		@Option(names = "--sizes", split = ",", defaultValue = "100KB,10MB",
				description = "Sizes of the scale files (default ${DEFAULT-VALUE}; none: 0).")
		List<String> sizes;

		@Option(names = "--layouts", split = ",", defaultValue = "PARAGRAPHS,NO_BLANK_LINES,ONE_LINE",
				description = "Layouts of the scale files: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
		List<NlpBenchmark.Layout> layouts;

		@Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or directories.")
		List<Path> paths;

		/** The fresh temporary store; deleted afterwards. */
		private Path temporary;

		@Override
		Map<String, Object> properties() {
			if (this.common.dataDir != null) {
				throw new IllegalArgumentException("nlp bench empties the graph between runs, so it runs on a fresh "
						+ "temporary store of its own: leave out --data-dir");
			}
			Map<String, Object> extra = new LinkedHashMap<>();
			extra.put("ipgraph.nlp.threads", this.threads);
			extra.put("ipgraph.ingest.read-threads", this.threads);
			try {
				this.temporary = Files.createTempDirectory("ipgraph-bench");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			extra.put("ipgraph.neo4j.data-dir", this.temporary.resolve("store").toString());
			return extra;
		}

		@Override
		NlpBenchmark.Result report(Application application) {
			List<Long> bytes = this.sizes.stream()
				.filter(s -> !s.equals("0"))
				.map(s -> org.springframework.util.unit.DataSize.parse(s.toUpperCase(java.util.Locale.ROOT)).toBytes())
				.toList();
			NlpBenchmark.Options options = new NlpBenchmark.Options(this.paths,
					this.scaleText == null || this.scaleText.isEmpty() ? this.paths : this.scaleText, bytes,
					this.layouts, this.warmup, this.rounds, this.temporary);
			return application.bean(NlpBenchmark.class).run(options, step -> System.err.println("  " + step));
		}

		@Override
		void print(NlpBenchmark.Result result, PrintStream out) {
			out.printf("%s; %d threads; load average at start, after the rounds, at the end: %s%n", Output.machine(),
					result.threads(), result.loadAverage());
			out.printf("Throughput: %,d documents, %,d tokens, %d rounds (seconds per round)%n", result.documents(),
					result.tokens(), result.rounds().size());
			out.printf("  raw OpenNLP (sentences, tokens, POS, NER):        %s s, best %,10.0f tokens/s%n",
					result.rounds().stream().map(NlpBenchmark.Round::rawSeconds).toList(), result.rawTokensPerSecond());
			out.printf("  analysis (with lemmas, gazetteer, linking, rules): %s s, best %,10.0f tokens/s%n",
					result.rounds().stream().map(NlpBenchmark.Round::analysisSeconds).toList(),
					result.analysisTokensPerSecond());
			out.printf("  ingest end to end (extraction to graph writes):    %s s, best %,10.0f tokens/s%n",
					result.rounds().stream().map(NlpBenchmark.Round::endToEndSeconds).toList(),
					result.endToEndTokensPerSecond());
			out.printf("  analysis / raw: %.2f; end to end / raw (median of rounds): %.2f%n", result.analysisRatio(),
					result.ratio());
			if (!result.scale().isEmpty()) {
				out.printf("Scale: one file per size and layout, from %s%n", result.scaleSource());
				for (NlpBenchmark.Scale s : result.scale()) {
					out.printf("  %-15s %,12d bytes %,9d lines: %8.2f s, %7.2f s/MB%n",
							s.layout().name().toLowerCase(java.util.Locale.ROOT), s.bytes(), s.lines(), s.seconds(),
							s.secondsPerMegabyte());
				}
				out.printf("  time per MB, largest over smallest file: %s%n",
						String.join("; ", result.perMegabyteRatios()));
			}
		}

		@Override
		void cleanUp() {
			if (this.temporary != null) {
				org.springframework.util.FileSystemUtils.deleteRecursively(this.temporary.toFile());
			}
		}

	}

}
