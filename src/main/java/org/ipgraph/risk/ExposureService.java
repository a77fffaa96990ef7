package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.security.AuditLog;
import org.ipgraph.similarity.Terms;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * A company's exposure to NPE-held patents: NPE-like owners (they sued, or hold acquired
 * patents; kept by {@link NpeCandidates}) are scored; their live patents are ranked by
 * {@link ExposureRanker} against the company's own patents, a portfolio, or product
 * descriptions.
 */
@Service
public class ExposureService {

	private static final Log logger = LogFactory.getLog(ExposureService.class);

	private final ExposureQueries queries;

	private final HeldDetails details;

	private final OwnerProfiles profiles;

	private final NpeCandidates candidates;

	private final NpeModels models;

	private final RiskProperties properties;

	private final AuditLog audit;

	ExposureService(Neo4jClient neo4j, NpeCandidates candidates, NpeModels models, RiskProperties properties,
			AuditLog audit) {
		this.queries = new ExposureQueries(neo4j);
		this.details = new HeldDetails(neo4j, this.queries);
		this.profiles = new OwnerProfiles(neo4j);
		this.candidates = candidates;
		this.models = models;
		this.properties = properties;
		this.audit = audit;
	}

	/**
	 * What the exposure is computed for.
	 *
	 * @param organization the company (key or name), or null
	 * @param patents a portfolio of patent numbers, in addition to or instead of the
	 * company's
	 * @param products product descriptions
	 * @param minNpeScore owners below this NPE probability are left out (default from
	 * settings)
	 * @param asOf the date remaining lives are counted from (default today)
	 * @param includeExpired whether patents that have ended (expired, lapsed, withdrawn)
	 * are ranked too, flagged, for the damages a suit can still claim for the years
	 * before they ended; by default only patents in force (or of unknown status) are
	 * ranked
	 */
	public record Request(String organization, List<String> patents, List<String> products, Double minNpeScore,
			LocalDate asOf, boolean includeExpired) {

		public Request(String organization, List<String> patents, List<String> products, Double minNpeScore,
				LocalDate asOf) {
			this(organization, patents, products, minNpeScore, asOf, false);
		}

	}

	public ExposureReport exposure(Request request, PageRequest page) {
		long started = System.nanoTime();
		boolean named = request.organization() != null && !request.organization().isBlank();
		String id = named ? this.profiles.resolve(request.organization())
			.orElseThrow(() -> new NotFoundException("Organization", request.organization())) : null;
		OwnerProfile.Ref company = named ? this.queries.organization(id) : null;
		List<String> group = named ? this.queries.group(id) : List.of();
		List<String> numbers = new ArrayList<>();
		for (String text : request.patents() == null ? List.<String>of() : request.patents()) {
			numbers.add(PatentNumber.parse(text, "US")
				.orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a patent number"))
				.key());
		}
		List<String> products = request.products() == null ? List.of()
				: request.products().stream().filter(p -> p != null && !p.isBlank()).toList();
		Map<String, Object> audited = new LinkedHashMap<>();
		audited.put("organization", request.organization());
		audited.put("patents", numbers);
		audited.put("products", products.size());
		audited.put("page", page.page());
		audited.put("includeExpired", request.includeExpired());
		long auditFrom = System.nanoTime();
		this.audit.record("risk.exposure", company != null ? company.id() : "portfolio:" + numbers.size(), audited);
		long auditNanos = System.nanoTime() - auditFrom;
		// the company's own patents with their text, classes and terms as kept
		// (HeldDetails), as the held ones: read and split once, not for every report
		Map<String, HeldDetails.Details> kept = new HashMap<>();
		List<ExposureRanker.PatentText> own = new ArrayList<>();
		List<String> ownKeys = this.queries.ownNumbers(group, this.properties.maxOwnPatents());
		if (!ownKeys.isEmpty()) {
			kept.putAll(this.details.details(ownKeys));
			ownKeys.stream().map(kept::get).filter(d -> d != null).forEach(d -> own.add(d.patent()));
		}
		if (!numbers.isEmpty()) {
			List<String> known = own.stream().map(ExposureRanker.PatentText::number).toList();
			this.queries.patents(numbers).stream().filter(p -> !known.contains(p.number())).forEach(own::add);
		}
		if (own.isEmpty() && products.isEmpty()) {
			throw new IllegalArgumentException("Nothing to compare with: the company holds no patents in the graph and "
					+ "no known patent or product description was given");
		}
		long ownRead = System.nanoTime();
		double minScore = request.minNpeScore() != null ? request.minNpeScore() : this.properties.minNpeScore();
		LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now();
		NpeRiskScorer scorer = this.models.scorer();
		Map<String, ExposureReport.NpeOwner> owners = new LinkedHashMap<>();
		Map<String, OwnerProfile> ownerProfiles = new HashMap<>();
		for (OwnerProfile profile : this.candidates.profiles(group)) {
			NpeScore score = scorer.score(profile.facts());
			if (score.probability() >= minScore) {
				owners.put(profile.organization().id(), new ExposureReport.NpeOwner(profile.organization(),
						score.probability(), score.method(), profile.facts().plaintiffSuits()));
				ownerProfiles.put(profile.organization().id(), profile);
			}
		}
		List<String> ownNumbers = own.stream().map(ExposureRanker.PatentText::number).toList();
		// the graph's status is today's: for an earlier day read every patent and let the
		// ranker judge the term on that day
		// ownership and status fresh; the text, classes and suits as kept (HeldDetails)
		List<ExposureQueries.HeldState> states = this.queries.heldStates(List.copyOf(owners.keySet()), ownNumbers,
				request.includeExpired() || asOf.isBefore(LocalDate.now()));
		Map<String, HeldDetails.Details> details = this.details
			.details(states.stream().map(ExposureQueries.HeldState::number).distinct().toList());
		details.forEach(kept::putIfAbsent);
		List<ExposureQueries.Held> held = states.stream()
			.filter(s -> details.containsKey(s.number()))
			.map(s -> s.with(details.get(s.number()).patent(), details.get(s.number()).cases()))
			.toList();
		long heldRead = System.nanoTime();
		List<ExposureRanker.Candidate> candidates = held.stream().map(h -> {
			ExposureReport.NpeOwner owner = owners.get(h.owner());
			return new ExposureRanker.Candidate(h.patent(), h.owner(), owner.organization().name(), owner.npeScore(),
					owner.plaintiffSuits(), h.cases().size(), h.legal());
		}).toList();
		List<ExposureRanker.Ranked> ranked = ExposureRanker.rank(own, products, candidates, asOf,
				request.includeExpired(), p -> {
					HeldDetails.Details split = kept.get(p.number());
					return split != null && split.patent() == p ? split.terms() : Terms.of(p.text());
				});
		long rankedAt = System.nanoTime();
		Map<String, ExposureQueries.Held> heldByNumber = new HashMap<>();
		held.forEach(h -> heldByNumber.putIfAbsent(h.patent().number() + "|" + h.owner(), h));
		Map<String, String> ownTitles = new HashMap<>();
		own.forEach(p -> ownTitles.put(p.number(), p.title()));
		List<ExposureReport.ExposedPatent> items = ranked.stream()
			.skip(page.skip())
			.limit(page.size() + 1L)
			.map(r -> ExposureExplainer.explain(r, owners.get(r.candidate().ownerId()),
					heldByNumber.get(r.candidate().patent().number() + "|" + r.candidate().ownerId()),
					ownerProfiles.get(r.candidate().ownerId()), company, ownTitles, products))
			.toList();
		List<ExposureReport.NpeOwner> top = owners.values()
			.stream()
			.sorted(Comparator.comparingDouble(ExposureReport.NpeOwner::npeScore)
				.reversed()
				.thenComparing(o -> o.organization().id()))
			.limit(20)
			.toList();
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT,
					"exposure of %s: %d own patents read in %d ms (audit %d ms); %d owners scored, %d held patents read in %d ms; "
							+ "%d ranked in %d ms; explained in %d ms",
					company != null ? company.id() : "a portfolio", own.size(), (ownRead - started) / 1_000_000,
					auditNanos / 1_000_000, owners.size(), held.size(), (heldRead - ownRead) / 1_000_000, ranked.size(),
					(rankedAt - heldRead) / 1_000_000, (System.nanoTime() - rankedAt) / 1_000_000));
		}
		return new ExposureReport(company, own.size(), products, asOf, minScore, request.includeExpired(), top,
				ranked.size(), (int) ranked.stream().filter(ExposureRanker.Ranked::ended).count(), Page.of(items, page),
				String.format(Locale.ROOT, "exposure = technology x npeScore x assertion x life; owners scored by %s",
						scorer.model() == null ? "the rules" : scorer.model().kind() + " " + scorer.model().version()));
	}

}
