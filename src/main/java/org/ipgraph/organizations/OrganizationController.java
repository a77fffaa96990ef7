package org.ipgraph.organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ipgraph.db.ReadsGraph;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@ReadsGraph
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations")
@Validated
class OrganizationController {

	private final OrganizationService organizations;

	OrganizationController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	@Operation(summary = "Full-text search over organization names and their raw spellings")
	Page<OrganizationSummary> search(@RequestParam @NotBlank @Size(max = 200) String q, @Valid PageRequest page) {
		return this.organizations.search(q, page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An organization with its corporate group and portfolio summary")
	OrganizationDetails organization(@PathVariable @Size(max = 300) String id) {
		return this.organizations.find(id).orElseThrow(() -> new NotFoundException("Organization", id));
	}

	@GetMapping("/{id}/links")
	@Operation(summary = "Policies and funds linked to an organization, and the lawsuits it is a party to")
	OrganizationLinks links(@PathVariable @Size(max = 300) String id) {
		return this.organizations.links(id);
	}

}
