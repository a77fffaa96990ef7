package org.ipgraph.experts;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ipgraph.db.ReadsGraph;
import org.ipgraph.security.Callers;
import org.ipgraph.security.UserService;
import org.ipgraph.web.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@ReadsGraph
@RestController
@RequestMapping("/api/v1/experts")
@Tag(name = "Experts")
@Validated
class ExpertController {

	private final ExpertService experts;

	private final UserService users;

	ExpertController(ExpertService experts, UserService users) {
		this.experts = experts;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "People ranked for a topic or a patent, with score components, evidence and affiliation; "
			+ "people without consent appear as anonymous profiles unless the caller is an analyst or admin")
	ExpertResults experts(@RequestParam(required = false) @Size(max = 2000) String topic,
			@RequestParam(required = false) @Size(max = 100) String patent,
			@RequestParam(required = false) @Size(max = 20) List<@Size(max = 300) String> exclude,
			@RequestParam(defaultValue = "false") boolean includeExpired, @Valid PageRequest page) {
		if ((topic == null || topic.isBlank()) == (patent == null || patent.isBlank())) {
			throw new IllegalArgumentException("give either topic or patent");
		}
		return topic != null && !topic.isBlank() ? this.experts.forTopic(topic, exclude, page, includeExpired)
				: this.experts.forPatent(patent, exclude, page, includeExpired);
	}

	@PostMapping(path = "/for-demand", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "People ranked for a demand text (the request body)")
	ExpertResults forDemandText(@RequestBody @NotBlank @Size(max = 20_000) String text,
			@RequestParam(required = false) @Size(max = 20) List<@Size(max = 300) String> exclude,
			@RequestParam(defaultValue = "false") boolean includeExpired, @Valid PageRequest page) {
		return this.experts.forDemand(text, exclude, page, includeExpired);
	}

	@PostMapping(path = "/for-demand", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "People ranked for a demand: {\"text\": ..., \"exclude\": [...]}")
	ExpertResults forDemand(@RequestBody @Valid Demand demand, @Valid PageRequest page) {
		return this.experts.forDemand(demand.text(), demand.exclude(), page,
				Boolean.TRUE.equals(demand.includeExpired()));
	}

	@PutMapping("/{personId}/consent")
	@Operation(summary = "Grant or withdraw consent to publication of name and contact: admins, or the person "
			+ "themself (the user linked to that Person); analysts may not. Applies to every Person node resolved "
			+ "to be them")
	ExpertService.ConsentChange consent(@PathVariable @Size(max = 300) String personId,
			@RequestBody @Valid ConsentRequest request) {
		return this.experts.setConsent(personId, request.consent(), this.users.personOf(Callers.name()).orElse(null));
	}

	@ExceptionHandler(ConsentForbiddenException.class)
	ProblemDetail forbidden(ConsentForbiddenException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Forbidden");
		problem.setType(URI.create("https://ipgraph.org/problems/403"));
		return problem;
	}

	/**
	 * A demand as JSON; {@code includeExpired} counts patents that have ended as
	 * evidence.
	 */
	record Demand(@NotBlank @Size(max = 20_000) String text, @Size(max = 20) List<@Size(max = 300) String> exclude,
			Boolean includeExpired) {
	}

	/**
	 * A consent change.
	 */
	record ConsentRequest(@NotNull Boolean consent) {
	}

}
