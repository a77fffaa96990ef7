package org.ipgraph.market;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.FullText;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.security.AuditLog;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;
import org.ipgraph.web.ForbiddenException;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.stereotype.Service;

/**
 * The demand-and-offer library: publishes offers and demands (idempotently), matches each
 * new one against the other side and stores the matches with their explanation, and shows
 * demands as the caller may see them.
 */
@Service
public record MarketService(MarketGraph graph, MarketProperties properties, AuditLog audit, MarketCache cache) {

	/** CPC codes an offer keeps from its patents at most. */
	static final int MAX_CODES = 200;

	/** Patent titles that go into an offer's text at most. */
	static final int MAX_TITLES = 200;

	/**
	 * Publishes an offer and matches it against the open demands. The same offer again
	 * (same client key, or same organization, kind, patents and title) creates nothing.
	 */
	public Posted<Offer> publish(NewOffer request) {
		if (request.validUntil() != null && request.validUntil().isBefore(LocalDate.now())) {
			throw new IllegalArgumentException("validUntil " + request.validUntil() + " is in the past");
		}
		String[] organization = organization(request.organization());
		List<String> numbers = request.patents().stream().map(MarketService::patentNumber).distinct().toList();
		List<MarketGraph.PatentFacts> patents = this.graph.patents(numbers);
		List<String> unknown = patents.stream().filter(p -> !p.found()).map(MarketGraph.PatentFacts::number).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("patents not in the graph: " + String.join(", ", unknown));
		}
		List<String> stated = cpc(request.cpc());
		Set<String> codes = new LinkedHashSet<>(stated);
		patents.forEach(p -> p.codes().stream().sorted().forEach(codes::add));
		StringBuilder text = new StringBuilder(request.title());
		if (request.description() != null) {
			text.append(". ").append(request.description());
		}
		patents.stream()
			.limit(MAX_TITLES)
			.filter(p -> p.title() != null)
			.forEach(p -> text.append(". ").append(p.title()));
		String id = "offer:"
				+ hash(request.clientKey() != null ? Callers.name() + "|" + request.clientKey() : organization[0] + "|"
						+ request.kind() + "|" + new TreeSet<>(numbers) + "|" + normalize(request.title()));
		Map<String, Object> props = MarketGraph.parameters("clientKey", request.clientKey(), "organization",
				organization[0], "kind", request.kind(), "title", request.title().strip(), "description",
				request.description(), "patents", numbers, "statedCpc", stated, "cpc",
				List.copyOf(codes).subList(0, Math.min(MAX_CODES, codes.size())), "text", text.toString(), "terms",
				request.terms(), "price", request.price(), "currency", upper(request.currency()), "exclusivity",
				request.exclusivity(), "territory", request.territory(), "validUntil", request.validUntil(),
				"createdBy", Callers.name());
		props.values().removeIf(v -> v == null);
		return this.graph.inTransaction(() -> {
			boolean created = this.graph.saveOffer(id, props);
			List<String> notes = new ArrayList<>();
			if (organization[1] == null) {
				notes.add("Organization '" + organization[0]
						+ "' is not in the graph: the offer is kept under this key.");
			}
			if (created) {
				int matched = save(this.graph.openDemands(MarketMatcher.demandKindsFor(request.kind()), this.cache),
						List.of(this.graph.offer(id).orElseThrow()));
				notes.add(matched + " open demands matched.");
			}
			else {
				notes.add("Already published (same key): nothing was changed.");
			}
			return new Posted<>(offer(id), created,
					offerMatches(id, PageRequest.of(0, this.properties.maxMatches())).items(), notes);
		});
	}

	/**
	 * Publishes a demand and matches it against the active offers. The same demand again
	 * (same client key, or same user, requester, kind, text and fields) creates nothing.
	 */
	public Posted<MarketDemand> publish(NewDemand request) {
		if (request.deadline() != null && request.deadline().isBefore(LocalDate.now())) {
			throw new IllegalArgumentException("deadline " + request.deadline() + " is in the past");
		}
		String[] requester = request.requester() == null || request.requester().isBlank() ? new String[2]
				: organization(request.requester());
		boolean anonymous = Boolean.TRUE.equals(request.anonymous());
		List<String> cpc = cpc(request.cpc());
		List<String> keywords = request.keywords() == null ? List.of()
				: request.keywords().stream().map(String::strip).distinct().toList();
		String user = Callers.name();
		String id = "demand:market:" + hash(request.clientKey() != null ? user + "|" + request.clientKey() : user + "|"
				+ requester[0] + "|" + request.kind() + "|" + normalize(request.text()) + "|" + new TreeSet<>(cpc));
		Map<String, Object> props = MarketGraph.parameters("clientKey", request.clientKey(), "requester", requester[0],
				"anonymous", anonymous, "kind", request.kind(), "text", request.text().strip().replaceAll("\\s+", " "),
				"cpc", cpc, "keywords", keywords, "keywordsText", String.join(" ", keywords), "budget",
				request.budget(), "currency", upper(request.currency()), "deadline", request.deadline(), "region",
				upper(request.region()), "createdBy", user);
		props.values().removeIf(v -> v == null);
		List<String> notes = new ArrayList<>();
		if (requester[0] != null && requester[1] == null) {
			notes.add("Requester '" + requester[0] + "' is not in the graph: the demand is kept under this key.");
		}
		if (anonymous) {
			notes.add("Anonymous: others see the requester as 'anonymous' with the kind, fields (CPC subclass), "
					+ "budget band, deadline and status only.");
		}
		return this.graph.inTransaction(() -> {
			boolean created = this.graph.saveDemand(id, props);
			if (created) {
				int matched = save(List.of(this.graph.demand(id).orElseThrow()),
						this.graph.activeOffers(MarketMatcher.offerKindsFor(request.kind()), this.cache));
				notes.add(matched + " active offers matched.");
			}
			else {
				notes.add("Already published (same key): nothing was changed.");
			}
			return new Posted<>(demand(id), created,
					demandMatches(id, PageRequest.of(0, this.properties.maxMatches())).items(), notes);
		});
	}

	public Offer offer(String id) {
		return offer(this.graph.offer(id).orElseThrow(() -> new NotFoundException("Offer", id)));
	}

	public MarketDemand demand(String id) {
		return view(this.graph.demand(id).orElseThrow(() -> new NotFoundException("Demand", id)));
	}

	/**
	 * Offers, newest first or, with a keyword query (title, description, the patents'
	 * titles), best first; active ones unless the search names a status.
	 * @param organization the offering organization's key or name
	 */
	public Page<Offer> offers(Search search, String organization, PageRequest page) {
		search.check("licence|sale|pledge", "active|withdrawn|expired");
		Map<String, Object> filters = filters(search, "active", page);
		filters.put("organization", organization == null ? null : OrganizationNames.key(organization));
		return Page.of(this.graph.offers(filters).stream().map(MarketService::offer).toList(), page);
	}

	/**
	 * Demands, newest first or, with a keyword query, best first; anonymous ones masked
	 * for those who may not see their requester (and found by keywords only for those who
	 * may); open ones unless the search names a status.
	 */
	public Page<MarketDemand> demands(Search search, PageRequest page) {
		search.check("licence|purchase|rd|expert", "open|closed|expired");
		Map<String, Object> filters = filters(search, "open", page);
		filters.put("privileged", Callers.hasAnyRole(Role.ADMIN, Role.ORGANIZER));
		filters.put("user", Callers.name());
		return Page.of(this.graph.demands(filters).stream().map(this::view).toList(), page);
	}

	public Offer withdraw(String id) {
		Offer offer = offer(id);
		if (!Visibility.mayChange(offer.createdBy())) {
			throw new ForbiddenException("Only the user who published the offer or an admin may withdraw it");
		}
		if (!this.graph.status(true, id, "active", "withdrawn", Callers.name())
				&& !"withdrawn".equals(offer.status())) {
			throw new IllegalArgumentException("Offer '" + id + "' is " + offer.status() + ", not active");
		}
		return offer(id);
	}

	public MarketDemand close(String id) {
		Map<String, Object> stored = this.graph.demand(id).orElseThrow(() -> new NotFoundException("Demand", id));
		String createdBy = MarketGraph.text(stored.get("createdBy"));
		if (!Visibility.mayChange(createdBy)) {
			throw new ForbiddenException("Only the user who published the demand or an admin may close it");
		}
		this.graph.status(false, id, "open", "closed", Callers.name());
		return demand(id);
	}

	public Page<MarketMatch> demandMatches(String id, PageRequest page) {
		this.graph.demand(id).orElseThrow(() -> new NotFoundException("Demand", id));
		return Page.of(this.graph.demandMatches(id, page.skip(), page.size() + 1).stream().map(this::match).toList(),
				page);
	}

	public Page<MarketMatch> offerMatches(String id, PageRequest page) {
		this.graph.offer(id).orElseThrow(() -> new NotFoundException("Offer", id));
		return Page.of(this.graph.offerMatches(id, page.skip(), page.size() + 1).stream().map(this::match).toList(),
				page);
	}

	private MarketMatcher matcher() {
		return new MarketMatcher(this.properties.minScore(), LocalDate.now());
	}

	private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> map = new HashMap<>();
		rows.forEach(r -> map.put(MarketGraph.text(r.get("id")), r));
		return map;
	}

	/**
	 * Stores the best matches, and for a requester that shows itself, its interest in the
	 * offering organization (what the partner service reads).
	 */
	private int save(List<Map<String, Object>> demands, List<Map<String, Object>> offers) {
		List<MarketMatcher.Scored> scored = matcher().match(demandFacts(demands), offerFacts(offers),
				this.cache::terms);
		List<MarketMatcher.Scored> kept = scored.stream()
			.sorted(Comparator.comparingDouble(MarketMatcher.Scored::score).reversed())
			.limit(this.properties.maxMatches())
			.toList();
		List<Map<String, Object>> matches = new ArrayList<>();
		List<Map<String, Object>> signals = new ArrayList<>();
		for (MarketMatcher.Scored s : kept) {
			matches.add(Map.of("demand", s.demand(), "offer", s.offer(), "properties",
					MarketGraph.parameters("score", s.score(), "cpcOverlap", s.cpcOverlap(), "textSimilarity",
							s.textSimilarity(), "kindFit", s.kindFit(), "budgetFit", s.budgetFit(), "deadlineFit",
							s.deadlineFit(), "sharedCpc", s.sharedCpc(), "sharedTerms", s.sharedTerms(), "reasons",
							MarketMatcher.reasons(s, false))));
		}
		Map<String, Map<String, Object>> demandRows = byId(demands);
		Map<String, Map<String, Object>> offerRows = byId(offers);
		for (MarketMatcher.Scored s : kept) {
			Map<String, Object> d = demandRows.get(s.demand());
			String requester = MarketGraph.text(d.get("requester"));
			if (requester != null && !Boolean.TRUE.equals(d.get("anonymous"))) {
				signals.add(Map.of("requester", requester, "organization",
						MarketGraph.text(offerRows.get(s.offer()).get("organization")), "score", s.score(), "demand",
						s.demand(), "offer", s.offer()));
			}
		}
		this.graph.saveMatches(matches, signals);
		return kept.size();
	}

	private MarketMatch match(Map<String, Object> row) {
		@SuppressWarnings("unchecked")
		Map<String, Object> r = (Map<String, Object>) row.get("r");
		@SuppressWarnings("unchecked")
		MarketDemand demand = view((Map<String, Object>) row.get("d"));
		@SuppressWarnings("unchecked")
		Offer offer = offer((Map<String, Object>) row.get("o"));
		MarketMatcher.Scored s = new MarketMatcher.Scored(demand.id(), offer.id(), value(r, "score"),
				value(r, "cpcOverlap"), value(r, "textSimilarity"), value(r, "kindFit"), value(r, "budgetFit"),
				value(r, "deadlineFit"), MarketGraph.strings(r.get("sharedCpc")),
				MarketGraph.strings(r.get("sharedTerms")));
		double kind = s.kindFit();
		List<MarketMatch.Component> components = List.of(
				component(MarketMatcher.Part.CPC_OVERLAP, s.cpcOverlap(), kind),
				component(MarketMatcher.Part.TEXT_SIMILARITY, s.textSimilarity(), kind),
				component(MarketMatcher.Part.BUDGET_FIT, s.budgetFit(), kind),
				component(MarketMatcher.Part.DEADLINE_FIT, s.deadlineFit(), kind),
				new MarketMatch.Component("kindFit", kind, 1.0, 0));
		return new MarketMatch(demand, offer, s.score(), components, MarketMatcher.reasons(s, !demand.identityShown()),
				MarketGraph.text(r.get("matchedAt")));
	}

	private static MarketMatch.Component component(MarketMatcher.Part part, double value, double kind) {
		return new MarketMatch.Component(part.key, value, part.weight, MarketMatcher.round(kind * part.weight * value));
	}

	private static double value(Map<String, Object> map, String key) {
		Double d = MarketGraph.number(map.get(key));
		return d == null ? 0 : d;
	}

	private MarketDemand view(Map<String, Object> d) {
		String createdBy = MarketGraph.text(d.get("createdBy"));
		boolean anonymous = Boolean.TRUE.equals(d.get("anonymous"));
		boolean sees = Visibility.seesIdentity(createdBy);
		String id = MarketGraph.text(d.get("id"));
		if (anonymous && sees && !Callers.name().equals(createdBy)) {
			this.audit.record("market.identity", id, Map.of("requester", String.valueOf(d.get("requester"))));
		}
		Double budget = MarketGraph.number(d.get("budget"));
		String currency = MarketGraph.text(d.get("currency"));
		MarketDemand full = new MarketDemand(id, MarketGraph.text(d.get("kind")), MarketGraph.text(d.get("status")),
				anonymous, true, MarketGraph.text(d.get("requester")), MarketGraph.text(d.get("requesterName")),
				MarketGraph.text(d.get("text")), MarketGraph.strings(d.get("cpc")),
				MarketGraph.strings(d.get("keywords")), budget, currency, Visibility.band(budget, currency),
				MarketGraph.text(d.get("deadline")), MarketGraph.text(d.get("region")),
				MarketGraph.text(d.get("createdAt")), createdBy);
		return Visibility.view(full, sees);
	}

	private static Offer offer(Map<String, Object> o) {
		return new Offer(MarketGraph.text(o.get("id")), MarketGraph.text(o.get("kind")),
				MarketGraph.text(o.get("status")), MarketGraph.text(o.get("organization")),
				MarketGraph.text(o.get("organizationName")), MarketGraph.text(o.get("title")),
				MarketGraph.text(o.get("description")), MarketGraph.strings(o.get("patents")),
				MarketGraph.strings(o.get("cpc")), MarketGraph.text(o.get("terms")), MarketGraph.number(o.get("price")),
				MarketGraph.text(o.get("currency")), MarketGraph.text(o.get("exclusivity")),
				MarketGraph.text(o.get("territory")), MarketGraph.text(o.get("validUntil")),
				MarketGraph.text(o.get("createdAt")), MarketGraph.text(o.get("createdBy")));
	}

	private static MarketMatcher.OfferFacts facts(Map<String, Object> o) {
		return new MarketMatcher.OfferFacts(MarketGraph.text(o.get("id")), MarketGraph.text(o.get("kind")),
				MarketGraph.text(o.get("organization")), MarketGraph.strings(o.get("cpc")),
				MarketGraph.text(o.get("text")), MarketGraph.number(o.get("price")),
				MarketGraph.text(o.get("currency")), MarketGraph.date(o.get("validUntil")));
	}

	private static List<MarketMatcher.OfferFacts> offerFacts(List<Map<String, Object>> rows) {
		return rows.stream().map(MarketService::facts).toList();
	}

	private static List<MarketMatcher.DemandFacts> demandFacts(List<Map<String, Object>> rows) {
		return rows.stream()
			.map(d -> new MarketMatcher.DemandFacts(MarketGraph.text(d.get("id")), MarketGraph.text(d.get("kind")),
					MarketGraph.text(d.get("requester")), MarketGraph.strings(d.get("cpc")),
					MarketGraph.text(d.get("text")) + " " + String.join(" ", MarketGraph.strings(d.get("keywords"))),
					MarketGraph.number(d.get("budget")), MarketGraph.text(d.get("currency")),
					MarketGraph.date(d.get("deadline"))))
			.toList();
	}

	private static Map<String, Object> filters(Search search, String defaultStatus, PageRequest page) {
		String cpc = search.cpc() == null || search.cpc().isBlank() ? null
				: search.cpc().strip().toUpperCase(Locale.ROOT).replace(" ", "");
		String q = search.q() == null || search.q().isBlank() ? null : FullText.escape(search.q());
		String status = search.status() == null ? defaultStatus : search.status();
		return MarketGraph.parameters("q", q, "cpc", cpc, "kind", search.kind(), "status",
				"all".equals(status) ? null : status, "skip", page.skip(), "limit", page.size() + 1);
	}

	private String[] organization(String nameOrKey) {
		String key = OrganizationNames.key(nameOrKey);
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("organization '" + nameOrKey + "' has no usable name");
		}
		return this.graph.organization(key).orElse(new String[] { key, null });
	}

	private static List<String> cpc(List<String> symbols) {
		if (symbols == null) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String s : symbols) {
			out.add(CpcSymbol.parse(s)
				.orElseThrow(() -> new IllegalArgumentException("not a CPC symbol: '" + s + "'"))
				.symbol());
		}
		return List.copyOf(new LinkedHashSet<>(out));
	}

	private static String patentNumber(String text) {
		return PatentNumber.parse(text, "US")
			.map(PatentNumber::key)
			.orElseThrow(() -> new IllegalArgumentException("not a patent number: '" + text + "'"));
	}

	private static String upper(String s) {
		return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
	}

	private static String normalize(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
