package org.ipgraph.partners;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.VectorIndex;

/**
 * Answers a free-text demand: the patents closest to its TF-IDF vector, the CPC codes
 * those patents share (what the demand targets), and the organizations that own them or
 * whose text centroid is close, each with the features a {@link LinearModel} ranks them
 * by.
 */
final class DemandMatcher implements Serializable {

	/** Closest patents considered. */
	static final int PATENTS = 100;

	/** Organizations taken by text centroid besides the owners of the closest patents. */
	static final int BY_CENTROID = 200;

	/** Technologies a demand targets at most. */
	static final int TECHNOLOGIES = 5;

	private final Profiles profiles;

	private final TextIndex patents;

	private final TextIndex centroids;

	/**
	 * Patents and organizations increments changed since the indexes were built: their
	 * entries there are left out, and they are indexed again in the small indexes beside
	 * (null for a whole build).
	 */
	private final java.util.BitSet replacedPatents;

	private final java.util.BitSet replacedOrganizations;

	private final TextIndex addedPatents;

	private final TextIndex addedCentroids;

	DemandMatcher(Profiles profiles) {
		this.profiles = profiles;
		this.replacedPatents = null;
		this.replacedOrganizations = null;
		this.addedPatents = null;
		this.addedCentroids = null;
		PartnerGraph g = profiles.graph;
		int vocabulary = g.tfidf.vocabulary();
		this.patents = TextIndex.of(vocabulary,
				java.util.stream.IntStream.range(0, g.patents())
					.filter(p -> profiles.counts(p) && g.hasText(p) && g.patentOwners[p].length > 0)
					.toArray(),
				g::patentVector);
		this.centroids = TextIndex.of(vocabulary,
				java.util.stream.IntStream.range(0, g.organizations())
					.filter(o -> profiles.patentCount[o] > 0 && !profiles.text[o].isEmpty())
					.toArray(),
				o -> profiles.text[o]);
	}

	private DemandMatcher(DemandMatcher previous, Profiles profiles) {
		this.profiles = profiles;
		this.patents = previous.patents;
		this.centroids = previous.centroids;
		PartnerGraph g = profiles.graph;
		this.replacedPatents = previous.replacedPatents == null ? new java.util.BitSet()
				: (java.util.BitSet) previous.replacedPatents.clone();
		for (int p : g.readAgain) {
			this.replacedPatents.set(p);
		}
		this.replacedOrganizations = previous.replacedOrganizations == null ? new java.util.BitSet()
				: (java.util.BitSet) previous.replacedOrganizations.clone();
		for (int o : g.touched) {
			this.replacedOrganizations.set(o);
		}
		this.replacedOrganizations.set(previous.profiles.organizations(), g.organizations());
		int vocabulary = g.tfidf.vocabulary();
		this.addedPatents = TextIndex.of(vocabulary,
				this.replacedPatents.stream()
					.filter(p -> profiles.counts(p) && g.hasText(p) && g.patentOwners[p].length > 0)
					.toArray(),
				g::patentVector);
		this.addedCentroids = TextIndex.of(vocabulary,
				this.replacedOrganizations.stream()
					.filter(o -> profiles.patentCount[o] > 0 && !profiles.text[o].isEmpty())
					.toArray(),
				o -> profiles.text[o]);
	}

	/**
	 * The matcher of an increment's profiles ({@link Profiles#patched}): the indexes of
	 * the whole build are kept, the patents read again since and the organizations
	 * profiled again since are left out of them and indexed beside.
	 */
	DemandMatcher patched(Profiles patchedProfiles) {
		return new DemandMatcher(this, patchedProfiles);
	}

	private List<VectorIndex.Scored<Integer>> nearest(TextIndex base, java.util.BitSet replaced, TextIndex added,
			SparseVector query, int k) {
		return added == null ? base.nearest(query, k) : TextIndex.nearest(base, replaced, added, query, k);
	}

	Match match(SparseVector query) {
		PartnerGraph g = this.profiles.graph;
		List<VectorIndex.Scored<Integer>> closest = nearest(this.patents, this.replacedPatents, this.addedPatents,
				query, PATENTS);
		Map<Integer, Double> codes = new HashMap<>();
		Map<Integer, double[]> byOwner = new LinkedHashMap<>();
		for (VectorIndex.Scored<Integer> s : closest) {
			int p = s.key();
			for (int c : g.patentCodes[p]) {
				codes.merge(c, s.score(), Double::sum);
			}
			for (int o : g.patentOwners[p]) {
				double[] acc = byOwner.computeIfAbsent(o, k -> new double[3]);
				acc[0] = Math.max(acc[0], s.score());
				acc[1] += s.score();
				acc[2]++;
			}
		}
		for (VectorIndex.Scored<Integer> s : nearest(this.centroids, this.replacedOrganizations, this.addedCentroids,
				query, BY_CENTROID)) {
			byOwner.computeIfAbsent(s.key(), k -> new double[3]);
		}
		SparseVector technology = SparseVector.of(codes).normalized();
		Map<Integer, double[]> features = new LinkedHashMap<>();
		byOwner.forEach((o, acc) -> features.put(o, features(query, technology, o, acc)));
		double max = codes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		List<Map.Entry<Integer, Double>> targets = codes.entrySet()
			.stream()
			.filter(e -> e.getValue() >= 0.2 * max)
			.sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(e -> g.codes[e.getKey()]))
			.limit(TECHNOLOGIES)
			.map(e -> Map.entry(e.getKey(), e.getValue() / max))
			.toList();
		return new Match(query, closest, targets, features);
	}

	private double[] features(SparseVector query, SparseVector technology, int o, double[] acc) {
		Profiles p = this.profiles;
		double[] x = new double[DemandFeature.COUNT];
		x[DemandFeature.TEXT_SIMILARITY.ordinal()] = query.dot(p.text[o]);
		x[DemandFeature.BEST_PATENT.ordinal()] = acc[0];
		x[DemandFeature.MATCHED_PATENTS.ordinal()] = Math.log1p(acc[2]);
		x[DemandFeature.TECHNOLOGY_MATCH.ordinal()] = technology.dot(p.cpc[o]);
		x[DemandFeature.CANDIDATE_PORTFOLIO.ordinal()] = Math.log1p(p.patentCount[o]);
		x[DemandFeature.CANDIDATE_ACTIVITY.ordinal()] = p.patentCount[o] == 0 ? 0
				: (double) p.recentCount[o] / p.patentCount[o];
		x[DemandFeature.ACADEMIC.ordinal()] = p.graph.academic(o) ? 1 : 0;
		return x;
	}

	/**
	 * The terms a demand and an organization's text share, heaviest first.
	 */
	List<String> sharedTerms(SparseVector query, int org, int limit) {
		SparseVector centroid = this.profiles.text[org];
		Map<Integer, Double> products = new HashMap<>();
		int i = 0;
		int j = 0;
		while (i < query.indices().length && j < centroid.indices().length) {
			int a = query.indices()[i];
			int b = centroid.indices()[j];
			if (a == b) {
				products.put(a, (double) query.values()[i++] * centroid.values()[j++]);
			}
			else if (a < b) {
				i++;
			}
			else {
				j++;
			}
		}
		String[] terms = this.profiles.graph.terms();
		List<String> shared = new ArrayList<>();
		products.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.forEach(e -> shared.add(terms[e.getKey()]));
		return shared;
	}

	/**
	 * What a demand matched.
	 *
	 * @param query its vector
	 * @param patents the closest patents, best first
	 * @param technologies code positions it targets with their weight (the best is 1)
	 * @param candidates organization position to its feature vector
	 */
	record Match(SparseVector query, List<VectorIndex.Scored<Integer>> patents,
			List<Map.Entry<Integer, Double>> technologies, Map<Integer, double[]> candidates) {

		List<Integer> candidateOrder(LinearModel model, PartnerGraph g) {
			return this.candidates.keySet()
				.stream()
				.sorted(Comparator.comparingDouble((Integer o) -> -model.logit(this.candidates.get(o)))
					.thenComparing(o -> g.orgIds[o]))
				.toList();
		}

	}

}
