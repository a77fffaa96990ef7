package org.ipgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.ipgraph.market.NewDemand;
import org.ipgraph.market.NewOffer;

/**
 * Synthetic offers and demands for the market bench, drawn from the graph's (demo)
 * patents with a seeded random: an offer is a package of one to five patents of one
 * owner, titled after its first patent; a demand asks in words for what a patent does,
 * with one or two of its CPC codes (some only at subclass level), a requester or none,
 * sometimes anonymous, a budget and a deadline or none. Every item is keyed
 * {@code <prefix>o<i>} or {@code <prefix>d<i>} (its client key), so the same prefix
 * publishes nothing new again, and its terms say it is synthetic. Pure: rows in, requests
 * out.
 *
 * @param patents the patents to draw from, with their owner
 * @param today the day validity and deadlines count from
 */
record SyntheticMarket(List<PatentRow> patents, LocalDate today) {

	/**
	 * A patent as the bench draws it.
	 *
	 * @param number patent number as the graph keys it
	 * @param owner key of an organization owning it
	 * @param title its title
	 * @param codes its CPC symbols
	 */
	record PatentRow(String number, String owner, String title, List<String> codes) {
	}

	/** Words too general to be a demand's keyword. */
	private static final List<String> GENERAL = List.of("method", "methods", "system", "systems", "apparatus", "device",
			"devices", "using", "based", "thereof", "having", "improved");

	SyntheticMarket {
		if (patents.isEmpty()) {
			throw new IllegalArgumentException("no patents to draw offers and demands from");
		}
		patents = List.copyOf(patents);
	}

	/**
	 * Offers {@code from} to {@code from + count - 1}.
	 */
	List<NewOffer> offers(long seed, String prefix, int from, int count) {
		Map<String, List<PatentRow>> byOwner = new LinkedHashMap<>();
		this.patents.forEach(p -> byOwner.computeIfAbsent(p.owner(), k -> new ArrayList<>()).add(p));
		List<NewOffer> offers = new ArrayList<>(count);
		for (int i = from; i < from + count; i++) {
			Random random = new Random(seed * 1_000_003L + i);
			PatentRow first = pick(random);
			List<PatentRow> own = byOwner.get(first.owner());
			List<String> numbers = new ArrayList<>(List.of(first.number()));
			int size = 1 + random.nextInt(5);
			for (int tries = 0; numbers.size() < size && tries < 10; tries++) {
				String n = own.get(random.nextInt(own.size())).number();
				if (!numbers.contains(n)) {
					numbers.add(n);
				}
			}
			String kind = pick(random, "licence", "licence", "licence", "licence", "licence", "licence", "sale", "sale",
					"sale", "pledge");
			Double price = random.nextInt(4) == 0 ? null : money(random, 10_000, 1_000_000);
			offers.add(new NewOffer(prefix + "o" + i, first.owner(), kind, clip(first.title(), 300), null, numbers,
					null, "Synthetic offer (ipgraph market bench, seed " + seed + ")", price,
					random.nextInt(10) == 0 ? "EUR" : "USD",
					pick(random, "exclusive", "non-exclusive", "non-exclusive", "sole"),
					pick(random, "worldwide", "US", "US, EU"), this.today.plusDays(30 + random.nextInt(700))));
		}
		return offers;
	}

	/**
	 * Demands {@code from} to {@code from + count - 1}.
	 */
	List<NewDemand> demands(long seed, String prefix, int from, int count) {
		List<NewDemand> demands = new ArrayList<>(count);
		for (int i = from; i < from + count; i++) {
			Random random = new Random(seed * 2_000_003L + i);
			PatentRow about = pick(random);
			List<String> cpc = new ArrayList<>();
			List<String> codes = about.codes();
			for (int c = 0; c < Math.min(codes.size(), 1 + random.nextInt(2)); c++) {
				String code = codes.get(random.nextInt(codes.size()));
				String field = random.nextInt(3) == 0 && code.length() > 4 ? code.substring(0, 4) : code;
				if (!cpc.contains(field)) {
					cpc.add(field);
				}
			}
			String kind = pick(random, "licence", "licence", "licence", "licence", "purchase", "purchase", "rd", "rd",
					"expert");
			String requester = random.nextInt(5) < 3 ? pick(random).owner() : null;
			demands.add(new NewDemand(prefix + "d" + i, requester, requester != null && random.nextInt(3) == 0, kind,
					pick(random, "We need ", "Looking for ", "Seeking a licence or partner for ")
							+ clip(about.title().toLowerCase(Locale.ROOT), 4000),
					cpc, keywords(about.title()), random.nextBoolean() ? null : money(random, 10_000, 2_000_000), "USD",
					random.nextBoolean() ? null : this.today.plusDays(60 + random.nextInt(660)), null));
		}
		return demands;
	}

	private PatentRow pick(Random random) {
		return this.patents.get(random.nextInt(this.patents.size()));
	}

	private static String pick(Random random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}

	/** Log-uniform between the bounds, rounded to thousands. */
	private static double money(Random random, double low, double high) {
		double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
		return Math.round(value / 1000) * 1000.0;
	}

	/** The title's two longest specific words. */
	static List<String> keywords(String title) {
		return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z]+"))
			.filter(w -> w.length() > 3 && !GENERAL.contains(w))
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.limit(2)
			.toList();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
