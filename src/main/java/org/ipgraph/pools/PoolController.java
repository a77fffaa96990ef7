package org.ipgraph.pools;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.ipgraph.web.PageRequest;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pools")
@Tag(name = "Pools")
@Validated
class PoolController {

	private final PoolService pools;

	PoolController(PoolService pools) {
		this.pools = pools;
	}

	@GetMapping
	@Operation(summary = "Candidate pools for a CPC group, a standard or keywords (exactly one), best first, "
			+ "each with its members' evidence, licensors, HHI, blocking relations, missing holders and substitutes; "
			+ "patents in force (or pending, or of unknown status) unless includeExpired")
	PoolResults find(@RequestParam(required = false) @Size(max = 40) String cpc,
			@RequestParam(required = false) @Size(max = 200) String standard,
			@RequestParam(required = false) @Size(max = 300) String topic,
			@RequestParam(defaultValue = "3") @Min(3) @Max(50) int minOwners,
			@RequestParam(defaultValue = "false") boolean includeExpired, @Valid PageRequest page) {
		return this.pools.find(query(cpc, standard, topic, minOwners).includingExpired(includeExpired), page);
	}

	@PostMapping("/from-patents")
	@Operation(summary = "Candidate pools around a seed set of patents")
	PoolResults fromPatents(@RequestBody @Valid SeedPatents body, @Valid PageRequest page) {
		int minOwners = body.minOwners() == null ? PoolQuery.DEFAULT_MIN_OWNERS : body.minOwners();
		return this.pools.find(PoolQuery.patents(body.patents(), minOwners)
			.includingExpired(Boolean.TRUE.equals(body.includeExpired())), page);
	}

	static PoolQuery query(String cpc, String standard, String topic, int minOwners) {
		List<String> given = java.util.stream.Stream.of(cpc, standard, topic)
			.filter(v -> v != null && !v.isBlank())
			.toList();
		if (given.size() != 1) {
			throw new IllegalArgumentException("give exactly one of cpc, standard or topic");
		}
		if (cpc != null && !cpc.isBlank()) {
			return PoolQuery.cpc(cpc, minOwners);
		}
		return standard != null && !standard.isBlank() ? PoolQuery.standard(standard, minOwners)
				: PoolQuery.topic(topic, minOwners);
	}

	/**
	 * A seed set of patents.
	 *
	 * @param patents patent numbers as written ({@code US 7,654,321 B2},
	 * {@code EP1234567})
	 * @param minOwners least number of independent owner groups (default 3)
	 * @param includeExpired keep seeds and neighbours that have ended, flagged (default
	 * false)
	 */
	record SeedPatents(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 40) String> patents,
			@Min(3) @Max(50) Integer minOwners, Boolean includeExpired) {
	}

}
