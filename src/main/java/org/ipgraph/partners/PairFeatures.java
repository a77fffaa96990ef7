package org.ipgraph.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;

/**
 * The features of one requester against any candidate. What depends on the requester
 * alone (its complement vector, its people's other organizations, its collaborators'
 * collaborators, its core CPC groups) is worked out once, so scoring every organization
 * stays cheap.
 */
public final class PairFeatures {

	/** A main group is core to an organization from this share of its classifications. */
	static final double CORE_SHARE = 0.1;

	private final Profiles profiles;

	private final int requester;

	private final SparseVector complement;

	private final Map<Integer, int[]> people = new HashMap<>();

	private final Map<Integer, Integer> commonPartners = new HashMap<>();

	private final Map<Integer, Double> core = new HashMap<>();

	private final double coreOwn;

	/**
	 * The requester's CPC, broad CPC, complement and text vectors spread into dense
	 * arrays (by {@link #dense()}), or null: many candidates are then scored against them
	 * in time proportional to the candidates' vectors only.
	 */
	private float[][] dense;

	public PairFeatures(Profiles profiles, int requester) {
		this.profiles = profiles;
		this.requester = requester;
		this.complement = profiles.associations.complementOf(profiles.groups[requester]);
		Links links = profiles.links;
		links.names.get(requester).forEach((name, span) -> {
			List<Integer> at = links.at(name);
			if (at.size() > Links.COMMON_NAME) {
				return;
			}
			for (int other : at) {
				if (other == requester) {
					continue;
				}
				int[] there = links.names.get(other).get(name);
				boolean moved = span[1] < there[0] || there[1] < span[0];
				this.people.computeIfAbsent(other, o -> new int[2])[moved ? 1 : 0]++;
			}
		});
		for (int z : links.collaborators.get(requester)) {
			for (int c : links.collaborators.get(z)) {
				if (c != requester) {
					this.commonPartners.merge(c, 1, Integer::sum);
				}
			}
		}
		SparseVector groups = profiles.groups[requester];
		double own = 0;
		for (int i = 0; i < groups.indices().length; i++) {
			if (groups.values()[i] >= CORE_SHARE) {
				this.core.put(groups.indices()[i], 1.0);
				own += groups.values()[i];
			}
		}
		this.coreOwn = own * profiles.patentCount[requester];
	}

	int requester() {
		return this.requester;
	}

	/**
	 * The main groups combined with the requester's (what complementarity is measured
	 * against).
	 */
	SparseVector complement() {
		return this.complement;
	}

	/**
	 * log(1 + people named at both the requester and the candidate), in the same years or
	 * (moved) in different ones: the co-invention and mobility features.
	 */
	double sharedPeople(int candidate, boolean moved) {
		int[] shared = this.people.get(candidate);
		return shared == null ? 0 : Math.log1p(shared[moved ? 1 : 0]);
	}

	/**
	 * log(1 + collaborators the requester and the candidate have in common).
	 */
	double commonPartners(int candidate) {
		return Math.log1p(this.commonPartners.getOrDefault(candidate, 0));
	}

	/**
	 * The same-country feature of a candidate.
	 */
	double geography(int candidate) {
		return geography(this.requester, candidate);
	}

	/**
	 * Organizations tied to the requester by people or common partners: the candidates a
	 * model must learn to tell apart, as opposed to the many unrelated ones.
	 */
	java.util.Set<Integer> related() {
		java.util.Set<Integer> related = new java.util.TreeSet<>(this.people.keySet());
		related.addAll(this.commonPartners.keySet());
		return related;
	}

	/**
	 * Spreads the requester's vectors into dense arrays, so that {@link #of} reads only
	 * the candidate's vector for each similarity: for scoring many candidates (a
	 * request's bounded pool). The features are the same, to the bit, as without.
	 */
	PairFeatures dense() {
		if (this.dense == null) {
			Profiles p = this.profiles;
			int a = this.requester;
			this.dense = new float[][] { spread(p.cpc[a]), spread(p.broad[a]), spread(this.complement),
					spread(p.text[a]) };
		}
		return this;
	}

	/**
	 * A sparse vector as a dense array as long as its largest index plus one.
	 */
	static float[] spread(SparseVector v) {
		int[] indices = v.indices();
		float[] dense = new float[indices.length == 0 ? 0 : indices[indices.length - 1] + 1];
		for (int i = 0; i < indices.length; i++) {
			dense[indices[i]] = v.values()[i];
		}
		return dense;
	}

	/**
	 * The dot product of a spread vector and a sparse one: the products of the dimensions
	 * both weigh, added in the order of the sparse vector's indices as
	 * {@link SparseVector#dot} adds them (a dimension only one side weighs adds a zero,
	 * which leaves a sum that started at +0 unchanged), so the result equals
	 * {@code SparseVector.dot}'s exactly.
	 */
	static double dot(float[] dense, SparseVector v) {
		int[] indices = v.indices();
		float[] values = v.values();
		double sum = 0;
		for (int i = 0; i < indices.length; i++) {
			int d = indices[i];
			if (d >= dense.length) {
				break;
			}
			sum += (double) dense[d] * values[i];
		}
		return sum;
	}

	public double[] of(int candidate) {
		Profiles p = this.profiles;
		Links links = p.links;
		int a = this.requester;
		double[] x = new double[Feature.COUNT];
		if (this.dense != null) {
			x[Feature.CPC_SIMILARITY.ordinal()] = dot(this.dense[0], p.cpc[candidate]);
			x[Feature.CPC_BROAD_SIMILARITY.ordinal()] = dot(this.dense[1], p.broad[candidate]);
			x[Feature.COMPLEMENTARITY.ordinal()] = dot(this.dense[2], p.groups[candidate]);
			x[Feature.TEXT_SIMILARITY.ordinal()] = dot(this.dense[3], p.text[candidate]);
		}
		else {
			x[Feature.CPC_SIMILARITY.ordinal()] = p.cpc[a].dot(p.cpc[candidate]);
			x[Feature.CPC_BROAD_SIMILARITY.ordinal()] = p.broad[a].dot(p.broad[candidate]);
			x[Feature.COMPLEMENTARITY.ordinal()] = this.complement.dot(p.groups[candidate]);
			x[Feature.TEXT_SIMILARITY.ordinal()] = p.text[a].dot(p.text[candidate]);
		}
		x[Feature.CITES_CANDIDATE.ordinal()] = Math.log1p(links.citations(a, candidate));
		x[Feature.CITED_BY_CANDIDATE.ordinal()] = Math.log1p(links.citations(candidate, a));
		x[Feature.CO_OWNERSHIP.ordinal()] = Math.log1p(links.coOwned.get(a).getOrDefault(candidate, 0));
		int[] shared = this.people.getOrDefault(candidate, new int[2]);
		x[Feature.CO_INVENTION.ordinal()] = Math.log1p(shared[0]);
		x[Feature.INVENTOR_MOBILITY.ordinal()] = Math.log1p(shared[1]);
		x[Feature.COMMON_PARTNERS.ordinal()] = Math.log1p(this.commonPartners.getOrDefault(candidate, 0));
		x[Feature.DECLARED_RELATION.ordinal()] = links.declared.get(a).contains(candidate) ? 1 : 0;
		x[Feature.SAME_COUNTRY.ordinal()] = geography(a, candidate);
		x[Feature.CANDIDATE_PORTFOLIO.ordinal()] = Math.log1p(p.patentCount[candidate]);
		x[Feature.CANDIDATE_ACTIVITY.ordinal()] = p.patentCount[candidate] == 0 ? 0
				: (double) p.recentCount[candidate] / p.patentCount[candidate];
		x[Feature.CANDIDATE_SHARE.ordinal()] = candidateShare(candidate);
		x[Feature.ACADEMIC.ordinal()] = p.graph.academic(candidate) ? 1 : 0;
		return x;
	}

	/**
	 * The candidate's patents in the requester's core main groups relative to the
	 * requester's.
	 */
	double candidateShare(int candidate) {
		if (this.coreOwn == 0) {
			return 0;
		}
		SparseVector groups = this.profiles.groups[candidate];
		double theirs = 0;
		for (int i = 0; i < groups.indices().length; i++) {
			if (this.core.containsKey(groups.indices()[i])) {
				theirs += groups.values()[i];
			}
		}
		return Math.min(2, theirs * this.profiles.patentCount[candidate] / this.coreOwn);
	}

	/**
	 * 1 for the same country, 0 for different ones; when a country is unknown (most
	 * patent sources do not give the owner's), how alike the offices they file at are.
	 */
	private double geography(int a, int b) {
		String ca = this.profiles.graph.orgCountries[a];
		String cb = this.profiles.graph.orgCountries[b];
		if (ca != null && cb != null) {
			return ca.equals(cb) ? 1 : 0;
		}
		return this.profiles.offices[a].dot(this.profiles.offices[b]);
	}

}
