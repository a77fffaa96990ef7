package org.ipgraph.console;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.ipgraph.experts.ExpertResults;
import org.ipgraph.experts.ExpertService;
import org.ipgraph.web.PageRequest;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Experts for a topic, a patent or a demand, exactly as {@link ExpertService} serves the
 * signed-in user: people without consent as anonymous profiles unless the user is an
 * analyst or admin (whose disclosure the service audits), and the conflict-of-interest
 * exclusions stated.
 */
@ConsoleController
@Validated
class ExpertPages {

	private final ExpertService experts;

	ExpertPages(ExpertService experts) {
		this.experts = experts;
	}

	@GetMapping("/console/experts")
	String experts(@RequestParam(defaultValue = "topic") String by,
			@RequestParam(required = false) @Size(max = 2000) String q,
			@RequestParam(required = false) @Size(max = 2000) String exclude,
			@RequestParam(defaultValue = "false") boolean includeExpired,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		model.addAttribute("by", by);
		model.addAttribute("includeExpired", includeExpired);
		model.addAttribute("q", q);
		model.addAttribute("exclude", exclude);
		if (q != null && !q.isBlank()) {
			List<String> parties = exclude == null ? List.of()
					: Arrays.stream(exclude.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			if (parties.size() > 20) {
				throw new IllegalArgumentException("name at most 20 parties to exclude");
			}
			PageRequest paging = PageRequest.of(page, 10);
			ExpertResults results = ConsoleTiming.service(() -> switch (by) {
				case "patent" -> this.experts.forPatent(q, parties, paging, includeExpired);
				case "demand" -> this.experts.forDemand(q, parties, paging, includeExpired);
				case "topic" -> this.experts.forTopic(q, parties, paging, includeExpired);
				default -> throw new IllegalArgumentException("search experts by topic, patent or demand, not " + by);
			});
			model.addAttribute("results", results);
			model.addAttribute("pager", Pager.of(results.results(), request));
		}
		return Views.page(request, "console/experts", "results");
	}

}
