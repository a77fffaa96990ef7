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
 * Lookups over a prepared scope that pool assembly needs: patents by number, citations between
 * representatives in both directions, who declared to which standard, group names.
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

	/**
	 * The core's distinctive vocabulary, see {@link Core}.
	 */
	Core core(List<ScopePatent> core) {
		return new Core(core);
	}

	/**
	 * What a core of patents says more than the rest of the scope: the mean of its residual
	 * vectors minus the mean of the other representatives' (negative weights dropped,
	 * normalized). What every patent of the field says (products, claim boilerplate) cancels;
	 * what the core says more (a standard's own terms) stays. Without other patents in scope it
	 * is the core's plain mean.
	 */
	final class Core {

		private final Set<ScopePatent> members;

		private final Map<Integer, Double> coreSum = new HashMap<>();

		private final Map<Integer, Double> backgroundSum = new HashMap<>();

		private final int background;

		Core(List<ScopePatent> core) {
			this.members = new java.util.HashSet<>(core);
			core.forEach(p -> add(this.coreSum, p.residual(), 1));
			int n = 0;
			for (ScopePatent p : ScopeIndex.this.data.patents()) {
				if (ScopeIndex.this.substitutes.isRepresentative(p.number()) && !this.members.contains(p)) {
					add(this.backgroundSum, p.residual(), 1);
					n++;
				}
			}
			this.background = n;
		}

		SparseVector vector() {
			return without(null);
		}

		/**
		 * The vector with one patent left out (of the core or of the background), so that a
		 * patent is not compared with itself.
		 */
		SparseVector without(ScopePatent patent) {
			boolean inCore = patent != null && this.members.contains(patent);
			int coreSize = this.members.size() - (inCore ? 1 : 0);
			int backgroundSize = this.background - (patent != null && !inCore ? 1 : 0);
			if (coreSize <= 0) {
				return SparseVector.EMPTY;
			}
			Map<Integer, Double> own = new HashMap<>();
			if (patent != null) {
				add(own, patent.residual(), 1);
			}
			Map<Integer, Double> mean = new HashMap<>();
			this.coreSum.forEach((term, sum) -> {
				double core = (sum - (inCore ? own.getOrDefault(term, 0.0) : 0)) / coreSize;
				double other = backgroundSize <= 0 ? 0 : (this.backgroundSum.getOrDefault(term, 0.0)
						- (inCore ? 0 : own.getOrDefault(term, 0.0))) / backgroundSize;
				if (core - other > 1e-9) {
					mean.put(term, core - other);
				}
			});
			return SparseVector.of(mean).normalized();
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
