package org.ipgraph.console;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.graph.EntityService;
import org.ipgraph.partners.DemandQuery;
import org.ipgraph.partners.DemandRecommendations;
import org.ipgraph.partners.PartnerCandidate;
import org.ipgraph.partners.PartnerQuery;
import org.ipgraph.partners.PartnerRecommendations;
import org.ipgraph.partners.PartnerService;
import org.ipgraph.partners.ScoreComponent;
import org.ipgraph.web.PageRequest;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Partners for an organization, and demand to supply: the answers of
 * {@link PartnerService} with every score component as a bar and the paths as a graph.
 */
@ConsoleController
@Validated
class PartnerPages {

	static final List<String> ROLES = List.of("any", "licensee", "licensor", "co-development", "research");

	static final List<String> KINDS = List.of("company", "university", "research_institute", "government_agency",
			"service_institution", "platform", "standards_body");

	private final PartnerService partners;

	private final EntityService entities;

	PartnerPages(PartnerService partners, EntityService entities) {
		this.partners = partners;
		this.entities = entities;
	}

	@GetMapping("/console/partners")
	String partners(@RequestParam(required = false) @Size(max = 300) String organization,
			@RequestParam(defaultValue = "any") @Pattern(regexp = "[A-Za-z_-]{1,30}") String role,
			@RequestParam(required = false) @Pattern(regexp = "|[A-Za-z]{2}") String country,
			@RequestParam(required = false) @Size(max = 40) String kind,
			@RequestParam(required = false) @Min(1) @Max(1_000_000) Integer minPatents,
			@RequestParam(defaultValue = "false") boolean newOnly,
			@RequestParam(defaultValue = "true") boolean excludeOwnGroup,
			@RequestParam(defaultValue = "false") boolean includeExpired,
			@RequestParam(required = false) @Size(max = 300) String competitor,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		model.addAttribute("roles", ROLES);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("form", new PartnerForm(organization, role, country, kind, minPatents, newOnly,
				excludeOwnGroup, includeExpired, competitor));
		if (organization != null && !organization.isBlank()) {
			PartnerQuery query = new PartnerQuery(organization, role, blank(country), blank(kind), minPatents,
					excludeOwnGroup, competitor == null || competitor.isBlank() ? List.of() : List.of(competitor),
					newOnly, PageRequest.of(page, 10), includeExpired);
			PartnerRecommendations answer = ConsoleTiming.service(() -> this.partners.recommend(query));
			model.addAttribute("answer", answer);
			model.addAttribute("candidates", views(answer.candidates().items()));
			model.addAttribute("pager", Pager.of(answer.candidates(), request));
		}
		return Views.page(request, "console/partners", "results");
	}

	@GetMapping("/console/demand")
	String demandForm(Model model) {
		model.addAttribute("roles", List.of("any", "licensor", "research"));
		return "console/demand";
	}

	/**
	 * A demand is a POST: answering it stores it (a Demand node), as the API does.
	 */
	@PostMapping("/console/demand")
	String demand(@RequestParam @Size(min = 1, max = 2000) String text,
			@RequestParam(required = false) @Size(max = 40) @Pattern(regexp = "|[A-Za-z][A-Za-z .-]*") String region,
			@RequestParam(defaultValue = "any") @Pattern(regexp = "[A-Za-z_-]{1,30}") String role,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		model.addAttribute("roles", List.of("any", "licensor", "research"));
		DemandQuery query = new DemandQuery(text, blank(region), role, null, null, null, List.of(),
				PageRequest.of(page, 10));
		DemandRecommendations answer = ConsoleTiming.service(() -> this.partners.forDemand(query));
		model.addAttribute("text", text);
		model.addAttribute("answer", answer);
		List<List<Charts.Bar>> bars = new ArrayList<>();
		double max = answer.candidates()
			.items()
			.stream()
			.flatMap(c -> c.components().stream())
			.mapToDouble(c -> Math.abs(c.contribution()))
			.max()
			.orElse(0);
		answer.candidates().items().forEach(c -> bars.add(bars(c.components(), max)));
		model.addAttribute("bars", bars);
		Set<String> keys = new HashSet<>();
		answer.candidates().items().forEach(c -> keys.addAll(PathGraph.keys(c.paths())));
		answer.patents().forEach(p -> keys.addAll(p.owners()));
		Map<String, String> names = this.entities.names(keys);
		model.addAttribute("names", names);
		model.addAttribute("graphs",
				answer.candidates().items().stream().map(c -> PathGraph.of(c.paths(), Hrefs::node, names)).toList());
		model.addAttribute("paths",
				answer.candidates().items().stream().map(c -> PathGraph.views(c.paths(), names)).toList());
		model.addAttribute("pager", Pager.of(answer.candidates().page(), answer.candidates().size(),
				answer.candidates().items().size(), answer.candidates().hasMore(), request));
		return Views.page(request, "console/demand", "results");
	}

	List<CandidateView> views(List<PartnerCandidate> candidates) {
		Set<String> keys = new HashSet<>();
		candidates.forEach(c -> keys.addAll(PathGraph.keys(c.evidence().paths())));
		Map<String, String> names = this.entities.names(keys);
		double max = candidates.stream()
			.flatMap(c -> c.components().stream())
			.mapToDouble(c -> Math.abs(c.contribution()))
			.max()
			.orElse(0);
		return candidates.stream()
			.map(c -> new CandidateView(c, bars(c.components(), max),
					PathGraph.of(c.evidence().paths(), Hrefs::node, names),
					PathGraph.views(c.evidence().paths(), names)))
			.toList();
	}

	static List<Charts.Bar> bars(List<ScoreComponent> components, double max) {
		return components.stream()
			.map(s -> new Charts.Bar(s.feature(), s.contribution(), Charts.percent(s.contribution(), max)))
			.toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * What the form shows.
	 */
	record PartnerForm(String organization, String role, String country, String kind, Integer minPatents,
			boolean newOnly, boolean excludeOwnGroup, boolean includeExpired, String competitor) {
	}

	/**
	 * A candidate with its bars and its paths drawn.
	 */
	record CandidateView(PartnerCandidate candidate, List<Charts.Bar> bars, GraphView graph,
			List<PathGraph.PathView> paths) {
	}

}
