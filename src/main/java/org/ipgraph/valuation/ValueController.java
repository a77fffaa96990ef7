package org.ipgraph.valuation;

import org.ipgraph.db.ReadsGraph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patent values and portfolios. Not proxied (no method validation): a number that does
 * not parse is a 400 from the service, an unknown one a 404.
 */
@ReadsGraph
@RestController
@Tag(name = "Valuation")
record ValueController(ValueService values) {

	@GetMapping("/api/v1/patents/{number}/value")
	@Operation(summary = "A patent's value indicator with every component's contribution")
	PatentValue value(@PathVariable String number) {
		return this.values.value(number);
	}

	@GetMapping("/api/v1/organizations/{id}/portfolio")
	@Operation(summary = "An organization's portfolio (with its subsidiaries) valued by CPC area")
	Portfolio portfolio(@PathVariable String id) {
		return this.values.portfolio(id);
	}

}
