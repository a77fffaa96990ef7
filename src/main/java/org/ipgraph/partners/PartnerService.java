package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.security.Callers;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.stereotype.Service;

/**
 * Partner recommendations for an organization or a free-text demand. Profiles and models
 * come from the current {@link PartnerSnapshot}; a request only scores, sorts and
 * explains one page.
 */
@Service
public class PartnerService {

	private final PartnerSnapshots snapshots;

	private final DemandStore demands;

	private final HiddenPersons persons;

	private final int bound;

	PartnerService(PartnerSnapshots snapshots, DemandStore demands, HiddenPersons persons,
			PartnerProperties properties) {
		this.persons = persons;
		this.bound = properties.candidates();
		this.snapshots = snapshots;
		this.demands = demands;
	}

	public PartnerRecommendations recommend(PartnerQuery query) {
		return recommend(this.snapshots.get(), query);
	}

	/**
	 * Recommendations from a given snapshot (tests compare two).
	 */
	PartnerRecommendations recommend(GraphSnapshot.Current<PartnerSnapshot> current, PartnerQuery query) {
		PartnerSnapshot s = current.value();
		int requester = organization(s.graph, query.organization());
		if (requester < 0) {
			throw new NotFoundException("Organization", query.organization());
		}
		Role role = Role.of(query.role());
		Set<Integer> competitors = competitors(s.graph, query.excludeCompetitors());
		PartnerScorer.Filters filters = new PartnerScorer.Filters(country(query.country()), kind(query.kind()),
				query.minPatents() == null ? 1 : query.minPatents(), !Boolean.FALSE.equals(query.excludeOwnGroup()),
				competitors, Boolean.TRUE.equals(query.newOnly()));
		Profiles profiles = s.profiles(query.includeExpired());
		PartnerScorer.Ranking ranking = new PartnerScorer(profiles, s.models, this.bound).rank(requester, role,
				filters);
		PageRequest page = query.page() == null ? PageRequest.of(0, PageRequest.DEFAULT_SIZE) : query.page();
		Explainer explainer = new Explainer(profiles);
		List<PartnerCandidate> items = new ArrayList<>();
		int from = (int) Math.min(page.skip(), ranking.candidates().size());
		int to = Math.min(from + page.size() + 1, ranking.candidates().size());
		for (int i = from; i < to; i++) {
			items.add(explainer.candidate(i + 1, requester, ranking.candidates().get(i), ranking.model()));
		}
		if (!Callers.seesHiddenPersons()) {
			items = Withheld.people(items, this.persons);
		}
		return new PartnerRecommendations(OrganizationRef.of(s.profiles, requester), role.key, role.rule,
				s.modelInfo(ranking.model()), ranking.excludedOwnGroup(), groupMembers(s, competitors),
				ranking.candidates().size(), Page.of(items, page), current.version());
	}

	public DemandRecommendations forDemand(DemandQuery query) {
		return forDemand(this.snapshots.get(), query);
	}

	/**
	 * Technology sources for a demand from a given snapshot (tests compare two).
	 */
	DemandRecommendations forDemand(GraphSnapshot.Current<PartnerSnapshot> current, DemandQuery query) {
		PartnerSnapshot s = current.value();
		Role role = Role.of(query.role());
		if (role != Role.ANY && role != Role.LICENSOR && role != Role.RESEARCH) {
			throw new IllegalArgumentException(
					"A demand is answered by technology sources: role any, licensor (technology-source) or research");
		}
		Set<Integer> competitors = competitors(s.graph, query.excludeCompetitors());
		PartnerScorer.Filters filters = new PartnerScorer.Filters(country(query.country()), kind(query.kind()),
				query.minPatents() == null ? 1 : query.minPatents(), false, competitors);
		DemandRanking ranking = new DemandRanking(s.profiles(query.includeExpired()), s.matcher(query.includeExpired()),
				s.demandModel);
		DemandRanking.Result result = ranking.rank(query.text(), role, filters);
		String id = DemandStore.id(query.text());
		this.demands.save(id, query.text(), query.region(), Callers.name(), result.technologies());
		PageRequest page = query.page() == null ? PageRequest.of(0, PageRequest.DEFAULT_SIZE) : query.page();
		List<DemandRecommendations.DemandCandidate> items = ranking.page(result, id, page);
		return new DemandRecommendations(
				new DemandRecommendations.DemandInfo(id, DemandStore.normalize(query.text()), query.region()),
				result.technologies(), result.patents(), role.key, s.modelInfo(s.demandModel),
				groupMembers(s, competitors), result.candidates().size(), Page.of(items, page), current.version());
	}

	/**
	 * Rebuilds profiles and models now if the graph changed (or always when forced).
	 */
	public void refresh(boolean force) {
		this.snapshots.refresh(force);
	}

	/**
	 * An organization by id, or by any spelling of its name.
	 */
	static int organization(PartnerGraph graph, String idOrName) {
		if (idOrName == null || idOrName.isBlank()) {
			return -1;
		}
		int exact = graph.organization(idOrName.strip());
		return exact >= 0 ? exact : graph.organization(OrganizationNames.key(idOrName));
	}

	private static Set<Integer> competitors(PartnerGraph graph, List<String> names) {
		Set<Integer> competitors = new LinkedHashSet<>();
		for (String name : names == null ? List.<String>of() : names) {
			int o = organization(graph, name);
			if (o < 0) {
				throw new IllegalArgumentException(
						"Unknown competitor '" + name + "': not an organization in the graph");
			}
			competitors.add(o);
		}
		return competitors;
	}

	/**
	 * The competitors with their corporate groups, from the group index (no loop over
	 * every organization).
	 */
	private static List<String> groupMembers(PartnerSnapshot s, Set<Integer> competitors) {
		if (competitors.isEmpty()) {
			return List.of();
		}
		PartnerCandidates index = PartnerCandidates.of(s.profiles);
		Set<String> ids = new java.util.TreeSet<>();
		for (int c : competitors) {
			for (int o : index.group(c)) {
				ids.add(s.graph.orgIds[o]);
			}
		}
		return List.copyOf(ids);
	}

	private static String country(String country) {
		return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
	}

	private static String kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return org.ipgraph.graph.OrganizationKind.of(kind).value();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown organization kind '" + kind + "'. Known: company, university, "
					+ "research_institute, government_agency, service_institution, platform, standards_body");
		}
	}

}
