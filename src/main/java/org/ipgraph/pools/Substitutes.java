package org.ipgraph.pools;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.similarity.VectorIndex;

/**
 * Near-duplicates within one owner group: patents of the same family (continuations,
 * foreign counterparts) or with nearly the same text. They are substitutes for each
 * other, not complements, so each set counts once: its representative is the declared one
 * if any, else the earliest, else the lowest number.
 *
 * @param representativeOf every patent to its representative (itself for representatives)
 * @param reasons each substitute to why it duplicates its representative
 */
record Substitutes(Map<String, String> representativeOf, Map<String, String> reasons) {

	private static final int NEIGHBOURS = 5;

	static Substitutes detect(List<ScopePatent> patents, double minSimilarity) {
		int n = patents.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		Map<String, Integer> firstOfFamily = new HashMap<>();
		VectorIndex<Integer> index = new VectorIndex<>();
		for (int i = 0; i < n; i++) {
			ScopePatent p = patents.get(i);
			index.add(i, p.vector());
			if (p.familyId() != null && !p.owners().isEmpty()) {
				Integer first = firstOfFamily.putIfAbsent(p.familyId(), i);
				if (first != null && patents.get(first).sharesGroupWith(p)) {
					union(parent, first, i);
				}
			}
		}
		for (int i = 0; i < n; i++) {
			ScopePatent p = patents.get(i);
			if (p.owners().isEmpty() || p.vector().isEmpty()) {
				continue;
			}
			int self = i;
			for (VectorIndex.Scored<Integer> near : index.nearest(p.vector(), NEIGHBOURS + 1,
					j -> j != self && patents.get(j).sharesGroupWith(p))) {
				if (near.score() >= minSimilarity) {
					union(parent, i, near.key());
				}
			}
		}
		Map<Integer, Integer> best = new HashMap<>();
		Comparator<Integer> preference = Comparator
			.<Integer, Boolean>comparing(i -> patents.get(i).declarations().isEmpty())
			.thenComparing(i -> patents.get(i).date(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(i -> patents.get(i).number());
		for (int i = 0; i < n; i++) {
			best.merge(find(parent, i), i, (a, b) -> preference.compare(a, b) <= 0 ? a : b);
		}
		Map<String, String> representativeOf = new LinkedHashMap<>();
		Map<String, String> reasons = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			ScopePatent p = patents.get(i);
			ScopePatent rep = patents.get(best.get(find(parent, i)));
			representativeOf.put(p.number(), rep.number());
			if (rep != p) {
				reasons.put(p.number(), reason(p, rep));
			}
		}
		return new Substitutes(representativeOf, reasons);
	}

	private static String reason(ScopePatent p, ScopePatent rep) {
		if (p.familyId() != null && p.familyId().equals(rep.familyId())) {
			return "same family " + p.familyId() + " as " + rep.number();
		}
		return String.format(Locale.ROOT, "near-duplicate text of %s (cosine %.2f)", rep.number(),
				p.vector().dot(rep.vector()));
	}

	boolean isRepresentative(String number) {
		return number.equals(this.representativeOf.get(number));
	}

	String representative(String number) {
		return this.representativeOf.getOrDefault(number, number);
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		if (ra != rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}

}
