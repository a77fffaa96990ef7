package org.ipgraph.patents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.ipgraph.db.ReadsGraph;
import org.ipgraph.web.NotFoundException;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@ReadsGraph
@RestController
@RequestMapping("/api/v1/patents")
@Tag(name = "Patents")
@Validated
class PatentController {

	private final PatentService patents;

	PatentController(PatentService patents) {
		this.patents = patents;
	}

	@GetMapping("/{number}")
	@Operation(summary = "A patent by number, with owners, inventors, CPC, citations and sources")
	PatentDetails patent(@PathVariable @Size(max = 40) String number) {
		return this.patents.find(number).orElseThrow(() -> new NotFoundException("Patent", number));
	}

}
