package org.ipgraph.policies;

import org.ipgraph.db.ReadsGraph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy and fund matching (every signed-in user).
 */
@ReadsGraph
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policies")
@Validated
class PolicyController {

	private final PolicyService policies;

	PolicyController(PolicyService policies) {
		this.policies = policies;
	}

	@GetMapping("/match")
	@Operation(summary = "Policies and funds for an organization, ranked, with the reasons it is eligible or not")
	MatchReport match(@RequestParam @NotBlank @Size(max = 300) String organization,
			@RequestParam(required = false) @Min(1) @Max(200) Integer limit) {
		return this.policies.match(organization, limit);
	}

	@PostMapping("/match")
	@Operation(summary = "Policies and funds for a demand (its text, fields and what the requester says of itself)")
	MatchReport match(@RequestBody @Valid DemandRequest demand) {
		return this.policies.match(demand);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A policy or fund with its eligibility facts and their evidence sentences")
	PolicyDetails policy(@PathVariable @Size(max = 500) String id) {
		return this.policies.policy(id);
	}

}
