package org.ipgraph.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.Terms;
import org.ipgraph.similarity.TfIdf;
import org.ipgraph.similarity.VectorIndex;

/**
 * Ranks NPE-held patents by a company's exposure to them: how close each is to the
 * company's technology (text similarity to its closest own patent or product, CPC groups
 * it works in), times how NPE-like and litigious its owner is, times how much of its life
 * is left. Pure: no Spring, no graph.
 *
 * <pre>
 * exposure   = technology x npeScore x assertion x life
 * technology = 0.5 text + 0.5 cpc        (text only when the company has no CPC data)
 * cpc        = own patents in the candidate's best shared main group / own patents in the company's
 *              largest main group (half that for a shared subclass only)
 * assertion  = 0.4 + 0.6 min(1, (owner's suits + 2 x suits on this patent) / 6)
 * life       = min(1, years left / 5), years left to the patent's expiry (else 20 - years since filing)
 * ended      : expired, lapsed or withdrawn on the day of the report (or filing + 20 years passed)
 *              left out, or with includeExpired kept and flagged with
 * life       = 0.2 max(0, 1 - years since expiry / 6): no future infringement, but damages for
 *              the six years before a suit (35 U.S.C. 286) are still reachable
 * </pre>
 */
public final class ExposureRanker {

	static final double TERM_YEARS = 20;

	/**
	 * Years of past damages a suit can still reach after a patent ended (35 U.S.C. 286).
	 */
	static final double DAMAGES_YEARS = 6;

	/**
	 * The life factor of a patent that ended today: past damages weigh less than a term.
	 */
	static final double PAST_DAMAGES_WEIGHT = 0.2;

	private ExposureRanker() {
	}

	/**
	 * A patent with the text and classes similarity is computed from.
	 *
	 * @param number patent number
	 * @param title title
	 * @param text title and abstract
	 * @param cpc CPC symbols
	 * @param filed filing date (the 20-year term runs from it)
	 */
	public record PatentText(String number, String title, String text, List<String> cpc, LocalDate filed) {
	}

	/**
	 * An NPE-held patent.
	 *
	 * @param patent the patent
	 * @param ownerId its owner
	 * @param ownerName the owner's name
	 * @param npeScore the owner's NPE probability
	 * @param ownerSuits suits the owner filed as plaintiff
	 * @param assertions suits this patent was asserted in
	 * @param legal its status and expiry as the graph holds them
	 */
	public record Candidate(PatentText patent, String ownerId, String ownerName, double npeScore, int ownerSuits,
			int assertions, PatentStatus legal) {

		public Candidate(PatentText patent, String ownerId, String ownerName, double npeScore, int ownerSuits,
				int assertions) {
			this(patent, ownerId, ownerName, npeScore, ownerSuits, assertions, PatentStatus.UNKNOWN);
		}

	}

	/**
	 * A ranked patent.
	 *
	 * @param candidate the patent and its owner
	 * @param score the exposure
	 * @param components technology, text, cpc, npe, assertion and life factors
	 * @param yearsLeft years of the term left (negative once expired), or null when
	 * neither the expiry nor the filing date is known
	 * @param ended whether the patent had ended on the day of the report (expired,
	 * lapsed, withdrawn): only ranked with {@code includeExpired}
	 * @param closest the company's closest own patent number, or {@code product:N}
	 * @param sharedCpc the main group (or subclass) shared with the company, or null
	 * @param sharedTerms the terms contributing most to the text similarity
	 */
	public record Ranked(Candidate candidate, double score, Map<String, Double> components, Double yearsLeft,
			boolean ended, String closest, String sharedCpc, List<String> sharedTerms) {
	}

	/**
	 * Ranks the patents that had not ended on {@code asOf}.
	 */
	public static List<Ranked> rank(List<PatentText> own, List<String> products, List<Candidate> candidates,
			LocalDate asOf) {
		return rank(own, products, candidates, asOf, false);
	}

	/**
	 * Ranks the patents by exposure on {@code asOf}; with {@code includeExpired} those
	 * that had ended are kept, flagged, with the past-damages life factor.
	 */
	public static List<Ranked> rank(List<PatentText> own, List<String> products, List<Candidate> candidates,
			LocalDate asOf, boolean includeExpired) {
		return rank(own, products, candidates, asOf, includeExpired, p -> Terms.of(p.text()));
	}

	/**
	 * As {@link #rank(List, List, List, LocalDate, boolean)}, with the patents' terms
	 * given, own and candidates ({@link Terms#of} of their text, split before).
	 */
	public static List<Ranked> rank(List<PatentText> own, List<String> products, List<Candidate> candidates,
			LocalDate asOf, boolean includeExpired, Function<PatentText, List<String>> termsOf) {
		// every text is split into terms once, for the fit and for its vector
		List<List<String>> corpus = new ArrayList<>();
		own.forEach(p -> corpus.add(termsOf.apply(p)));
		products.forEach(p -> corpus.add(Terms.of(p)));
		candidates.forEach(c -> corpus.add(termsOf.apply(c.patent())));
		TfIdf tfidf = TfIdf.fitTerms(corpus, 1);
		String[] terms = tfidf.termsById();
		VectorIndex<String> index = new VectorIndex<>();
		Map<String, SparseVector> vectors = new HashMap<>();
		int document = 0;
		for (PatentText p : own) {
			SparseVector v = tfidf.vector(corpus.get(document++));
			index.add(p.number(), v);
			vectors.put(p.number(), v);
		}
		for (int i = 0; i < products.size(); i++) {
			SparseVector v = tfidf.vector(corpus.get(document++));
			index.add("product:" + (i + 1), v);
			vectors.put("product:" + (i + 1), v);
		}
		CpcProfile cpc = CpcProfile.of(own);
		List<Ranked> ranked = new ArrayList<>();
		int firstCandidate = document;
		for (int n = 0; n < candidates.size(); n++) {
			Candidate c = candidates.get(n);
			Double yearsLeft = c.legal().expiry() != null ? years(asOf, c.legal().expiry())
					: yearsLeft(c.patent().filed(), asOf);
			boolean ended = ended(c.legal(), yearsLeft);
			if (ended && !includeExpired) {
				continue;
			}
			double life = ended ? pastDamages(c.legal(), yearsLeft)
					: yearsLeft == null ? 0.5 : Math.max(0, Math.min(1, yearsLeft / 5));
			SparseVector v = tfidf.vector(corpus.get(firstCandidate + n));
			List<VectorIndex.Scored<String>> nearest = index.nearest(v, 1, k -> true);
			double text = nearest.isEmpty() ? 0 : nearest.get(0).score();
			String closest = nearest.isEmpty() ? null : nearest.get(0).key();
			CpcProfile.Match match = cpc.match(c.patent().cpc());
			double technology = cpc.isEmpty() ? text : 0.5 * text + 0.5 * match.affinity();
			if (technology <= 0) {
				continue;
			}
			double assertion = 0.4 + 0.6 * Math.min(1, (c.ownerSuits() + 2.0 * c.assertions()) / 6);
			double score = technology * c.npeScore() * assertion * life;
			Map<String, Double> components = new LinkedHashMap<>();
			components.put("technology", round(technology));
			components.put("text", round(text));
			components.put("cpc", round(match.affinity()));
			components.put("npe", round(c.npeScore()));
			components.put("assertion", round(assertion));
			components.put("life", round(life));
			ranked.add(new Ranked(c, round(score), components, yearsLeft == null ? null : round(yearsLeft), ended,
					closest, match.symbol(), closest == null ? List.of() : shared(v, vectors.get(closest), terms)));
		}
		ranked.sort(Comparator.comparingDouble(Ranked::score)
			.reversed()
			.thenComparing(r -> r.candidate().patent().number()));
		return ranked;
	}

	static Double yearsLeft(LocalDate filed, LocalDate asOf) {
		if (filed == null) {
			return null;
		}
		return TERM_YEARS - years(filed, asOf);
	}

	private static double years(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) / 365.25;
	}

	// Lapsed or withdrawn as the source states, or the term over on the day
	private static boolean ended(PatentStatus legal, Double yearsLeft) {
		boolean stated = legal.status() != null && PatentStatus.ENDED.contains(legal.status())
				&& !("expired".equals(legal.status()) && legal.expiry() != null);
		return stated || (yearsLeft != null && yearsLeft <= 0);
	}

	// A withdrawn patent never was enforceable; a lapse without its date counts as today
	private static double pastDamages(PatentStatus legal, Double yearsLeft) {
		if ("withdrawn".equals(legal.status())) {
			return 0;
		}
		double since = yearsLeft != null && yearsLeft <= 0 ? -yearsLeft : 0;
		return PAST_DAMAGES_WEIGHT * Math.max(0, 1 - since / DAMAGES_YEARS);
	}

	// The terms with the largest products of weights
	private static List<String> shared(SparseVector a, SparseVector b, String[] terms) {
		return a.shared(b, index -> terms[index], 5);
	}

	static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	/**
	 * Where a company's patents sit in the CPC: own patents per main group and per
	 * subclass.
	 */
	static final class CpcProfile {

		private final Map<String, Integer> groups = new HashMap<>();

		private final Map<String, Integer> subclasses = new HashMap<>();

		private int maxGroup;

		private int maxSubclass;

		/**
		 * @param affinity 0 to 1
		 * @param symbol the shared main group or subclass
		 */
		record Match(double affinity, String symbol) {
		}

		static CpcProfile of(List<PatentText> own) {
			CpcProfile profile = new CpcProfile();
			for (PatentText p : own) {
				p.cpc()
					.stream()
					.map(CpcProfile::mainGroup)
					.distinct()
					.forEach(g -> profile.groups.merge(g, 1, Integer::sum));
				p.cpc()
					.stream()
					.map(CpcProfile::subclass)
					.distinct()
					.forEach(s -> profile.subclasses.merge(s, 1, Integer::sum));
			}
			profile.maxGroup = profile.groups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			profile.maxSubclass = profile.subclasses.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			return profile;
		}

		boolean isEmpty() {
			return this.groups.isEmpty();
		}

		Match match(List<String> symbols) {
			Match best = new Match(0, null);
			for (String symbol : symbols.stream().sorted().toList()) {
				Integer group = this.groups.get(mainGroup(symbol));
				if (group != null && (double) group / this.maxGroup > best.affinity()) {
					best = new Match((double) group / this.maxGroup, mainGroup(symbol));
				}
				Integer sub = this.subclasses.get(subclass(symbol));
				if (sub != null && 0.5 * sub / this.maxSubclass > best.affinity()) {
					best = new Match(0.5 * sub / this.maxSubclass, subclass(symbol));
				}
			}
			return best;
		}

		static String mainGroup(String symbol) {
			int slash = symbol.indexOf('/');
			return (slash < 0 ? symbol : symbol.substring(0, slash) + "/00").toUpperCase(Locale.ROOT);
		}

		static String subclass(String symbol) {
			return symbol.substring(0, Math.min(4, symbol.length())).toUpperCase(Locale.ROOT);
		}

	}

}
