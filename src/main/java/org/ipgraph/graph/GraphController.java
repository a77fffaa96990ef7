package org.ipgraph.graph;

import org.ipgraph.db.ReadsGraph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@ReadsGraph
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "Graph")
class GraphController {

	private final GraphStatsService stats;

	GraphController(GraphStatsService stats) {
		this.stats = stats;
	}

	@GetMapping
	@Operation(summary = "Nodes per label and relationships per type")
	GraphStats stats() {
		return this.stats.stats();
	}

}
