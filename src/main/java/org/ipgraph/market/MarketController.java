package org.ipgraph.market;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers (every signed-in user; withdrawing: the publisher or an admin) and demands
 * (every signed-in user; an anonymous requester is shown to its own user, admins and
 * organizers only; closing: the requester's user or an admin).
 */
@RestController
@Tag(name = "Market")
record MarketController(MarketService market) {

	@PostMapping("/api/v1/offers")
	@Operation(summary = "Publish an offer (201; 200 when the same offer was already published) and match it "
			+ "against the open demands")
	ResponseEntity<Posted<Offer>> publishOffer(@RequestBody @Valid NewOffer offer) {
		return status(this.market().publish(offer));
	}

	@GetMapping("/api/v1/offers")
	@Operation(summary = "Browse and search offers: keywords (a literal), CPC prefix, kind, status, organization")
	Page<Offer> offers(@Valid Search search, @RequestParam(required = false) @Size(max = 300) String organization,
			@Valid PageRequest page) {
		return this.market().offers(search, organization, page);
	}

	@GetMapping("/api/v1/offers/{id}")
	@Operation(summary = "One offer")
	Offer offer(@PathVariable @Size(max = 100) String id) {
		return this.market().offer(id);
	}

	@PostMapping("/api/v1/offers/{id}/withdraw")
	@Operation(summary = "Withdraw an offer (its publisher or an admin)")
	Offer withdraw(@PathVariable @Size(max = 100) String id) {
		return this.market().withdraw(id);
	}

	@GetMapping("/api/v1/offers/{id}/matches")
	@Operation(summary = "The demands an offer matches, best first, with the reasons (anonymous requesters masked)")
	Page<MarketMatch> offerMatches(@PathVariable @Size(max = 100) String id, @Valid PageRequest page) {
		return this.market().offerMatches(id, page);
	}

	@PostMapping("/api/v1/demands")
	@Operation(summary = "Publish a demand and match it against the active offers",
			description = "201 when new, 200 when the same demand (same client key, or same user, requester, kind, "
					+ "text and fields) was already published; an anonymous requester is hidden from others")
	ResponseEntity<Posted<MarketDemand>> publishDemand(@RequestBody @Valid NewDemand demand) {
		return status(this.market().publish(demand));
	}

	@GetMapping("/api/v1/demands")
	@Operation(summary = "Browse and search demands: keywords (a literal), CPC prefix, kind, status")
	Page<MarketDemand> demands(@Valid Search search, @Valid PageRequest page) {
		return this.market().demands(search, page);
	}

	@GetMapping("/api/v1/demands/{id}")
	@Operation(summary = "One demand, as the caller may see it",
			description = "An anonymous requester is shown to its own user, admins and organizers; others see "
					+ "\"anonymous\" and coarse facts only (kind, CPC subclasses, budget band, deadline, status)")
	MarketDemand demand(@PathVariable @Size(max = 100) String id) {
		return this.market().demand(id);
	}

	@PostMapping("/api/v1/demands/{id}/close")
	@Operation(summary = "Close a demand",
			description = "Only the user who published it or an admin may close it; a closed demand is matched no more")
	MarketDemand close(@PathVariable @Size(max = 100) String id) {
		return this.market().close(id);
	}

	@GetMapping("/api/v1/demands/{id}/matches")
	@Operation(summary = "The offers a demand matches, best first, with the reasons",
			description = "Each match has its score, the components (CPC overlap, text similarity, kind, budget, "
					+ "deadline) and the reasons in words")
	Page<MarketMatch> demandMatches(@PathVariable @Size(max = 100) String id, @Valid PageRequest page) {
		return this.market().demandMatches(id, page);
	}

	private static <T> ResponseEntity<Posted<T>> status(Posted<T> posted) {
		return ResponseEntity.status(posted.created() ? HttpStatus.CREATED : HttpStatus.OK).body(posted);
	}

}
