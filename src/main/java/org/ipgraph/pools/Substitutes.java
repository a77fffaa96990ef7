package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ipgraph.similarity.SparseVector;

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
		Map<String, List<Integer>> byGroup = new HashMap<>();
		for (int i = 0; i < n; i++) {
			ScopePatent p = patents.get(i);
			for (String group : p.groups()) {
				byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(i);
			}
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
			for (int near : nearestOfSameGroup(patents, i, byGroup, minSimilarity)) {
				union(parent, i, near);
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

	/**
	 * Of the patents sharing an owner group with patent i, the closest by text (at most
	 * {@link #NEIGHBOURS} + 1 with a positive cosine, ties to the earlier patent) that
	 * reach the threshold. Only the patent's own groups are compared, so the work grows
	 * with the groups' sizes, not with the scope's square.
	 */
	private static List<Integer> nearestOfSameGroup(List<ScopePatent> patents, int i,
			Map<String, List<Integer>> byGroup, double minSimilarity) {
		SparseVector vector = patents.get(i).vector();
		Set<Integer> others = new TreeSet<>();
		patents.get(i).groups().forEach(g -> others.addAll(byGroup.get(g)));
		others.remove(i);
		List<double[]> scored = new ArrayList<>();
		for (int j : others) {
			double score = vector.dot(patents.get(j).vector());
			if (score > 0) {
				scored.add(new double[] { score, j });
			}
		}
		scored.sort(Comparator.<double[]>comparingDouble(s -> -s[0]).thenComparingDouble(s -> s[1]));
		return scored.stream().limit(NEIGHBOURS + 1).filter(s -> s[0] >= minSimilarity).map(s -> (int) s[1]).toList();
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
