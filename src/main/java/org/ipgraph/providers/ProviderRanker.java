package org.ipgraph.providers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.ipgraph.providers.ProviderReport.Count;
import org.ipgraph.providers.ProviderReport.Evidence;
import org.ipgraph.providers.ProviderReport.RankedProvider;
import org.ipgraph.providers.ProviderReport.TrackRecord;

/**
 * Ranks providers for a need (pure: plain inputs). A provider is a candidate when it has
 * matters that count for the need or a kind that fits it. Its score is the weighted sum
 * of six components, each 0 to 1:
 * <ul>
 * <li>{@code area}: half the share of its matters for the need in the asked CPC area,
 * half their number against the candidate with most (log scale); 0 when no area is
 * asked;</li>
 * <li>{@code side}: its matters for the need (the need's side of cases, its records or
 * texts) against the candidate with most (log scale);</li>
 * <li>{@code outcomes}: favourable outcomes on that side among those known, smoothed
 * ((favourable + 1) / (known + 2), 0.5 when none is known);</li>
 * <li>{@code recency}: halves every {@code halfLifeYears} since its latest matter for the
 * need;</li>
 * <li>{@code volume}: all its matters against the candidate with most (log scale);</li>
 * <li>{@code region}: the share of its matters in the asked court or country (or 1 when
 * it is in that country); 0 when no region is asked.</li>
 * </ul>
 */
final class ProviderRanker {

	static final Map<String, Double> WEIGHTS = weights();

	private static final int EVIDENCE = 5;

	private static final int TOP = 5;

	private ProviderRanker() {
	}

	private static Map<String, Double> weights() {
		Map<String, Double> w = new LinkedHashMap<>();
		w.put("area", 0.25);
		w.put("side", 0.25);
		w.put("outcomes", 0.15);
		w.put("recency", 0.15);
		w.put("volume", 0.10);
		w.put("region", 0.10);
		return Collections.unmodifiableMap(w);
	}

	/** The ranked candidates and how many there were. */
	record Ranking(List<RankedProvider> providers, int candidates) {
	}

	static Ranking rank(Collection<ProviderNode> providers, ProviderQuery q, double halfLifeYears) {
		// one pass over each provider's matters, counting; lists are made for the top
		// only
		List<Tally> candidates = new ArrayList<>();
		for (ProviderNode p : providers) {
			Tally t = new Tally(p);
			for (Matter m : p.matters()) {
				t.add(m, q);
			}
			// held out, a provider counts only when known before the cut, whatever its
			// kind
			boolean fits = (!q.pastOnly() || t.visible > 0) && p.kinds().stream().anyMatch(q.need().kinds()::contains);
			if (t.relevant > 0 || fits) {
				candidates.add(t);
			}
		}
		int maxRelevant = 0;
		int maxInArea = 0;
		int maxVisible = 0;
		for (Tally t : candidates) {
			maxRelevant = Math.max(maxRelevant, t.relevant);
			maxInArea = Math.max(maxInArea, t.inArea);
			maxVisible = Math.max(maxVisible, t.visible);
		}
		List<Scored> scored = new ArrayList<>(candidates.size());
		for (Tally t : candidates) {
			scored.add(score(t, q, halfLifeYears, maxRelevant, maxInArea, maxVisible));
		}
		scored.sort(Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparingInt(s -> -s.tally.visible)
			.thenComparing(s -> s.tally.provider.id()));
		List<RankedProvider> top = new ArrayList<>();
		for (Scored s : scored.subList(0, Math.min(q.limit(), scored.size()))) {
			top.add(explain(s, q, halfLifeYears));
		}
		return new Ranking(top, candidates.size());
	}

	/**
	 * The popularity baseline: candidates by how many cases they represented a side in,
	 * whatever the need, area or region.
	 */
	static List<String> byPopularity(Collection<ProviderNode> providers, ProviderQuery q) {
		Map<String, Integer> cases = new HashMap<>();
		for (ProviderNode p : providers) {
			int n = (int) p.matters().stream().filter(m -> m.kind().equals("case") && q.visible(m)).count();
			if (n > 0) {
				cases.put(p.id(), n);
			}
		}
		return cases.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(q.limit())
			.map(Map.Entry::getKey)
			.toList();
	}

	private record Candidate(ProviderNode provider, List<Matter> visible, List<Matter> relevant, int inArea) {

		static Candidate of(ProviderNode p, ProviderQuery q) {
			List<Matter> visible = new ArrayList<>();
			List<Matter> relevant = new ArrayList<>();
			for (Matter m : p.matters()) {
				if (q.visible(m)) {
					visible.add(m);
					if (q.need().counts(m)) {
						relevant.add(m);
					}
				}
			}
			int inArea = q.cpc() == null ? 0 : (int) relevant.stream().filter(m -> m.in(q.cpc())).count();
			return new Candidate(p, visible, relevant, inArea);
		}

	}

	// what the score needs, counted in one pass
	private static final class Tally {

		final ProviderNode provider;

		int visible;

		int relevant;

		int inArea;

		int inRegion;

		int favourable;

		int unfavourable;

		LocalDate last;

		Tally(ProviderNode provider) {
			this.provider = provider;
		}

		void add(Matter m, ProviderQuery q) {
			if (!q.visible(m)) {
				return;
			}
			this.visible++;
			if (q.region() != null && q.region().equalsIgnoreCase(m.court())) {
				this.inRegion++;
			}
			if (!q.need().counts(m)) {
				return;
			}
			this.relevant++;
			if (q.cpc() != null && m.in(q.cpc())) {
				this.inArea++;
			}
			int o = m.outcomeForSide();
			if (o > 0) {
				this.favourable++;
			}
			else if (o < 0) {
				this.unfavourable++;
			}
			if (m.on() != null && (this.last == null || m.on().isAfter(this.last))) {
				this.last = m.on();
			}
		}

	}

	private record Scored(Tally tally, Map<String, Double> components, double score) {
	}

	private static Scored score(Tally t, ProviderQuery q, double halfLifeYears, int maxRelevant, int maxInArea,
			int maxVisible) {
		Map<String, Double> x = new LinkedHashMap<>();
		double share = t.relevant == 0 ? 0 : (double) t.inArea / t.relevant;
		x.put("area", q.cpc() == null ? 0 : 0.5 * share + 0.5 * logShare(t.inArea, maxInArea));
		x.put("side", logShare(t.relevant, maxRelevant));
		x.put("outcomes", (t.favourable + 1.0) / (t.favourable + t.unfavourable + 2.0));
		x.put("recency", t.last == null ? 0
				: Math.pow(0.5, Math.max(0, ChronoUnit.DAYS.between(t.last, q.asOf())) / 365.25 / halfLifeYears));
		x.put("volume", logShare(t.visible, maxVisible));
		double region = 0;
		if (q.region() != null) {
			region = q.region().equalsIgnoreCase(t.provider.country()) ? 1
					: t.visible == 0 ? 0 : (double) t.inRegion / t.visible;
		}
		x.put("region", region);
		double score = 0;
		for (Map.Entry<String, Double> e : x.entrySet()) {
			score += WEIGHTS.get(e.getKey()) * e.getValue();
		}
		return new Scored(t, x, score);
	}

	private static double logShare(int n, int max) {
		return max <= 0 ? 0 : Math.log1p(n) / Math.log1p(max);
	}

	// favourable, unfavourable, unknown
	private static int[] outcomes(List<Matter> matters) {
		int[] counts = new int[3];
		for (Matter m : matters) {
			int o = m.outcomeForSide();
			counts[o > 0 ? 0 : o < 0 ? 1 : 2]++;
		}
		return counts;
	}

	private static LocalDate last(List<Matter> matters) {
		return matters.stream().map(Matter::on).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
	}

	private static RankedProvider explain(Scored s, ProviderQuery q, double halfLifeYears) {
		Candidate c = Candidate.of(s.tally.provider, q);
		ProviderNode p = c.provider;
		List<String> reasons = new ArrayList<>();
		String need = q.need().value();
		int n = c.relevant.size();
		if (n == 0) {
			reasons.add("no track record for " + need + " in the graph; listed for its kind ("
					+ String.join(", ", new TreeSet<>(p.kinds())) + ")");
		}
		else {
			reasons.add(String.format(Locale.ROOT, "%s: %d matters (%s)", need, n, describe(bySide(c.relevant))));
		}
		if (q.cpc() != null) {
			reasons.add(String.format(Locale.ROOT, "area %s: %d of its %d %s matters", q.cpc(), c.inArea, n, need));
		}
		int[] o = outcomes(c.relevant);
		reasons.add(String.format(Locale.ROOT,
				"outcomes on its side: %d favourable, %d unfavourable, %d settled, " + "pending or not stated", o[0],
				o[1], o[2]));
		LocalDate last = last(c.relevant);
		reasons.add(last == null ? "no dated matter for " + need : String.format(Locale.ROOT,
				"latest %s matter %s (recency halves every %.1f years)", need, last, halfLifeYears));
		reasons.add(String.format(Locale.ROOT, "%d matters in all", c.visible.size()));
		if (q.region() != null) {
			long inRegion = c.visible.stream().filter(m -> q.region().equalsIgnoreCase(m.court())).count();
			reasons.add(q.region().equalsIgnoreCase(p.country()) ? "based in " + p.country() : String
				.format(Locale.ROOT, "region %s: %d of %d matters", q.region(), inRegion, c.visible.size()));
		}
		Map<String, Double> components = new LinkedHashMap<>();
		s.components.forEach((k, v) -> components.put(k, round(v)));
		return new RankedProvider(p.id(), p.label(), p.name(), List.copyOf(new TreeSet<>(p.kinds())), round(s.score),
				components, reasons, trackRecord(c, q), evidence(c, q));
	}

	private static List<Evidence> evidence(Candidate c, ProviderQuery q) {
		List<Matter> ordered = new ArrayList<>(c.relevant.isEmpty() ? c.visible : c.relevant);
		Comparator<Matter> order = Comparator.comparing((Matter m) -> q.cpc() != null && m.in(q.cpc()) ? 0 : 1)
			.thenComparing(Matter::on, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Matter::id);
		ordered.sort(order);
		return ordered.stream()
			.limit(EVIDENCE)
			.map(m -> new Evidence(m.kind(), m.id(), m.side(), m.on(), m.outcome(), m.cpc(), m.source()))
			.toList();
	}

	private static TrackRecord trackRecord(Candidate c, ProviderQuery q) {
		Map<String, Integer> cases = new LinkedHashMap<>();
		int records = 0;
		int texts = 0;
		Map<String, Integer> areas = new HashMap<>();
		Map<String, Integer> clients = new HashMap<>();
		Map<String, Integer> courts = new HashMap<>();
		for (Matter m : c.visible) {
			switch (m.kind()) {
				case "case" -> cases.merge(m.side(), 1, Integer::sum);
				case "record" -> records++;
				default -> texts++;
			}
			m.cpc().forEach(a -> areas.merge(a, 1, Integer::sum));
			m.clients().forEach(a -> clients.merge(a, 1, Integer::sum));
			if (m.court() != null) {
				courts.merge(m.court(), 1, Integer::sum);
			}
		}
		int[] o = outcomes(c.relevant);
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		outcomes.put("favourable", o[0]);
		outcomes.put("unfavourable", o[1]);
		outcomes.put("unknown", o[2]);
		LocalDate first = c.visible.stream()
			.map(Matter::on)
			.filter(d -> d != null)
			.min(Comparator.naturalOrder())
			.orElse(null);
		return new TrackRecord(cases, outcomes, records, texts, top(areas), top(clients), top(courts), first,
				last(c.visible));
	}

	private static List<Count> top(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
	}

	private static Map<String, Integer> bySide(List<Matter> matters) {
		Map<String, Integer> sides = new LinkedHashMap<>();
		matters.forEach(m -> sides.merge(m.kind().equals("record") ? m.type() : m.side(), 1, Integer::sum));
		return sides;
	}

	private static String describe(Map<String, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((k, v) -> parts.add(k + " " + v));
		return String.join(", ", parts);
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
