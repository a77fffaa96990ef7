package org.ipgraph.graph;

import java.util.List;

import org.ipgraph.db.ReadsGraph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The graph as a whole: {@code GET /api/v1/stats}, and
 * {@code GET /api/v1/entities?type=Organization&query=acme&limit=20}, the nodes of one
 * type as {@code bin/ipgraph entities} lists them (for analysts and admins: it lists
 * every node of a type, people included).
 */
@ReadsGraph
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Graph")
class GraphController {

	private final GraphStatsService stats;

	private final EntityService entities;

	GraphController(GraphStatsService stats, EntityService entities) {
		this.stats = stats;
		this.entities = entities;
	}

	@GetMapping("/stats")
	@Operation(summary = "Nodes per label and relationships per type")
	GraphStats stats() {
		return this.stats.stats();
	}

	@GetMapping("/entities")
	@Operation(summary = "Nodes of one type, busiest first, optionally matching a text (analysts and admins)")
	List<EntitySummary> entities(@RequestParam String type, @RequestParam(required = false) String query,
			@RequestParam(defaultValue = "20") int limit) {
		return this.entities.list(type, query, limit);
	}

}
