package org.ipgraph.partners;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Everything a request needs, computed once per graph version: the facts, the present
 * profiles, the models trained on the graph's own past, and the demand matcher.
 * Immutable; the service swaps in a new one when the graph changes.
 */
public final class PartnerSnapshot implements Serializable {

	public final PartnerGraph graph;

	public final Profiles profiles;

	final PartnerModels models;

	final LinearModel demandModel;

	final DemandMatcher matcher;

	/**
	 * Profiles and demand matcher counting every patent, ended ones too: built on the
	 * first request with {@code includeExpired} (not kept in the snapshot's file).
	 */
	private transient volatile Profiles allProfiles;

	private transient volatile DemandMatcher allMatcher;

	/**
	 * The first year the snapshot does not see: labels of the training windows end here.
	 */
	final int present;

	/** Seconds per build step, for the benchmark. */
	public final Map<String, Double> timings;

	/**
	 * Incremental updates since the models were trained (at the last whole build): they
	 * keep the models.
	 */
	final int increments;

	private PartnerSnapshot(PartnerGraph graph, Profiles profiles, PartnerModels models, LinearModel demandModel,
			DemandMatcher matcher, int present, Map<String, Double> timings, int increments) {
		this.increments = increments;
		this.graph = graph;
		this.profiles = profiles;
		this.models = models;
		this.demandModel = demandModel;
		this.matcher = matcher;
		this.present = present;
		this.timings = timings;
	}

	/**
	 * Builds profiles as of {@code asOf} ({@link Profiles#NOW} for all facts) and trains
	 * on windows starting one to {@code windows} years before it.
	 */
	static PartnerSnapshot build(PartnerGraph graph, int asOf, int windows, ModelTrainer.Options options) {
		Map<String, Double> timings = new LinkedHashMap<>();
		long t0 = System.nanoTime();
		IntFunction<Profiles> profilesAt = Profiles.cache(graph);
		// the present: portfolios of patents that have not ended (their status is
		// today's)
		Profiles profiles = asOf == Profiles.NOW ? Profiles.present(graph, true) : Profiles.asOf(graph, asOf);
		long t1 = System.nanoTime();
		timings.put("profiles", (t1 - t0) / 1e9);
		LinkEvents events = new LinkEvents(graph);
		// the present of the models: where the links thin out, not where the newest few
		// patents are (their year has few links yet)
		int present = asOf == Profiles.NOW ? events.trainingEnd(graph.lastYear() + 1) : asOf;
		List<Integer> starts = ModelTrainer.windows(present, windows);
		PartnerModels models = PartnerModels.train(graph, events, new ModelTrainer(options), starts, present,
				profilesAt);
		long t2 = System.nanoTime();
		timings.put("partnerModels", (t2 - t1) / 1e9);
		Map<Integer, DemandMatcher> matchers = new HashMap<>();
		LinearModel demand = new DemandTrainer(options).train(graph, starts.subList(0, Math.min(2, starts.size())),
				present, profilesAt,
				y -> matchers.computeIfAbsent(y, year -> new DemandMatcher(profilesAt.apply(year))));
		long t3 = System.nanoTime();
		timings.put("demandModel", (t3 - t2) / 1e9);
		DemandMatcher matcher = new DemandMatcher(profiles);
		timings.put("demandIndex", (System.nanoTime() - t3) / 1e9);
		return new PartnerSnapshot(graph, profiles, models, demand, matcher, present, timings, 0);
	}

	/**
	 * The present profiles and demand matcher of a graph, computed whole over it with the
	 * corpus statistics of another snapshot (TF-IDF model, CPC idf, the reference year of
	 * recent activity, code associations: {@link Profiles#kept()}; the graph's vectors
	 * must be made by the same TF-IDF model,
	 * {@link PartnerGraphLoader#load(org.ipgraph.similarity.TfIdf)}), and its models,
	 * demand model and training end, kept rather than trained again: the whole build an
	 * increment's value equals (tests).
	 * @param increments incremental updates since the models were trained
	 */
	static PartnerSnapshot keeping(PartnerGraph graph, PartnerSnapshot kept, int increments) {
		Map<String, Double> timings = new LinkedHashMap<>();
		long t0 = System.nanoTime();
		Profiles profiles = Profiles.present(graph, kept.profiles.inForceOnly, kept.profiles.kept());
		long t1 = System.nanoTime();
		timings.put("profiles", (t1 - t0) / 1e9);
		DemandMatcher matcher = new DemandMatcher(profiles);
		timings.put("demandIndex", (System.nanoTime() - t1) / 1e9);
		return new PartnerSnapshot(graph, profiles, kept.models, kept.demandModel, matcher, kept.present, timings,
				increments);
	}

	/**
	 * An increment's value: the previous snapshot's profiles patched for an increment's
	 * graph ({@link PartnerGraph#patched}, {@link Profiles#patched}), its models, demand
	 * model, training end and corpus statistics kept, the demand matcher's indexes
	 * patched ({@link DemandMatcher#patched}). Answers as {@link #keeping} does on the
	 * same graph read whole.
	 */
	static PartnerSnapshot patched(PartnerGraph graph, PartnerSnapshot previous) {
		Map<String, Double> timings = new LinkedHashMap<>();
		long t0 = System.nanoTime();
		Profiles profiles = Profiles.patched(previous.profiles, graph);
		long t1 = System.nanoTime();
		timings.put("profiles", (t1 - t0) / 1e9);
		DemandMatcher matcher = previous.matcher.patched(profiles);
		timings.put("demandIndex", (System.nanoTime() - t1) / 1e9);
		return new PartnerSnapshot(graph, profiles, previous.models, previous.demandModel, matcher, previous.present,
				timings, previous.increments + 1);
	}

	/**
	 * How a model that ranked an answer was trained, noting when increments kept it.
	 */
	ModelInfo modelInfo(LinearModel model) {
		ModelInfo info = ModelInfo.of(model);
		if (this.increments == 0) {
			return info;
		}
		String kept = "trained at the last whole build and kept by " + this.increments
				+ " incremental update(s) since, which read the changed patents again and keep the corpus statistics "
				+ "of that build too (TF-IDF vocabulary and idf, CPC idf, code associations, the year recent activity "
				+ "counts back from: a term new since is left out, a code new since weighs as one no patent had); "
				+ "models and statistics are fitted again at the next whole build";
		return new ModelInfo(info.name(), info.method(), info.label(), info.windows(), info.positives(),
				info.negatives(), info.intercept(),
				info.note() == null || info.note().isBlank() ? kept : info.note() + "; " + kept);
	}

	PartnerScorer scorer() {
		return new PartnerScorer(this.profiles, this.models);
	}

	/**
	 * The present profiles: of patents in force, pending or of unknown status, or with
	 * {@code includeExpired} of every patent.
	 */
	Profiles profiles(boolean includeExpired) {
		if (!includeExpired || !this.profiles.inForceOnly) {
			return this.profiles;
		}
		Profiles all = this.allProfiles;
		if (all == null) {
			synchronized (this) {
				if (this.allProfiles == null) {
					this.allProfiles = this.increments == 0 ? Profiles.present(this.graph, false)
							: Profiles.present(this.graph, false, this.profiles.kept());
				}
				all = this.allProfiles;
			}
		}
		return all;
	}

	DemandMatcher matcher(boolean includeExpired) {
		Profiles profiles = profiles(includeExpired);
		if (profiles == this.profiles) {
			return this.matcher;
		}
		DemandMatcher all = this.allMatcher;
		if (all == null) {
			synchronized (this) {
				if (this.allMatcher == null) {
					this.allMatcher = new DemandMatcher(profiles);
				}
				all = this.allMatcher;
			}
		}
		return all;
	}

}
