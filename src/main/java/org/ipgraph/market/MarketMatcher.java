package org.ipgraph.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.ipgraph.similarity.Terms;

/**
 * Scores (demand, offer) pairs and says why: CPC overlap along the hierarchy, TF-IDF text
 * similarity (document frequencies from the demands and offers being compared), whether
 * the kinds fit, the budget against the price, and the demand's deadline against the
 * offer's validity. Pure: facts in, scores out.
 *
 * @param minScore the least score a pair needs
 * @param today the day deadlines and validity are judged on
 */
public record MarketMatcher(double minScore, LocalDate today) {

	/**
	 * The weighted parts of a score (the kind fit multiplies their sum).
	 */
	enum Part {

		CPC_OVERLAP("cpcOverlap", 0.5), TEXT_SIMILARITY("textSimilarity", 0.3), BUDGET_FIT("budgetFit", 0.1),
		DEADLINE_FIT("deadlineFit", 0.1);

		final String key;

		final double weight;

		Part(String key, double weight) {
			this.key = key;
			this.weight = weight;
		}

	}

	/** Neither price nor budget (or different currencies): neither fits nor fails. */
	static final double UNKNOWN = 0.5;

	/**
	 * What matching needs of an offer.
	 *
	 * @param id key
	 * @param kind licence, sale or pledge
	 * @param organization the offering organization's key
	 * @param cpc CPC symbols: stated and those of its patents
	 * @param text title, description and its patents' titles
	 * @param price asking price, or null
	 * @param currency the price's currency, or null
	 * @param validUntil last day the offer stands, or null
	 */
	public record OfferFacts(String id, String kind, String organization, List<String> cpc, String text, Double price,
			String currency, LocalDate validUntil) {
	}

	/**
	 * What matching needs of a demand.
	 *
	 * @param id key
	 * @param kind licence, purchase, rd or expert
	 * @param requester the requesting organization's key, or null
	 * @param cpc CPC symbols of the field
	 * @param text what is needed, with its keywords
	 * @param budget budget, or null
	 * @param currency the budget's currency, or null
	 * @param deadline when it is needed by, or null
	 */
	public record DemandFacts(String id, String kind, String requester, List<String> cpc, String text, Double budget,
			String currency, LocalDate deadline) {
	}

	/**
	 * One pair's score and its parts.
	 *
	 * @param demand demand key
	 * @param offer offer key
	 * @param score kind fit × weighted sum of the components, 0 to 1
	 * @param cpcOverlap mean over the demand's codes of the best hierarchical match
	 * @param textSimilarity TF-IDF cosine
	 * @param kindFit 1 for the kinds that answer each other, 0.5 for a near fit
	 * @param budgetFit 1 when the price is within the budget, budget/price above it,
	 * {@value #UNKNOWN} when unknown
	 * @param deadlineFit 1 when the offer stands until the deadline, 0.5 when it lapses
	 * before
	 * @param sharedCpc the demand's codes matched, with the offer's code they matched
	 * @param sharedTerms terms in both, weightiest first
	 */
	public record Scored(String demand, String offer, double score, double cpcOverlap, double textSimilarity,
			double kindFit, double budgetFit, double deadlineFit, List<String> sharedCpc, List<String> sharedTerms) {
	}

	/**
	 * How well an offer kind answers a demand kind: 0 when it does not.
	 */
	static double kindFit(String demandKind, String offerKind) {
		return switch (demandKind + ">" + offerKind) {
			case "licence>licence", "purchase>sale" -> 1.0;
			case "licence>sale", "purchase>licence", "rd>licence", "rd>sale" -> 0.5;
			default -> 0.0;
		};
	}

	/** Offer kinds. */
	static final List<String> OFFER_KINDS = List.of("licence", "sale", "pledge");

	/** Demand kinds. */
	static final List<String> DEMAND_KINDS = List.of("licence", "purchase", "rd", "expert");

	/**
	 * The offer kinds that answer a demand kind (in part or fully): none for an expert.
	 */
	static List<String> offerKindsFor(String demandKind) {
		return OFFER_KINDS.stream().filter(o -> kindFit(demandKind, o) > 0).toList();
	}

	/**
	 * The demand kinds an offer kind answers: none for a pledge.
	 */
	static List<String> demandKindsFor(String offerKind) {
		return DEMAND_KINDS.stream().filter(d -> kindFit(d, offerKind) > 0).toList();
	}

	/**
	 * How close two CPC symbols are: 1 when one contains the other, 0.8 in the same main
	 * group, 0.5 in the same subclass, 0.25 in the same class, else 0.
	 */
	static double cpcSimilarity(String a, String b) {
		if (a.startsWith(b) || b.startsWith(a)) {
			return 1.0;
		}
		int slashA = a.indexOf('/');
		int slashB = b.indexOf('/');
		if (slashA > 0 && slashB > 0 && a.substring(0, slashA).equals(b.substring(0, slashB))) {
			return 0.8;
		}
		if (a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)) {
			return 0.5;
		}
		if (a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3)) {
			return 0.25;
		}
		return 0.0;
	}

	/**
	 * Each demand against each offer; only pairs whose kinds fit, that share a field or
	 * words, and that score at least the minimum. Best first per demand.
	 */
	public List<Scored> match(Collection<DemandFacts> demands, Collection<OfferFacts> offers) {
		return match(demands, offers, (key, text) -> Terms.of(text));
	}

	/**
	 * As {@link #match(Collection, Collection)}, with the terms of each text from
	 * {@code termsOf} (key and text: {@code d:<id>} for a demand, {@code o:<id>} for an
	 * offer), which must give what {@link Terms#of} gives, e.g. from a cache.
	 */
	public List<Scored> match(Collection<DemandFacts> demands, Collection<OfferFacts> offers,
			BiFunction<String, String, List<String>> termsOf) {
		Map<String, List<String>> terms = new HashMap<>();
		Map<String, Integer> df = new HashMap<>();
		demands.forEach(d -> count(terms, df, "d:" + d.id(), termsOf.apply("d:" + d.id(), d.text())));
		offers.forEach(o -> count(terms, df, "o:" + o.id(), termsOf.apply("o:" + o.id(), o.text())));
		int documents = Math.max(1, demands.size() + offers.size());
		Map<String, Map<String, Double>> vectors = new HashMap<>();
		terms.forEach((key, list) -> vectors.put(key, tfidf(list, df, documents)));
		List<Scored> scored = new ArrayList<>();
		for (DemandFacts d : demands) {
			for (OfferFacts o : offers) {
				if (d.requester() != null && d.requester().equals(o.organization())) {
					continue;
				}
				Scored s = score(d, o, vectors.get("d:" + d.id()), vectors.get("o:" + o.id()));
				if (s != null) {
					scored.add(s);
				}
			}
		}
		scored.sort((a, b) -> a.demand().equals(b.demand()) ? Double.compare(b.score(), a.score())
				: a.demand().compareTo(b.demand()));
		return scored;
	}

	private Scored score(DemandFacts d, OfferFacts o, Map<String, Double> dv, Map<String, Double> ov) {
		double kind = kindFit(d.kind(), o.kind());
		if (kind == 0) {
			return null;
		}
		List<String> sharedCpc = new ArrayList<>();
		double cpc = cpcOverlap(d.cpc(), o.cpc(), sharedCpc);
		List<String> sharedTerms = new ArrayList<>();
		double text = cosine(dv, ov, sharedTerms);
		if (cpc == 0 && text < 0.05) {
			return null;
		}
		double budget = budgetFit(d.budget(), d.currency(), o.price(), o.currency());
		double deadline = deadlineFit(d.deadline(), o.validUntil());
		double score = kind * (Part.CPC_OVERLAP.weight * cpc + Part.TEXT_SIMILARITY.weight * text
				+ Part.BUDGET_FIT.weight * budget + Part.DEADLINE_FIT.weight * deadline);
		if (score < this.minScore) {
			return null;
		}
		return new Scored(d.id(), o.id(), round(score), round(cpc), round(text), kind, round(budget), round(deadline),
				List.copyOf(sharedCpc), List.copyOf(sharedTerms));
	}

	static double cpcOverlap(List<String> demand, List<String> offer, List<String> shared) {
		if (demand.isEmpty() || offer.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (String d : demand) {
			double best = 0;
			String with = null;
			for (String o : offer) {
				double s = cpcSimilarity(d, o);
				if (s > best) {
					best = s;
					with = o;
				}
			}
			if (with != null) {
				shared.add(d.equals(with) ? d : d + "~" + with);
			}
			sum += best;
		}
		return sum / demand.size();
	}

	static double budgetFit(Double budget, String budgetCurrency, Double price, String priceCurrency) {
		if (budget == null || price == null || price <= 0
				|| budgetCurrency != null && priceCurrency != null && !budgetCurrency.equals(priceCurrency)) {
			return UNKNOWN;
		}
		return price <= budget ? 1.0 : Math.max(0, budget / price);
	}

	double deadlineFit(LocalDate deadline, LocalDate validUntil) {
		if (deadline == null || validUntil == null || !validUntil.isBefore(deadline)) {
			return 1.0;
		}
		return validUntil.isBefore(this.today) ? 0.0 : 0.5;
	}

	private static void count(Map<String, List<String>> terms, Map<String, Integer> df, String key, List<String> list) {
		terms.put(key, list);
		new LinkedHashSet<>(list).forEach(t -> df.merge(t, 1, Integer::sum));
	}

	private static Map<String, Double> tfidf(List<String> terms, Map<String, Integer> df, int documents) {
		Map<String, Double> v = new HashMap<>();
		terms.forEach(t -> v.merge(t, 1.0, Double::sum));
		v.replaceAll((t, tf) -> (1 + Math.log(tf)) * Math.log(1.0 + (double) documents / df.get(t)));
		return v;
	}

	private static double cosine(Map<String, Double> a, Map<String, Double> b, List<String> shared) {
		if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		double dot = 0;
		Map<String, Double> products = new HashMap<>();
		for (Map.Entry<String, Double> e : a.entrySet()) {
			Double w = b.get(e.getKey());
			if (w != null) {
				dot += e.getValue() * w;
				products.put(e.getKey(), e.getValue() * w);
			}
		}
		products.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(8)
			.forEach(e -> shared.add(e.getKey()));
		return dot / (norm(a) * norm(b));
	}

	private static double norm(Map<String, Double> v) {
		return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
	}

	static double round(double x) {
		return Math.round(x * 1000) / 1000.0;
	}

	/**
	 * The reasons of a match in words. Masked (an anonymous requester seen by others),
	 * the demand's terms are left out and its codes given at subclass level.
	 */
	static List<String> reasons(Scored s, boolean masked) {
		List<String> reasons = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (String c : s.sharedCpc()) {
			String demandCode = c.contains("~") ? c.substring(0, c.indexOf('~')) : c;
			codes.add(masked ? Visibility.coarse(demandCode) : c.replace("~", " matches "));
		}
		reasons.add(String.format(Locale.ROOT, "CPC overlap %.2f%s", s.cpcOverlap(),
				codes.isEmpty() ? ": no shared field" : ": " + String.join(", ", codes)));
		reasons.add(String.format(Locale.ROOT, "text similarity %.2f%s", s.textSimilarity(),
				masked ? " (terms hidden: anonymous requester)"
						: s.sharedTerms().isEmpty() ? "" : ": " + String.join(", ", s.sharedTerms())));
		reasons.add(s.kindFit() == 1.0 ? "kind: the offer answers the demand"
				: "kind: a near fit (the offer answers the demand in part)");
		reasons.add(s.budgetFit() == UNKNOWN ? "budget: price or budget not stated"
				: s.budgetFit() >= 1.0 ? "budget: the price is within the budget"
						: String.format(Locale.ROOT, "budget: the price exceeds the budget (fit %.2f)", s.budgetFit()));
		reasons.add(s.deadlineFit() >= 1.0 ? "deadline: the offer stands until the demand's deadline"
				: "deadline: the offer lapses before the demand's deadline");
		return reasons;
	}

}
