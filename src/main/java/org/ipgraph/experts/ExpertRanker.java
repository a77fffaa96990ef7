package org.ipgraph.experts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks people for a query over an {@link ExpertCorpus}. Pure: no Spring, no Neo4j.
 * <ol>
 * <li><b>text</b>: the items that match the query best (BM25 over stems and stem pairs)
 * are the evidence; each passes its relative match, sharpened, times its recency, to the
 * people it names (a document-centric expert model); summed per person and scaled to
 * 0–1.</li>
 * <li><b>organization</b>: the owners of the best items, weighted by their match, and
 * within each owner its people by their share of its items: colleagues working on the
 * topic.</li>
 * <li><b>profile</b>: TF-IDF cosine of the query and all of a person's items
 * together.</li>
 * <li><b>cpc</b>: cosine of the query's CPC subclasses (given, or those of the best
 * items) and the person's.</li>
 * <li><b>expertise</b>: the best stated expertise (EXPERT_IN) in the query's CPC
 * areas.</li>
 * </ol>
 * The score is their weighted sum. Ties are left to the caller, who orders them by a key
 * that reveals nothing (see {@link Handles}).
 */
public final class ExpertRanker implements Serializable {

	/**
	 * Pinned to the value of the layout it was computed for, so that a snapshot survives
	 * a change of methods; change it when the fields change.
	 */
	private static final long serialVersionUID = 4631167584348936247L;

	/**
	 * How many people a query scores in full (profile and CPC) and returns: the best by
	 * the cheap components. Bounds a request's work whatever the size of the graph.
	 */
	static final int FULL_SCORING = 1000;

	private static final int EVIDENCE = 3;

	/**
	 * A query.
	 *
	 * @param terms analysed terms ({@link ExpertTerms})
	 * @param cpc CPC subclass weights, or empty to take them from the best items
	 * @param excluded item keys that must not count (the patent asked about)
	 * @param year the current year, for recency
	 * @param includeExpired whether patents that have ended count as evidence; by default
	 * only patents in force, pending or of unknown status (and documents) do
	 */
	public record Query(List<String> terms, Map<String, Double> cpc, Set<String> excluded, int year,
			boolean includeExpired) {

		public Query(List<String> terms, Map<String, Double> cpc, Set<String> excluded, int year) {
			this(terms, cpc, excluded, year, false);
		}

	}

	/**
	 * The parts of a score, each before its weight.
	 */
	record Components(double text, double organization, double profile, double cpc, double expertise) {
	}

	/**
	 * An item that speaks for a person, with its weighted relative match (0–1).
	 */
	record Evidence(int item, double match) {
	}

	/**
	 * A ranked person.
	 */
	public record Ranked(int person, double score, Components components, List<Evidence> evidence) {
	}

	private final ExpertCorpus corpus;

	private final RankerSettings settings;

	private final int[] stated;

	private final boolean[] ended;

	/**
	 * Per person: the squared norm of their TF-IDF profile over all their items, and over
	 * those that have not ended; null when the profile has no weight.
	 */
	private final double[] normAll;

	private final double[] normInForce;

	/**
	 * People with stated expertise by {@link #symbolKey}: built on first use, not kept in
	 * snapshots.
	 */
	private transient volatile java.util.NavigableMap<String, int[]> statedBySymbol;

	/**
	 * Owners with at least this many items have their people kept for the organization
	 * component ({@link #ownerPeople}).
	 */
	static final int KEPT_OWNER_ITEMS = 64;

	/** At most this many kept people over all owners: about 8 bytes each. */
	static final long KEPT_PEOPLE = 4_000_000;

	/**
	 * Arrays of the corpus's size a query works in, kept between queries: at a million
	 * patents they are several megabytes each, which the collector allocates outside the
	 * young generation (humongous objects) and which started a collection cycle on almost
	 * every query. At most {@link #SPARE_SCRATCH} are kept; more concurrent queries
	 * allocate their own.
	 */
	private transient volatile java.util.concurrent.ArrayBlockingQueue<Scratch> spare;

	/** Scratch arrays kept at most (about 20 MB each at a million patents). */
	static final int SPARE_SCRATCH = 2;

	/**
	 * One query's working arrays: BM25 scores per item, excluded items, and per-person
	 * counts or slots. Scores and counts are all zero when taken and when given back.
	 */
	static final class Scratch {

		final double[] scores;

		final boolean[] excluded;

		final int[] people;

		Scratch(int items, int people) {
			this.scores = new double[items];
			this.excluded = new boolean[items];
			this.people = new int[people];
		}

	}

	// a clean scratch of this corpus's sizes: a kept one, or a new one
	Scratch takeScratch() {
		Scratch kept = spares().poll();
		return kept != null ? kept : new Scratch(this.corpus.size(), this.corpus.people.size());
	}

	// gives a scratch back, its scores zeroed, when fewer than the bound are kept
	void giveBack(Scratch scratch) {
		java.util.Arrays.fill(scratch.scores, 0);
		spares().offer(scratch);
	}

	/** How many scratch arrays are kept now (tests). */
	int spareScratch() {
		return spares().size();
	}

	private java.util.concurrent.ArrayBlockingQueue<Scratch> spares() {
		java.util.concurrent.ArrayBlockingQueue<Scratch> kept = this.spare;
		if (kept == null) {
			synchronized (this) {
				kept = this.spare;
				if (kept == null) {
					kept = new java.util.concurrent.ArrayBlockingQueue<>(SPARE_SCRATCH);
					this.spare = kept;
				}
			}
		}
		return kept;
	}

	/** Kept people by owner and variant: built on use, not kept in snapshots. */
	private transient volatile java.util.concurrent.ConcurrentHashMap<Integer, int[][]> keptOwners;

	private transient volatile java.util.concurrent.atomic.AtomicLong keptPeople;

	/** Count every owner's items instead (a reference for tests). */
	transient boolean countOwners;

	/**
	 * Per term, the most it adds to an item's score ({@link #termBounds}): built on use.
	 */
	private transient volatile float[] termBounds;

	/**
	 * Bound what unread terms add by {@code idf * (k1 + 1)} instead of their best
	 * postings, as before {@link #termBounds} (a reference for tests).
	 */
	transient boolean idfBounds;

	public ExpertRanker(ExpertCorpus corpus, RankerSettings settings) {
		this(corpus, settings, new boolean[corpus.size()]);
	}

	/**
	 * @param ended per item, a patent that has ended: left out of queries that do not
	 * include expired patents
	 */
	ExpertRanker(ExpertCorpus corpus, RankerSettings settings, boolean[] ended) {
		this.corpus = corpus;
		this.settings = settings;
		this.ended = ended;
		List<Integer> withExpertise = new ArrayList<>();
		for (int p = 0; p < corpus.people.size(); p++) {
			if (!corpus.people.get(p).expertIn().isEmpty()) {
				withExpertise.add(p);
			}
		}
		this.stated = withExpertise.stream().mapToInt(Integer::intValue).toArray();
		if (settings.profileWeight() > 0) {
			this.normAll = new double[corpus.people.size()];
			this.normInForce = new double[corpus.people.size()];
			Profiles.norms(corpus, ended, this.normAll, this.normInForce);
		}
		else {
			this.normAll = null;
			this.normInForce = null;
		}
	}

	/**
	 * The people with stated expertise whose symbols could match one of the areas (a
	 * superset of those {@link Profiles#expertise} scores above zero), in person order.
	 */
	int[] statedIn(java.util.Collection<String> areas) {
		java.util.NavigableMap<String, int[]> index = this.statedBySymbol;
		if (index == null) {
			java.util.TreeMap<String, java.util.TreeSet<Integer>> building = new java.util.TreeMap<>();
			for (int p : this.stated) {
				for (String symbol : this.corpus.people.get(p).expertIn().keySet()) {
					building.computeIfAbsent(symbolKey(symbol), k -> new java.util.TreeSet<>()).add(p);
				}
			}
			java.util.TreeMap<String, int[]> built = new java.util.TreeMap<>();
			building.forEach((k, v) -> built.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
			index = built;
			this.statedBySymbol = index;
		}
		java.util.TreeSet<Integer> people = new java.util.TreeSet<>();
		for (String area : areas) {
			// symbols that lie in the area, or contain it
			java.util.Collection<int[]> found = new ArrayList<>();
			if (area.length() >= 4) {
				found.add(index.get(area.substring(0, 4)));
			}
			else {
				found.addAll(index.subMap(area, true, area + Character.MAX_VALUE, true).values());
			}
			for (int length = 0; length < Math.min(4, area.length()); length++) {
				found.add(index.get(area.substring(0, length)));
			}
			for (int[] ps : found) {
				if (ps != null) {
					for (int p : ps) {
						people.add(p);
					}
				}
			}
		}
		return people.stream().mapToInt(Integer::intValue).toArray();
	}

	// a symbol's first four characters (its subclass), or the whole of a shorter one
	private static String symbolKey(String symbol) {
		return symbol.length() > 4 ? symbol.substring(0, 4) : symbol;
	}

	RankerSettings settings() {
		return this.settings;
	}

	/**
	 * The best people for a query and the CPC areas it was matched in; {@code trace} says
	 * how much work it took.
	 */
	record Result(List<Ranked> people, Map<String, Double> areas, Trace trace) {
	}

	/**
	 * The work one query did, and where its time went (nanoseconds).
	 *
	 * @param items items the query's terms touched
	 * @param candidates people with a positive preliminary score (text, organization,
	 * expertise)
	 * @param scored people scored in full (profile and CPC): at most the bound
	 */
	record Trace(int items, int candidates, int scored, long match, long people, long select, long full) {
	}

	/**
	 * The best {@value #FULL_SCORING} people with a positive score, unordered.
	 */
	public List<Ranked> rank(Query query) {
		return run(query).people();
	}

	/**
	 * The best {@value #FULL_SCORING} people with a positive score, unordered, with the
	 * query's CPC areas (given or inferred).
	 */
	Result run(Query query) {
		return run(query, FULL_SCORING);
	}

	/**
	 * The best {@code limit} people with a positive score, unordered. Every person gets
	 * the cheap components (text evidence, colleagues, stated expertise); only the
	 * {@code limit} best by those are scored in full (profile and CPC) and returned. The
	 * full components only add to a score, so nobody left out could have outscored anyone
	 * kept: the people returned are the best {@code limit} of everyone (up to ties at the
	 * boundary), with the same scores.
	 */
	Result run(Query query, int limit) {
		return run(query, limit, false);
	}

	/**
	 * @param everyone also return the people beyond the {@code limit} best, with the
	 * cheap components only, as every query did before the bound (a reference for tests)
	 */
	Result run(Query query, int limit, boolean everyone) {
		Scratch scratch = takeScratch();
		// given back only after a query that ended normally: one that failed part way
		// may leave counts behind
		Result result = run(query, limit, everyone, scratch);
		giveBack(scratch);
		return result;
	}

	private Result run(Query query, int limit, boolean everyone, Scratch work) {
		long started = System.nanoTime();
		boolean[] excluded = excluded(query.excluded(), query.includeExpired(), work.excluded);
		double[] scores = work.scores;
		int[] touched = new int[1];
		int[] best = bestItems(query.terms(), excluded, scores, touched);
		long matched = System.nanoTime();
		double[] relevance = new double[best.length];
		Map<Integer, double[]> text = new HashMap<>();
		Map<Integer, List<Evidence>> evidence = new HashMap<>();
		double top = best.length == 0 ? 0 : scores[best[0]];
		for (int k = 0; k < best.length; k++) {
			int item = best[k];
			relevance[k] = Math.pow(scores[item] / top, this.settings.sharpness()) * recency(item, query.year())
					* (this.corpus.kind(item) == ExpertCorpus.Kind.DOCUMENT ? this.settings.documentWeight() : 1);
			for (int m = this.corpus.peopleStart[item]; m < this.corpus.peopleStart[item + 1]; m++) {
				int p = this.corpus.itemPeople[m];
				text.computeIfAbsent(p, x -> new double[1])[0] += relevance[k];
				List<Evidence> list = evidence.computeIfAbsent(p, x -> new ArrayList<>(EVIDENCE));
				if (list.size() < EVIDENCE) {
					list.add(new Evidence(item, relevance[k]));
				}
			}
		}
		int[] scratch = work.people;
		Map<Integer, Double> organization = colleagues(best, relevance, excluded, scratch, query.includeExpired(),
				explicitlyExcluded(query));
		Map<String, Double> cpc = query.cpc().isEmpty() ? inferredCpc(best, relevance) : query.cpc();
		double maxText = text.values().stream().mapToDouble(v -> v[0]).max().orElse(1);
		Map<Integer, Double> expertise = new HashMap<>();
		for (int p : statedIn(cpc.keySet())) {
			double e = Profiles.expertise(this.corpus.people.get(p).expertIn(), cpc);
			if (e > 0) {
				expertise.put(p, e);
			}
		}
		Map<Integer, Double> preliminary = new HashMap<>();
		// summed as the full score is, so that a person left out scores exactly this
		text.forEach((p, v) -> preliminary.merge(p, this.settings.textWeight() * (v[0] / maxText), Double::sum));
		organization.forEach((p, v) -> preliminary.merge(p, this.settings.organizationWeight() * v, Double::sum));
		expertise.forEach((p, v) -> preliminary.merge(p, this.settings.expertiseWeight() * v, Double::sum));
		long gathered = System.nanoTime();
		int[] full = best(preliminary, limit);
		long selected = System.nanoTime();
		Profiles profiles = new Profiles(this.corpus, cpc, excluded);
		double[] profile = this.normAll == null ? new double[full.length] : profiles.profiles(full, query.terms(),
				query.includeExpired() ? this.normAll : this.normInForce, explicitlyExcluded(query), scratch);
		int[] people = full;
		if (everyone) {
			java.util.Set<Integer> scored = new java.util.HashSet<>();
			java.util.Arrays.stream(full).forEach(scored::add);
			people = java.util.stream.IntStream
				.concat(java.util.Arrays.stream(full),
						preliminary.keySet().stream().mapToInt(Integer::intValue).filter(p -> !scored.contains(p)))
				.toArray();
		}
		List<Ranked> ranked = new ArrayList<>(people.length);
		for (int i = 0; i < people.length; i++) {
			int p = people[i];
			boolean inFull = i < full.length;
			Components c = new Components(text.containsKey(p) ? text.get(p)[0] / maxText : 0,
					organization.getOrDefault(p, 0.0), inFull ? profile[i] : 0, inFull ? profiles.cpc(p) : 0,
					expertise.getOrDefault(p, 0.0));
			double score = this.settings.textWeight() * c.text() + this.settings.organizationWeight() * c.organization()
					+ this.settings.profileWeight() * c.profile() + this.settings.cpcWeight() * c.cpc()
					+ this.settings.expertiseWeight() * c.expertise();
			if (score > 0) {
				ranked.add(new Ranked(p, score, c, List.copyOf(evidence.getOrDefault(p, List.of()))));
			}
		}
		long done = System.nanoTime();
		return new Result(ranked, cpc, new Trace(touched[0], preliminary.size(), full.length, matched - started,
				gathered - matched, selected - gathered, done - selected));
	}

	/**
	 * The {@code limit} people with the highest preliminary score, best first, ties by
	 * person index: a bounded heap, not a sort of everyone.
	 */
	static int[] best(Map<Integer, Double> preliminary, int limit) {
		int capacity = Math.min(limit, preliminary.size());
		int[] people = new int[capacity];
		double[] values = new double[capacity];
		int size = 0;
		for (Map.Entry<Integer, Double> e : preliminary.entrySet()) {
			int p = e.getKey();
			double v = e.getValue();
			if (size < capacity) {
				people[size] = p;
				values[size] = v;
				for (int c = size++; c > 0
						&& ahead(values[(c - 1) / 2], people[(c - 1) / 2], values[c], people[c]); c = (c - 1) / 2) {
					swap(people, values, c, (c - 1) / 2);
				}
			}
			else if (size > 0 && ahead(v, p, values[0], people[0])) {
				people[0] = p;
				values[0] = v;
				for (int c = 0;;) {
					int worst = c;
					for (int child = 2 * c + 1; child <= 2 * c + 2 && child < size; child++) {
						if (ahead(values[worst], people[worst], values[child], people[child])) {
							worst = child;
						}
					}
					if (worst == c) {
						break;
					}
					swap(people, values, c, worst);
					c = worst;
				}
			}
		}
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (x, y) -> ahead(values[x], people[x], values[y], people[y]) ? -1
				: ahead(values[y], people[y], values[x], people[x]) ? 1 : 0);
		return java.util.Arrays.stream(order).mapToInt(i -> people[i]).toArray();
	}

	// a higher score, or an equal one and a lower person index
	private static boolean ahead(double a, int personA, double b, int personB) {
		return a > b || a == b && personA < personB;
	}

	private static void swap(int[] people, double[] values, int a, int b) {
		int p = people[a];
		people[a] = people[b];
		people[b] = p;
		double v = values[a];
		values[a] = values[b];
		values[b] = v;
	}

	/**
	 * Best first; ties by the given key.
	 */
	public static Comparator<Ranked> order(java.util.function.IntFunction<String> tieKey) {
		return Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> tieKey.apply(r.person()));
	}

	// BM25 over distinct query terms; the best `neighbours` items, best first, ties by
	// position. Exact, but without reading every posting of common terms (MaxScore): the
	// rarest terms are read first, and once the terms left could not lift an untouched
	// item to the best `neighbours`, only the items touched so far are completed, by
	// looking those terms up.
	int[] bestItems(List<String> terms, boolean[] excluded, double[] scores, int[] touchedCount) {
		List<Integer> known = new ArrayList<>();
		for (String term : new java.util.LinkedHashSet<>(terms)) {
			int t = this.corpus.termId(term);
			if (t >= 0) {
				known.add(t);
			}
		}
		int m = known.size();
		int[] ids = known.stream().mapToInt(Integer::intValue).toArray();
		double[] idf = new double[m];
		for (int j = 0; j < m; j++) {
			idf[j] = this.corpus.bm25Idf(ids[j]);
		}
		// rarest terms first; a term adds at most its best posting's score to any item
		Integer[] byRarity = new Integer[m];
		for (int j = 0; j < m; j++) {
			byRarity[j] = j;
		}
		java.util.Arrays.sort(byRarity,
				Comparator.comparingInt((Integer j) -> this.corpus.documentFrequency(ids[j])).thenComparingInt(j -> j));
		float[] bounds = this.idfBounds ? null : termBounds();
		double[] remaining = new double[m + 1];
		for (int r = m - 1; r >= 0; r--) {
			remaining[r] = remaining[r + 1]
					+ (bounds == null ? idf[byRarity[r]] * (this.settings.k1() + 1) : bounds[ids[byRarity[r]]]);
		}
		int limit = this.settings.neighbours();
		int[] touched = new int[256];
		int n = 0;
		int scanned = m;
		double most = 0;
		// postings read since the threshold was last taken: it is taken again (a pass
		// over the touched items) once as many postings were read as items touched, so
		// that the checks cost no more than the reading
		long read = 0;
		double threshold = 0;
		for (int r = 0; r < m; r++) {
			// items not yet touched cannot reach the best `limit` once the terms left
			// cannot give them what the limit-th best already has (the threshold only
			// grows: one taken earlier still holds)
			if (r > 0 && remaining[r] < most && n >= limit) {
				if (below(remaining[r], threshold) || read >= n) {
					read = 0;
					int[] best = top(touched, n, scores, limit);
					threshold = best.length < limit ? 0 : scores[best[limit - 1]];
				}
				if (below(remaining[r], threshold)) {
					scanned = r;
					break;
				}
			}
			int j = byRarity[r];
			int t = ids[j];
			read += this.corpus.postingStart[t + 1] - this.corpus.postingStart[t];
			for (int k = this.corpus.postingStart[t]; k < this.corpus.postingStart[t + 1]; k++) {
				int i = this.corpus.postingItems[k];
				if (excluded[i]) {
					continue;
				}
				if (scores[i] == 0) {
					if (n == touched.length) {
						touched = java.util.Arrays.copyOf(touched, n * 2);
					}
					touched[n++] = i;
				}
				scores[i] += bm25(idf[j], ExpertCorpus.count(this.corpus.postingCounts[k]), i);
				most = Math.max(most, scores[i]);
			}
		}
		touchedCount[0] = n;
		// the touched items that can still reach the best: completed with the terms not
		// scanned, in item order, each term's postings searched forward from the last
		// item found (galloping: a walk where the items are dense, a search where they
		// are sparse), dropping those the terms left cannot lift to the best
		int kept = n;
		if (scanned < m) {
			java.util.Arrays.sort(touched, 0, kept);
		}
		for (int r = scanned; r <= m; r++) {
			if (r > scanned && kept > limit) {
				// the threshold rises with the scores completed so far: the limit-th best
				// of partial scores is no more than the limit-th best in the end
				int[] best = top(touched, kept, scores, limit);
				threshold = Math.max(threshold, scores[best[limit - 1]]);
			}
			// drop those that cannot reach the best any more
			int left = 0;
			for (int x = 0; x < kept; x++) {
				int i = touched[x];
				if (!below(scores[i] + remaining[r], threshold)) {
					touched[left++] = i;
				}
			}
			kept = left;
			if (r == m) {
				break;
			}
			int j = byRarity[r];
			int to = this.corpus.postingStart[ids[j] + 1];
			int k = this.corpus.postingStart[ids[j]];
			for (int x = 0; x < kept && k < to; x++) {
				int i = touched[x];
				k = gallop(this.corpus.postingItems, k, to, i);
				if (k < to && this.corpus.postingItems[k] == i) {
					scores[i] += bm25(idf[j], ExpertCorpus.count(this.corpus.postingCounts[k]), i);
				}
			}
		}
		// the scores summed term by term in the query's order, as the rank reports them:
		// for the items within rounding of the best `limit`
		int[] approximate = top(touched, kept, scores, limit);
		double last = approximate.length < limit ? 0 : scores[approximate[limit - 1]];
		int near = 0;
		for (int x = 0; x < kept; x++) {
			int i = touched[x];
			if (!below(scores[i], last)) {
				touched[near++] = i;
			}
		}
		for (int x = 0; x < near; x++) {
			int i = touched[x];
			double exact = 0;
			for (int j = 0; j < m; j++) {
				int tf = count(ids[j], i);
				if (tf > 0) {
					exact += bm25(idf[j], tf, i);
				}
			}
			scores[i] = exact;
		}
		return top(touched, near, scores, limit);
	}

	/**
	 * Per term, the most it adds to any item's BM25 score (its best posting's score,
	 * rounded up): a bound of what the terms not read yet can add, much tighter than
	 * {@code idf * (k1 + 1)} for short texts, so that {@link #bestItems} stops reading
	 * common terms' postings sooner. One pass over every posting on first use (not kept
	 * in snapshots); the same best items and scores.
	 */
	float[] termBounds() {
		float[] bounds = this.termBounds;
		if (bounds == null) {
			synchronized (this) {
				bounds = this.termBounds;
				if (bounds == null) {
					int terms = this.corpus.postingStart.length - 1;
					bounds = new float[terms];
					for (int t = 0; t < terms; t++) {
						int from = this.corpus.postingStart[t];
						int to = this.corpus.postingStart[t + 1];
						if (from == to) {
							continue;
						}
						double idf = this.corpus.bm25Idf(t);
						double most = 0;
						for (int k = from; k < to; k++) {
							most = Math.max(most, bm25(idf, ExpertCorpus.count(this.corpus.postingCounts[k]),
									this.corpus.postingItems[k]));
						}
						bounds[t] = Math.nextUp((float) most);
					}
					this.termBounds = bounds;
				}
			}
		}
		return bounds;
	}

	/**
	 * The first position in {@code [from, to)} of the ascending {@code values} holding
	 * {@code key} or more, or {@code to}: searched forward from {@code from} in doubling
	 * steps, then by bisection, so a run of ascending keys costs about the logarithm of
	 * each gap rather than a whole walk or a whole search for each.
	 */
	static int gallop(int[] values, int from, int to, int key) {
		if (from >= to || values[from] >= key) {
			return from;
		}
		// values[low] < key
		int low = from;
		int step = 1;
		while (low + step < to && values[low + step] < key) {
			low += step;
			step <<= 1;
		}
		int high = Math.min(to, low + step);
		// values[low] < key <= values[high] (or high == to)
		while (high - low > 1) {
			int mid = (low + high) >>> 1;
			if (values[mid] < key) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return high;
	}

	// clearly below: by more than rounding
	private static boolean below(double value, double threshold) {
		return value * (1 + 1e-9) < threshold;
	}

	private double bm25(double idf, double tf, int item) {
		double k1 = this.settings.k1();
		double b = this.settings.b();
		return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * this.corpus.lengths[item] / this.corpus.averageLength));
	}

	// the item's count of the term, from the term's postings (in item order)
	private int count(int term, int item) {
		int k = java.util.Arrays.binarySearch(this.corpus.postingItems, this.corpus.postingStart[term],
				this.corpus.postingStart[term + 1], item);
		return k < 0 ? 0 : ExpertCorpus.count(this.corpus.postingCounts[k]);
	}

	/**
	 * The best {@code limit} of the first {@code n} items with a positive score, best
	 * first, ties by position: a bounded heap, not a sort of everything touched.
	 */
	static int[] top(int[] items, int n, double[] scores, int limit) {
		int[] heap = new int[Math.min(limit, n)];
		int size = 0;
		for (int k = 0; k < n; k++) {
			int i = items[k];
			if (scores[i] <= 0) {
				continue;
			}
			if (size < heap.length) {
				heap[size] = i;
				for (int c = size++; c > 0 && better(scores, heap[(c - 1) / 2], heap[c]); c = (c - 1) / 2) {
					swap(heap, c, (c - 1) / 2);
				}
			}
			else if (size > 0 && better(scores, i, heap[0])) {
				heap[0] = i;
				for (int c = 0;;) {
					int worst = c;
					for (int child = 2 * c + 1; child <= 2 * c + 2 && child < size; child++) {
						if (better(scores, heap[worst], heap[child])) {
							worst = child;
						}
					}
					if (worst == c) {
						break;
					}
					swap(heap, c, worst);
					c = worst;
				}
			}
		}
		return java.util.Arrays.stream(heap, 0, size)
			.boxed()
			.sorted((x, y) -> better(scores, x, y) ? -1 : better(scores, y, x) ? 1 : 0)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private static boolean better(double[] scores, int a, int b) {
		return scores[a] > scores[b] || scores[a] == scores[b] && a < b;
	}

	private static void swap(int[] heap, int a, int b) {
		int x = heap[a];
		heap[a] = heap[b];
		heap[b] = x;
	}

	// The owners of the best items, and their people by share of the owner's items
	/**
	 * The colleagues of the best items' owners: within each owner, its people by their
	 * share of its items that count. An owner with many items has its people and their
	 * counts kept ({@link #ownerPeople}), so a large company costs its people, not its
	 * items, per query; the items the query excludes by name are taken off the kept
	 * counts. The same values, in the same order of summation, as counting the items.
	 * @param excluded per item, whether it does not count (ended, or named)
	 * @param named the items excluded by name that would count otherwise
	 */
	private Map<Integer, Double> colleagues(int[] best, double[] relevance, boolean[] excluded, int[] counts,
			boolean includeExpired, int[] named) {
		Map<Integer, Double> owners = new HashMap<>();
		double total = 0;
		for (int k = 0; k < Math.min(best.length, this.settings.organizationNeighbours()); k++) {
			int owner = this.corpus.organizations[best[k]];
			if (owner >= 0) {
				owners.merge(owner, relevance[k], Double::sum);
				total += relevance[k];
			}
		}
		Map<Integer, Double> people = new HashMap<>();
		List<Integer> touched = new ArrayList<>();
		for (Map.Entry<Integer, Double> owner : owners.entrySet()) {
			int[][] kept = ownerPeople(owner.getKey(), includeExpired);
			int most = 1;
			if (kept != null) {
				// the kept counts, less the items named that this owner holds
				int[] persons = kept[0];
				for (int x = 0; x < persons.length; x++) {
					counts[persons[x]] = kept[1][x];
				}
				for (int i : named) {
					if (this.corpus.organizations[i] == owner.getKey()) {
						for (int m = this.corpus.peopleStart[i]; m < this.corpus.peopleStart[i + 1]; m++) {
							counts[this.corpus.itemPeople[m]]--;
						}
					}
				}
				for (int p : persons) {
					if (counts[p] > 0) {
						touched.add(p);
						most = Math.max(most, counts[p]);
					}
					else {
						counts[p] = 0;
					}
				}
			}
			else {
				for (int i : this.corpus.organizationItems(owner.getKey())) {
					if (!excluded[i]) {
						for (int m = this.corpus.peopleStart[i]; m < this.corpus.peopleStart[i + 1]; m++) {
							int p = this.corpus.itemPeople[m];
							if (counts[p]++ == 0) {
								touched.add(p);
							}
							most = Math.max(most, counts[p]);
						}
					}
				}
			}
			double share = owner.getValue() / total;
			for (int p : touched) {
				people.merge(p, share * counts[p] / most, Double::sum);
				counts[p] = 0;
			}
			touched.clear();
		}
		return people;
	}

	/**
	 * An owner's people in the order its items first name them, and how many of its items
	 * name each (all items, or those in force): kept for owners with at least
	 * {@link #KEPT_OWNER_ITEMS} items, up to {@link #KEPT_PEOPLE} people in all; null for
	 * a smaller owner, or once the bound is reached (the items are then counted).
	 */
	private int[][] ownerPeople(int owner, boolean includeExpired) {
		int[] items = this.corpus.organizationItems(owner);
		if (this.countOwners || items.length < KEPT_OWNER_ITEMS) {
			return null;
		}
		java.util.concurrent.ConcurrentHashMap<Integer, int[][]> kept = this.keptOwners;
		if (kept == null) {
			synchronized (this) {
				kept = this.keptOwners;
				if (kept == null) {
					kept = new java.util.concurrent.ConcurrentHashMap<>();
					this.keptOwners = kept;
					this.keptPeople = new java.util.concurrent.atomic.AtomicLong();
				}
			}
		}
		int key = 2 * owner + (includeExpired ? 1 : 0);
		int[][] found = kept.get(key);
		if (found != null) {
			return found;
		}
		Map<Integer, Integer> count = new java.util.LinkedHashMap<>();
		for (int i : items) {
			if (includeExpired || !this.ended[i]) {
				for (int m = this.corpus.peopleStart[i]; m < this.corpus.peopleStart[i + 1]; m++) {
					count.merge(this.corpus.itemPeople[m], 1, Integer::sum);
				}
			}
		}
		if (this.keptPeople.addAndGet(count.size()) > KEPT_PEOPLE) {
			this.keptPeople.addAndGet(-count.size());
			return null;
		}
		int[][] made = { count.keySet().stream().mapToInt(Integer::intValue).toArray(),
				count.values().stream().mapToInt(Integer::intValue).toArray() };
		int[][] raced = kept.putIfAbsent(key, made);
		if (raced != null) {
			this.keptPeople.addAndGet(-count.size());
			return raced;
		}
		return made;
	}

	private Map<String, Double> inferredCpc(int[] best, double[] relevance) {
		Map<String, Double> cpc = new HashMap<>();
		for (int k = 0; k < Math.min(best.length, 10); k++) {
			for (String subclass : this.corpus.cpc(best[k])) {
				cpc.merge(subclass, relevance[k], Double::sum);
			}
		}
		return cpc;
	}

	private double recency(int item, int year) {
		int itemYear = this.corpus.year(item);
		if (itemYear <= 0 || year <= 0) {
			return 0.75;
		}
		double age = Math.max(0, year - itemYear);
		return 0.5 + 0.5 * Math.pow(0.5, age / this.settings.recencyHalfLife());
	}

	private boolean[] excluded(Set<String> keys, boolean includeExpired, boolean[] excluded) {
		if (includeExpired) {
			java.util.Arrays.fill(excluded, false);
		}
		else {
			System.arraycopy(this.ended, 0, excluded, 0, excluded.length);
		}
		for (String key : keys) {
			int i = this.corpus.item(key);
			if (i >= 0) {
				excluded[i] = true;
			}
		}
		return excluded;
	}

	// the items a query leaves out beyond those its profile norms already leave out
	private int[] explicitlyExcluded(Query query) {
		return query.excluded()
			.stream()
			.mapToInt(this.corpus::item)
			.filter(i -> i >= 0 && (query.includeExpired() || !this.ended[i]))
			.distinct()
			.toArray();
	}

}
