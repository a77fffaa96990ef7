package org.ipgraph.pools;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.ipgraph.db.ReadsGraph;
import org.ipgraph.security.Callers;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.PageRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@ReadsGraph
@RestController
@RequestMapping("/api/v1/pools")
@Tag(name = "Pools")
@Validated
class PoolController {

	private final PoolService pools;

	private final PoolJobs jobs;

	PoolController(PoolService pools, PoolJobs jobs) {
		this.pools = pools;
		this.jobs = jobs;
	}

	@GetMapping
	@Operation(summary = "Candidate pools for a CPC group, a standard or keywords (exactly one), best first, "
			+ "each with its members' evidence, licensors, HHI, blocking relations, missing holders and substitutes; "
			+ "patents in force (or pending, or of unknown status) unless includeExpired")
	PoolResults find(@Valid Search search, @Valid PageRequest page) {
		return this.pools.find(search.query(), page);
	}

	@PostMapping("/jobs")
	@Operation(summary = "Queue a pool search of up to ipgraph.pools.max-job-scope patents (default 100,000; "
			+ "scope to ask for fewer) for a CPC group, a standard or keywords; answers 202 with the job to poll")
	ResponseEntity<PoolJobs.PoolJob> submit(@Valid Search search, @RequestParam(required = false) Integer scope) {
		PoolJobs.PoolJob job = this.jobs.submit(search.query(), scope, Callers.name(), Callers.seesHiddenPersons());
		return ResponseEntity.accepted().location(URI.create("/api/v1/pools/jobs/" + job.id())).body(job);
	}

	@GetMapping("/jobs/{id}")
	@Operation(summary = "A pool search job: its state and phase, and one page of its candidates once done "
			+ "(only the user who queued it sees it)")
	PoolJobs.PoolJob job(@PathVariable @Size(max = 40) String id, @Valid PageRequest page) {
		PoolJobs.PoolJob job = this.jobs.get(id, Callers.name())
			.orElseThrow(() -> new NotFoundException("Pool search job", id));
		return job.results() == null ? job : job.withResults(PoolService.page(job.results(), page));
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
	 * A search by exactly one of CPC group, standard or keywords.
	 *
	 * @param cpc a CPC group, e.g. {@code H04N19}
	 * @param standard a standard, e.g. {@code 3GPP TS 36.331}
	 * @param topic keywords
	 * @param minOwners least number of independent owner groups (default 3)
	 * @param includeExpired keep patents that have ended, flagged (default false)
	 */
	record Search(@Size(max = 40) String cpc, @Size(max = 200) String standard, @Size(max = 300) String topic,
			@Min(3) @Max(50) Integer minOwners, Boolean includeExpired) {

		PoolQuery query() {
			return PoolController
				.query(this.cpc, this.standard, this.topic,
						this.minOwners == null ? PoolQuery.DEFAULT_MIN_OWNERS : this.minOwners)
				.includingExpired(Boolean.TRUE.equals(this.includeExpired));
		}

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
