package org.ipgraph.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.ipgraph.organizations.OrganizationDetails;
import org.ipgraph.organizations.OrganizationService;
import org.ipgraph.organizations.OrganizationSummary;
import org.ipgraph.patents.PatentDetails;
import org.ipgraph.patents.PatentService;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organization search and profile, and the patent page they link to.
 */
@ConsoleController
@Validated
class OrganizationPages {

	private final OrganizationService organizations;

	private final PatentService patents;

	OrganizationPages(OrganizationService organizations, PatentService patents) {
		this.organizations = organizations;
		this.patents = patents;
	}

	@GetMapping("/console/organizations")
	String search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			Page<OrganizationSummary> found = ConsoleTiming
				.service(() -> this.organizations.search(q, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
			model.addAttribute("found", found);
			model.addAttribute("pager", Pager.of(found, request));
		}
		return Views.page(request, "console/organizations", "results");
	}

	@GetMapping("/console/organizations/view")
	String profile(@RequestParam @Size(max = 300) String id, Model model) {
		OrganizationDetails org = ConsoleTiming.service(() -> this.organizations.find(id))
			.orElseThrow(() -> new NotFoundException("Organization", id));
		model.addAttribute("org", org);
		model.addAttribute("links", ConsoleTiming.service(() -> this.organizations.links(org.id())));
		model.addAttribute("years", Charts.bars(org.portfolio().byFilingYear()));
		model.addAttribute("graph", neighbourhood(org));
		return "console/organization";
	}

	@GetMapping("/console/patents/view")
	String patent(@RequestParam @Size(max = 40) String number, Model model) {
		PatentDetails patent = ConsoleTiming.service(() -> this.patents.find(number))
			.orElseThrow(() -> new NotFoundException("Patent", number));
		model.addAttribute("patent", patent);
		return "console/patent";
	}

	/**
	 * The organization with its parents, subsidiaries, co-owners and main CPC areas.
	 */
	static GraphView neighbourhood(OrganizationDetails org) {
		GraphView graph = new GraphView().layout("star");
		graph.node(org.id(), org.name(), "Organization", null);
		for (OrganizationDetails.Related r : org.parents()) {
			graph.node(r.id(), r.name(), "Organization", Hrefs.organization(r.id()))
				.edge(org.id(), r.id(), "SUBSIDIARY_OF");
		}
		for (OrganizationDetails.Related r : org.subsidiaries()) {
			graph.node(r.id(), r.name(), "Organization", Hrefs.organization(r.id()))
				.edge(r.id(), org.id(), "SUBSIDIARY_OF");
		}
		for (OrganizationDetails.Count c : org.portfolio().coOwners()) {
			graph.node(c.key(), c.name(), "Organization", Hrefs.organization(c.key()))
				.edge(org.id(), c.key(), "CO-OWNS " + c.count());
		}
		for (OrganizationDetails.Count c : org.portfolio().topTechnologies()) {
			graph.node("cpc:" + c.key(), c.key(), "Technology", null)
				.edge(org.id(), "cpc:" + c.key(), c.count() + " patents");
		}
		for (String standard : org.portfolio().standards()) {
			graph.node("standard:" + standard, standard, "Standard", null)
				.edge(org.id(), "standard:" + standard, "DECLARED");
		}
		return graph;
	}

}
