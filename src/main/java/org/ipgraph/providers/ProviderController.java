package org.ipgraph.providers;

import org.ipgraph.db.ReadsGraph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service providers (every signed-in user).
 */
@ReadsGraph
@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "Providers")
@Validated
class ProviderController {

	private final ProviderService providers;

	ProviderController(ProviderService providers) {
		this.providers = providers;
	}

	@GetMapping
	@Operation(summary = "Law firms, attorneys, agencies, evaluators and banks for a need (litigation-defense, "
			+ "prosecution, valuation, licensing), ranked, with score components, track record and evidence")
	ProviderReport rank(@RequestParam @NotBlank @Size(max = 40) String need,
			@RequestParam(required = false) @Size(max = 20) String cpc,
			@RequestParam(required = false) @Size(max = 10) String region,
			@RequestParam(required = false) @Min(1) @Max(200) Integer limit) {
		return this.providers.rank(need, cpc, region, limit);
	}

}
