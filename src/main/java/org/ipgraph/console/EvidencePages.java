package org.ipgraph.console;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.ipgraph.nlp.evidence.EvidenceReport;
import org.ipgraph.nlp.evidence.EvidenceService;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sentences behind a node or a relationship, each with its document and the span it
 * is about highlighted, and a document shown whole with the span in place.
 */
@ConsoleController
@Validated
class EvidencePages {

	private final EvidenceService evidence;

	EvidencePages(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/console/evidence")
	String evidence(@RequestParam(required = false) @Size(max = 300) String entity,
			@RequestParam(required = false) @Size(max = 300) String from,
			@RequestParam(required = false) @Size(max = 40) String type,
			@RequestParam(required = false) @Size(max = 300) String to, Model model) {
		model.addAttribute("entity", entity);
		model.addAttribute("types", new java.util.TreeSet<>(EvidenceService.TYPES));
		EvidenceReport report = null;
		if (entity != null && !entity.isBlank()) {
			report = ConsoleTiming.service(() -> this.evidence.forEntity(entity, 50));
		}
		else if (from != null && type != null && to != null) {
			report = ConsoleTiming.service(() -> this.evidence.forRelationship(from, type, to, 50));
		}
		if (report != null) {
			model.addAttribute("report", report);
			model.addAttribute("mentions", report.mentions().stream().map(Highlight::of).toList());
			model.addAttribute("facts", report.facts().stream().map(f -> Highlight.of(f.evidence())).toList());
		}
		return "console/evidence";
	}

	@GetMapping("/console/evidence/document")
	String document(@RequestParam @Size(max = 200) String id,
			@RequestParam(required = false) @Min(0) @Max(Integer.MAX_VALUE) Long start,
			@RequestParam(required = false) @Min(0) @Max(Integer.MAX_VALUE) Long end, Model model) {
		model.addAttribute("document", ConsoleTiming.service(() -> this.evidence.document(id, start, end)));
		return "console/document";
	}

}
