package org.ipgraph.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.nlp.text.TextExtractor;
import org.ipgraph.nlp.text.TextExtractionException;

import org.springframework.stereotype.Service;

/**
 * {@code ipgraph nlp bench}: tokens per second of raw OpenNLP (sentences, tokens, POS and
 * names, on as many threads as the pipeline has) and of the whole text ingest on the same
 * documents (extraction, pipeline with lemmas and gazetteer, linking, relations, graph
 * writes), in one run.
 */
@Service
public class NlpBenchmark {

	private final NlpService nlp;

	private final IngestService ingest;

	NlpBenchmark(NlpService nlp, IngestService ingest) {
		this.nlp = nlp;
		this.ingest = ingest;
	}

	/**
	 * @param documents documents read
	 * @param tokens their tokens (as the raw run counts them)
	 * @param threads threads of the pipeline
	 * @param rounds rounds run; each runs raw OpenNLP, then the ingest (the first
	 * ingests, the others re-ingest, replacing the facts)
	 * @param rawSeconds raw OpenNLP time, per round
	 * @param endToEndSeconds ingest time, per round
	 * @param rawTokensPerSecond best raw rate
	 * @param endToEndTokensPerSecond best ingest rate
	 * @param ratio median over rounds of (ingest rate / raw rate of the same round)
	 * @param loadAverage system load average before and after (2 cores shared with other
	 * work make single figures noisy)
	 * @param nodesCreated nodes the first ingest created
	 * @param relationshipsCreated relationships the first ingest created
	 */
	public record Result(int documents, long tokens, int threads, int rounds, List<Double> rawSeconds,
			List<Double> endToEndSeconds, double rawTokensPerSecond, double endToEndTokensPerSecond, double ratio,
			List<Double> loadAverage, long nodesCreated, long relationshipsCreated) {
	}

	public Result run(List<Path> inputs, int warmup, int rounds) {
		List<Path> files = files(inputs);
		List<String> texts = new ArrayList<>();
		for (Path file : files) {
			try {
				texts.add(TextExtractor.extract(file.getFileName().toString(), Files.readAllBytes(file)).text());
			}
			catch (TextExtractionException | IOException ex) {
				texts.add("");
			}
		}
		NlpPipeline pipeline = this.nlp.pipeline();
		int threads = this.nlp.properties().effectiveThreads();
		// warm up both paths on the first documents; the graph is not written
		TextAnalyzer analyzer = this.nlp.analyzer();
		for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
			pipeline.raw(texts.get(i));
			analyzer.analyze(texts.get(i), null);
		}
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<Double> raw = new ArrayList<>();
		List<Double> end = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		long tokens = 0;
		IngestReport first = null;
		for (int round = 0; round < Math.max(1, rounds); round++) {
			long start = System.nanoTime();
			tokens = raw(pipeline, texts, threads);
			double rawSeconds = (System.nanoTime() - start) / 1e9;
			this.nlp.forgetIndex();
			start = System.nanoTime();
			IngestReport report = this.ingest.ingest("text", files, IngestListener.NONE);
			double endSeconds = (System.nanoTime() - start) / 1e9;
			first = first == null ? report : first;
			raw.add(round(rawSeconds));
			end.add(round(endSeconds));
			ratios.add(rawSeconds / endSeconds);
		}
		ratios.sort(null);
		double bestRaw = tokens / raw.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		double bestEnd = tokens / end.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		return new Result(files.size(), tokens, threads, raw.size(), raw, end, Math.round(bestRaw), Math.round(bestEnd),
				Math.round(ratios.get(ratios.size() / 2) * 1000) / 1000.0,
				List.of(round(load), round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())),
				first.getNodesCreated(), first.getRelationshipsCreated());
	}

	private static long raw(NlpPipeline pipeline, List<String> texts, int threads) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		AtomicLong tokens = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(executor.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < texts.size()) {
						tokens.addAndGet(pipeline.raw(texts.get(i)));
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
		return tokens.get();
	}

	private static List<Path> files(List<Path> inputs) {
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

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
