package org.ipgraph.nlp.evidence;

import org.ipgraph.db.ReadsGraph;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/evidence?entity=ONR} or
 * {@code GET /api/v1/evidence?from=...&type=FUNDED_BY&to=...}: the sentences behind a
 * node or a relationship. Errors are RFC 9457 problem details.
 */
@ReadsGraph
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceController {

	private final EvidenceService evidence;

	EvidenceController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping
	EvidenceReport evidence(@RequestParam(required = false) String entity, @RequestParam(required = false) String from,
			@RequestParam(required = false) String type, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > EvidenceService.MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + EvidenceService.MAX_LIMIT);
		}
		if (entity != null) {
			return this.evidence.forEntity(entity, limit);
		}
		if (from != null && type != null && to != null) {
			return this.evidence.forRelationship(from, type, to, limit);
		}
		throw new IllegalArgumentException("Give entity=..., or from=..., type=... and to=... for a relationship.");
	}

	@ExceptionHandler(EvidenceNotFoundException.class)
	ProblemDetail notFound(EvidenceNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

}
