package org.ipgraph.pools;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ipgraph.similarity.SparseVector;

/**
 * Lookups over a prepared scope that pool assembly needs: patents by number, citations
 * between representatives in both directions, who declared to which standard, group
 * names.
 */
final class ScopeIndex {

	final PoolData data;

	final Substitutes substitutes;

	final Map<String, ScopePatent> byNumber = new LinkedHashMap<>();

	/** Representative to the representatives it cites. */
	final Map<String, Set<String>> cites = new HashMap<>();

	/** Representative to the representatives citing it. */
	final Map<String, Set<String>> citedBy = new HashMap<>();

	/** Standard to the owner groups of patents declared to it. */
	final Map<String, Set<String>> declarants = new TreeMap<>();

	final Map<String, String> groupNames = new HashMap<>();

	private Map<Integer, Double> representativeSum;

	private int representatives;

	ScopeIndex(PoolData data, Substitutes substitutes) {
		this.data = data;
		this.substitutes = substitutes;
		data.declarants().forEach((standard, groups) -> this.declarants.put(standard, new TreeSet<>(groups)));
		data.patents().forEach(p -> this.byNumber.put(p.number(), p));
		for (ScopePatent p : data.patents()) {
			String from = substitutes.representative(p.number());
			for (String cited : p.cites()) {
				if (this.byNumber.containsKey(cited)) {
					String to = substitutes.representative(cited);
					if (!to.equals(from)) {
						this.cites.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
						this.citedBy.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
					}
				}
			}
			for (String standard : p.declarations()) {
				this.declarants.computeIfAbsent(standard, k -> new TreeSet<>()).addAll(p.groups());
			}
			p.owners().forEach(o -> this.groupNames.putIfAbsent(o.group(), o.groupName()));
		}
	}

	ScopePatent patent(String number) {
		return this.byNumber.get(number);
	}

	Set<String> cites(String number) {
		return this.cites.getOrDefault(number, Set.of());
	}

	Set<String> citedBy(String number) {
		return this.citedBy.getOrDefault(number, Set.of());
	}

	/**
	 * Citations in either direction between a patent and any of the others.
	 */
	int links(String number, Set<String> others) {
		int n = 0;
		for (String c : cites(number)) {
			n += others.contains(c) ? 1 : 0;
		}
		for (String c : citedBy(number)) {
			n += others.contains(c) ? 1 : 0;
		}
		return n;
	}

	// The residual sum over every representative, once per scope
	private Map<Integer, Double> representativeSum() {
		if (this.representativeSum == null) {
			Map<Integer, Double> sum = new HashMap<>();
			int n = 0;
			for (ScopePatent p : this.data.patents()) {
				if (this.substitutes.isRepresentative(p.number())) {
					add(sum, p.residual(), 1);
					n++;
				}
			}
			this.representativeSum = sum;
			this.representatives = n;
		}
		return this.representativeSum;
	}

	private int representatives() {
		representativeSum();
		return this.representatives;
	}

	/**
	 * The core's distinctive vocabulary, see {@link Core}.
	 */
	Core core(List<ScopePatent> core) {
		return new Core(core);
	}

	/**
	 * What a core of patents says more than the rest of the scope: the mean of its
	 * residual vectors minus the mean of the other representatives' (negative weights
	 * dropped, normalized). What every patent of the field says (products, claim
	 * boilerplate) cancels; what the core says more (a standard's own terms) stays.
	 * Without other patents in scope it is the core's plain mean.
	 */
	final class Core {

		private final Set<ScopePatent> members;

		private final Map<Integer, Double> coreSum = new HashMap<>();

		private final Map<Integer, Double> backgroundSum = new HashMap<>();

		private final int background;

		private final Map<Integer, Sizes> sizes = new HashMap<>();

		// The background is every representative but the core's: its sums are the
		// scope's, computed once, minus the core's representatives', and are needed on
		// the core's terms only
		Core(List<ScopePatent> core) {
			this.members = new java.util.HashSet<>(core);
			core.forEach(p -> add(this.coreSum, p.residual(), 1));
			Map<Integer, Double> coreRepresentatives = new HashMap<>();
			int n = representatives();
			for (ScopePatent p : this.members) {
				if (ScopeIndex.this.substitutes.isRepresentative(p.number())) {
					add(coreRepresentatives, p.residual(), 1);
					n--;
				}
			}
			Map<Integer, Double> all = representativeSum();
			this.coreSum.keySet()
				.forEach(term -> this.backgroundSum.put(term,
						all.getOrDefault(term, 0.0) - coreRepresentatives.getOrDefault(term, 0.0)));
			this.background = n;
		}

		SparseVector vector() {
			return without(null);
		}

		/**
		 * The vector with one patent left out (of the core or of the background), so that
		 * a patent is not compared with itself.
		 */
		SparseVector without(ScopePatent patent) {
			Sizes sizes = sizes(patent);
			if (sizes == null) {
				return SparseVector.EMPTY;
			}
			Map<Integer, Double> own = new HashMap<>();
			if (patent != null) {
				add(own, patent.residual(), 1);
			}
			Map<Integer, Double> mean = new HashMap<>();
			this.coreSum.forEach((term, sum) -> {
				double d = difference(term, sum, own.getOrDefault(term, 0.0), sizes);
				if (d > 0) {
					mean.put(term, d);
				}
			});
			return SparseVector.of(mean).normalized();
		}

		/**
		 * The cosine of a patent's residual with the vector {@link #without} it, in time
		 * proportional to the patent's terms rather than the core's vocabulary: leaving
		 * the patent out changes the sizes (the same for every patent of the core, and
		 * for every other patent) and the patent's own terms, so the squared norm is
		 * computed once per case and corrected on those terms.
		 */
		double similarity(ScopePatent patent) {
			Sizes sizes = sizes(patent);
			if (sizes == null) {
				return 0;
			}
			SparseVector residual = patent.residual();
			double norm = sizes.squaredNorm;
			double dot = 0;
			for (int i = 0; i < residual.indices().length; i++) {
				Double sum = this.coreSum.get(residual.indices()[i]);
				if (sum != null) {
					double before = difference(residual.indices()[i], sum, 0, sizes);
					double after = difference(residual.indices()[i], sum, residual.values()[i], sizes);
					norm += after * after - before * before;
					dot += residual.values()[i] * after;
				}
			}
			return norm <= 1e-18 ? 0 : dot / Math.sqrt(norm);
		}

		// Core mean minus background mean of one term with a patent's weight taken out,
		// negative parts dropped
		private double difference(int term, double sum, double own, Sizes sizes) {
			double core = (sum - (sizes.inCore ? own : 0)) / sizes.core;
			double other = sizes.background <= 0 ? 0
					: (this.backgroundSum.getOrDefault(term, 0.0) - (sizes.inCore ? 0 : own)) / sizes.background;
			return core - other > 1e-9 ? core - other : 0;
		}

		// The sizes with a patent (or none) left out, or null when no core is left
		private Sizes sizes(ScopePatent patent) {
			boolean inCore = patent != null && this.members.contains(patent);
			int key = patent == null ? 0 : inCore ? 1 : 2;
			Sizes sizes = this.sizes.computeIfAbsent(key, k -> {
				int core = this.members.size() - (inCore ? 1 : 0);
				int background = this.background - (patent != null && !inCore ? 1 : 0);
				Sizes s = new Sizes(inCore, core, background);
				if (core > 0) {
					this.coreSum.forEach((term, sum) -> {
						double d = difference(term, sum, 0, s);
						s.squaredNorm += d * d;
					});
				}
				return s;
			});
			return sizes.core > 0 ? sizes : null;
		}

	}

	/**
	 * Core and background sizes with a patent left out, and the squared norm of the
	 * difference of means without its correction.
	 */
	private static final class Sizes {

		final boolean inCore;

		final int core;

		final int background;

		double squaredNorm;

		Sizes(boolean inCore, int core, int background) {
			this.inCore = inCore;
			this.core = core;
			this.background = background;
		}

	}

	private static void add(Map<Integer, Double> target, SparseVector v, double factor) {
		for (int i = 0; i < v.indices().length; i++) {
			target.merge(v.indices()[i], factor * v.values()[i], Double::sum);
		}
	}

	/**
	 * The terms two vectors share most, for explanations.
	 */
	List<String> sharedTerms(SparseVector a, SparseVector b, int limit) {
		String[] terms = this.data.terms();
		return a.shared(b, Integer::valueOf, limit)
			.stream()
			.map(index -> index < terms.length ? terms[index] : "?")
			.toList();
	}

}
