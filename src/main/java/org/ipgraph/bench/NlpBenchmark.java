package org.ipgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.NlpService;
import org.ipgraph.nlp.TextAnalyzer;
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.TextExtractor;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * {@code ipgraph nlp bench}, in one run on a scratch store:
 * <ul>
 * <li><b>Throughput</b>: tokens per second of raw OpenNLP (sentences, tokens, POS and
 * names, documents shared out over the threads), of the analysis alone (pipeline with
 * lemmas and gazetteer, linking, relations; no graph) and of the whole text ingest into
 * an emptied graph (extraction, analysis, graph writes), round after round; the ratio of
 * ingest to raw is the median over rounds of the ratios within a round.</li>
 * <li><b>Scale</b>: time per megabyte of ingesting one file of each size (100 KB and 10
 * MB by default) made by concatenating the extracted text of real documents in path order
 * (repeated when they are too few), in three layouts: as extracted (paragraphs), without
 * blank lines, and as one line. Linear time means the same time per megabyte.</li>
 * </ul>
 * The graph is emptied before every ingest, so every ingest writes everything; the bench
 * must therefore only run on a store of its own.
 */
@Component
public class NlpBenchmark {

	private static final String CLEAR = """
			MATCH (n) WHERE NOT n:__Neo4jMigration
			CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
			""";

	/** How the scale files lay their text out. */
	public enum Layout {

		/** as extracted: paragraphs separated by blank lines */
		PARAGRAPHS,

		/** every blank line removed */
		NO_BLANK_LINES,

		/** every line break replaced by a space: one line */
		ONE_LINE;

		String apply(String text) {
			return switch (this) {
				case PARAGRAPHS -> text;
				case NO_BLANK_LINES -> text.replaceAll("\n\\s*\n", "\n");
				case ONE_LINE -> text.replace('\n', ' ');
			};
		}

	}

	/**
	 * What to run.
	 *
	 * @param documents documents (files or directories) for the throughput rounds
	 * @param scaleText documents whose text makes the scale files
	 * @param sizes sizes of the scale files, in bytes (UTF-8)
	 * @param layouts layouts of the scale files
	 * @param warmup documents read first to warm up
	 * @param rounds throughput rounds
	 * @param work a directory for the scale files
	 */
	public record Options(List<Path> documents, List<Path> scaleText, List<Long> sizes, List<Layout> layouts,
			int warmup, int rounds, Path work) {
	}

	/**
	 * One throughput round.
	 *
	 * @param rawSeconds raw OpenNLP over all documents
	 * @param analysisSeconds analysis without the graph
	 * @param endToEndSeconds ingest into an emptied graph
	 * @param ratio raw time over ingest time (ingest throughput over raw throughput)
	 */
	public record Round(double rawSeconds, double analysisSeconds, double endToEndSeconds, double ratio) {
	}

	/**
	 * One scale file ingested.
	 *
	 * @param layout its layout
	 * @param bytes its size
	 * @param lines its lines
	 * @param seconds ingest time
	 * @param secondsPerMegabyte seconds per 10^6 bytes
	 */
	public record Scale(Layout layout, long bytes, long lines, double seconds, double secondsPerMegabyte) {
	}

	/**
	 * @param documents documents of the throughput rounds
	 * @param tokens their tokens (as the raw run counts them)
	 * @param threads threads reading documents (raw, analysis and ingest alike)
	 * @param rounds the throughput rounds
	 * @param rawTokensPerSecond best raw rate
	 * @param analysisTokensPerSecond best analysis rate
	 * @param endToEndTokensPerSecond best ingest rate
	 * @param ratio median over rounds of ingest rate over raw rate
	 * @param analysisRatio median over rounds of analysis rate over raw rate
	 * @param scaleSource where the scale text came from
	 * @param scale the scale files ingested
	 * @param perMegabyteRatios per layout, the largest file's time per megabyte over the
	 * smallest's
	 * @param loadAverage system load average at the start, after the rounds and at the
	 * end (2 cores shared with other work make single figures noisy)
	 * @param nodesCreated nodes the first ingest created
	 * @param relationshipsCreated relationships the first ingest created
	 */
	public record Result(int documents, long tokens, int threads, List<Round> rounds, double rawTokensPerSecond,
			double analysisTokensPerSecond, double endToEndTokensPerSecond, double ratio, double analysisRatio,
			String scaleSource, List<Scale> scale, List<String> perMegabyteRatios, List<Double> loadAverage,
			long nodesCreated, long relationshipsCreated) {
	}

	private final NlpService nlp;

	private final IngestService ingest;

	/** Empties the graph, keeping the migration records. */
	private final Runnable emptyGraph;

	NlpBenchmark(NlpService nlp, IngestService ingest, Driver driver) {
		this.emptyGraph = () -> {
			try (var session = driver.session()) {
				session.run(CLEAR).consume();
			}
		};
		this.nlp = nlp;
		this.ingest = ingest;
	}

	public Result run(Options options, Consumer<String> progress) {
		List<Path> files = files(options.documents());
		List<String> texts = texts(files);
		NlpPipeline pipeline = this.nlp.pipeline();
		int threads = this.nlp.properties().effectiveThreads();
		TextAnalyzer analyzer = this.nlp.analyzer();
		for (int i = 0; i < Math.min(options.warmup(), texts.size()); i++) {
			pipeline.raw(texts.get(i));
			analyzer.analyze(texts.get(i), null);
		}
		List<Double> load = new ArrayList<>(List.of(load()));
		List<Round> rounds = new ArrayList<>();
		long tokens = 0;
		IngestReport first = null;
		for (int round = 1; round <= Math.max(1, options.rounds()); round++) {
			progress.accept("round " + round + ": raw OpenNLP");
			long start = System.nanoTime();
			tokens = parallel(texts, threads, pipeline::raw);
			double raw = seconds(start);
			progress.accept("round " + round + ": analysis");
			TextAnalyzer current = this.nlp.analyzer();
			start = System.nanoTime();
			parallel(texts, threads, text -> current.analyze(text, null).text().tokenCount());
			double analysis = seconds(start);
			progress.accept("round " + round + ": ingest");
			clear();
			start = System.nanoTime();
			IngestReport report = this.ingest.ingest("text", files, IngestListener.NONE);
			double end = seconds(start);
			first = first == null ? report : first;
			rounds.add(new Round(round(raw), round(analysis), round(end), round(raw / end)));
		}
		load.add(load());
		String source = scaleSource(options);
		List<Scale> scale = new ArrayList<>();
		String text = scaleText(options, sizes(options));
		for (Layout layout : options.layouts()) {
			for (long size : options.sizes()) {
				progress.accept("scale: " + layout.name().toLowerCase(Locale.ROOT) + ", " + size + " bytes");
				scale.add(scale(layout, size, text, options.work()));
			}
		}
		load.add(load());
		long finalTokens = tokens;
		return new Result(files.size(), tokens, threads, rounds,
				Math.round(finalTokens / rounds.stream().mapToDouble(Round::rawSeconds).min().orElseThrow()),
				Math.round(finalTokens / rounds.stream().mapToDouble(Round::analysisSeconds).min().orElseThrow()),
				Math.round(finalTokens / rounds.stream().mapToDouble(Round::endToEndSeconds).min().orElseThrow()),
				median(rounds.stream().map(Round::ratio).toList()),
				median(rounds.stream().map(r -> round(r.rawSeconds() / r.analysisSeconds())).toList()), source, scale,
				perMegabyteRatios(scale), load, first.getNodesCreated(), first.getRelationshipsCreated());
	}

	/**
	 * Ingests one scale file into an emptied graph.
	 */
	private Scale scale(Layout layout, long size, String source, Path work) {
		String text = layout.apply(prefix(source, size));
		Path file = work.resolve("scale-" + layout.name().toLowerCase(Locale.ROOT) + "-" + size + ".txt");
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
			long bytes = Files.size(file);
			clear();
			long start = System.nanoTime();
			IngestReport report = this.ingest.ingest("text", List.of(file), IngestListener.NONE);
			double seconds = seconds(start);
			if (report.getRejected() > 0) {
				throw new IllegalStateException("the scale file " + file + " was rejected: " + report.getRejections());
			}
			long lines = text.chars().filter(c -> c == '\n').count() + 1;
			return new Scale(layout, bytes, lines, round(seconds), round(seconds / (bytes / 1e6)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// left in the bench's temporary directory
			}
		}
	}

	private static List<String> perMegabyteRatios(List<Scale> scale) {
		List<String> out = new ArrayList<>();
		for (Layout layout : Layout.values()) {
			List<Scale> of = scale.stream().filter(s -> s.layout() == layout).toList();
			if (of.size() >= 2) {
				Scale small = of.stream().min((a, b) -> Long.compare(a.bytes(), b.bytes())).orElseThrow();
				Scale large = of.stream().max((a, b) -> Long.compare(a.bytes(), b.bytes())).orElseThrow();
				out.add(String.format(Locale.ROOT, "%s: %.2f", layout.name().toLowerCase(Locale.ROOT),
						large.secondsPerMegabyte() / small.secondsPerMegabyte()));
			}
		}
		return out;
	}

	private static long sizes(Options options) {
		return options.sizes().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/**
	 * The extracted texts of the scale documents in path order, separated by blank lines
	 * and repeated until there are {@code bytes} of it.
	 */
	private static String scaleText(Options options, long bytes) {
		List<String> texts = texts(files(options.scaleText()));
		if (texts.stream().allMatch(String::isBlank)) {
			throw new IllegalArgumentException("no text in " + options.scaleText());
		}
		StringBuilder out = new StringBuilder();
		long size = 0;
		while (size < bytes) {
			for (String text : texts) {
				if (size >= bytes) {
					break;
				}
				if (!text.isBlank()) {
					out.append(text.strip()).append("\n\n");
					size += text.getBytes(StandardCharsets.UTF_8).length + 2;
				}
			}
		}
		return out.toString();
	}

	private static String scaleSource(Options options) {
		List<Path> files = files(options.scaleText());
		long bytes = texts(files).stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
		return String.format(Locale.ROOT, "%,d documents under %s, %,d bytes of extracted text, in path order%s",
				files.size(), options.scaleText(), bytes,
				bytes < sizes(options) ? ", repeated to reach " + sizes(options) + " bytes" : "");
	}

	/**
	 * The longest start of the text with at most {@code bytes} UTF-8 bytes, ending at a
	 * line break when there is one in its last tenth.
	 */
	static String prefix(String text, long bytes) {
		int end = 0;
		long size = 0;
		while (end < text.length()) {
			int cp = text.codePointAt(end);
			int length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
			if (size + length > bytes) {
				break;
			}
			size += length;
			end += Character.charCount(cp);
		}
		int line = text.lastIndexOf('\n', end - 1);
		return line > end * 9 / 10 ? text.substring(0, line + 1) : text.substring(0, end);
	}

	private void clear() {
		this.emptyGraph.run();
		this.nlp.forgetIndex();
	}

	private static long parallel(List<String> texts, int threads, ToLongFunction<String> work) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		AtomicLong total = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(executor.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < texts.size()) {
						total.addAndGet(work.applyAsLong(texts.get(i)));
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
		return total.get();
	}

	private static List<String> texts(List<Path> files) {
		List<String> texts = new ArrayList<>();
		for (Path file : files) {
			try {
				texts.add(TextExtractor.extract(file.getFileName().toString(), Files.readAllBytes(file)).text());
			}
			catch (TextExtractionException | IOException ex) {
				texts.add("");
			}
		}
		return texts;
	}

	static List<Path> files(List<Path> inputs) {
		List<Path> out = new ArrayList<>();
		for (Path input : inputs) {
			try (Stream<Path> walk = Files.walk(input)) {
				walk.filter(Files::isRegularFile)
					.filter(f -> TextExtractor.EXTENSIONS.contains(TextExtractor.extension(f.getFileName().toString())))
					.filter(f -> !f.getFileName().toString().equals("SOURCE.md"))
					.sorted()
					.forEach(out::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static double load() {
		return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
