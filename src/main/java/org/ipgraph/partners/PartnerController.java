package org.ipgraph.partners;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.db.ReadsGraph;
import org.ipgraph.web.PageRequest;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@ReadsGraph
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners")
@Validated
class PartnerController {

	private final PartnerService partners;

	PartnerController(PartnerService partners) {
		this.partners = partners;
	}

	@GetMapping
	@Operation(summary = "Ranked partner candidates for an organization, with score components and graph paths; "
			+ "portfolios of patents in force (or pending, or of unknown status) unless includeExpired")
	PartnerRecommendations partners(@RequestParam @NotBlank @Size(max = 300) String organization,
			@RequestParam(required = false) @Size(max = 30) @Pattern(regexp = "[A-Za-z_-]+") String role,
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{2}") String country,
			@RequestParam(required = false) @Size(max = 40) @Pattern(regexp = "[A-Za-z_ -]+") String kind,
			@RequestParam(required = false) @Min(1) @Max(1_000_000) Integer minPatents,
			@RequestParam(required = false) Boolean excludeOwnGroup,
			@RequestParam(required = false) @Size(max = 50) List<@NotBlank @Size(max = 300) String> excludeCompetitor,
			@RequestParam(required = false) Boolean newOnly,
			@RequestParam(defaultValue = "false") boolean includeExpired, @Valid PageRequest page) {
		return this.partners.recommend(new PartnerQuery(organization, role, country, kind, minPatents, excludeOwnGroup,
				excludeCompetitor == null ? List.of() : excludeCompetitor, newOnly, page, includeExpired));
	}

	@PostMapping("/for-demand")
	@Operation(summary = "The patents and organizations that answer a free-text demand; stores the demand")
	DemandRecommendations forDemand(@Valid @RequestBody DemandRequest request) {
		return this.partners.forDemand(request.query());
	}

}
