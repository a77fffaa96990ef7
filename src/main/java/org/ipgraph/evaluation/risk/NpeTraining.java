package org.ipgraph.evaluation.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.risk.NpeModel;

/**
 * Builds the labelled set in a scratch graph and fits the NPE classifier on it: the planted
 * cases of demo ecosystems (several seeds and noise levels) and the curated labels found in
 * real data ingested there. Neither touches the user's graph.
 */
public final class NpeTraining {

	/** The real sources read for curated labels, under a shared-data directory. */
	public static final List<String> REAL_SOURCES = List.of("uspto-ipg-fixtures", "google-patents-wearables-2024",
			"lens-drones-patents", "iplytics-sep-sample", "sso-organizations", "uspto-api-response-fixtures",
			"assignee-parent-subsidiary-maps");

	private NpeTraining() {
	}

	/**
	 * What to train on.
	 *
	 * @param seeds demo seeds
	 * @param noises demo noise levels (every seed with every level)
	 * @param patents demo size
	 * @param real real data files or directories to ingest for the curated labels (may be empty)
	 * @param lambda the L2 penalty
	 */
	public record Options(List<Long> seeds, List<Double> noises, int patents, List<Path> real, double lambda) {
	}

	/**
	 * The labelled owners: planted ones first (in seed and noise order), then curated ones.
	 */
	public record Dataset(List<LabelledOwner> planted, List<LabelledOwner> curated, long realIngestRejections) {

		public List<LabelledOwner> all() {
			List<LabelledOwner> all = new ArrayList<>(this.planted);
			all.addAll(this.curated);
			return all;
		}

	}

	public static Dataset collect(Options options, DemoLoader loader, IngestService ingest, ScratchGraph scratch) {
		return collect(options, loader, ingest, scratch, ecosystem -> {
		});
	}

	/**
	 * As {@link #collect(Options, DemoLoader, IngestService, ScratchGraph)}, letting the caller
	 * look at each demo ecosystem while it is in the scratch graph.
	 */
	public static Dataset collect(Options options, DemoLoader loader, IngestService ingest, ScratchGraph scratch,
			Consumer<NpeDatasets.Planted> whileLoaded) {
		List<LabelledOwner> planted = new ArrayList<>();
		for (long seed : options.seeds()) {
			for (double noise : options.noises()) {
				NpeDatasets.Planted ecosystem = NpeDatasets.planted(scratch, loader,
						new DemoParameters(options.patents(), seed, noise));
				planted.addAll(ecosystem.owners());
				whileLoaded.accept(ecosystem);
			}
		}
		List<LabelledOwner> curated = List.of();
		long rejected = 0;
		List<Path> real = options.real().stream().filter(Files::exists).toList();
		if (!real.isEmpty()) {
			scratch.clear();
			rejected = ingest.on(scratch.driver()).ingest("auto", real, IngestListener.NONE).getRejected();
			curated = NpeDatasets.curated(scratch.client(), NpeLabels.load());
		}
		return new Dataset(planted, curated, rejected);
	}

	public static NpeModel train(Dataset dataset, Options options) {
		String description = String.format(Locale.ROOT,
				"planted owners of demo seeds %s at noise %s (%d patents each) and %d curated owners found in %s",
				options.seeds(), options.noises(), options.patents(), dataset.curated().size(),
				options.real().isEmpty() ? "no real data" : options.real().stream().map(p -> p.getFileName().toString()).toList());
		return NpeTrainer.train(dataset.all(), options.lambda(), "npe-" + Integer.toHexString(description.hashCode()),
				description);
	}

	/**
	 * The real sources under a shared-data directory.
	 */
	public static List<Path> realSources(Path sharedData) {
		return REAL_SOURCES.stream().map(sharedData::resolve).filter(Files::exists).toList();
	}

}
