package org.ipgraph.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.ipgraph.risk.EvidencePath;
import org.ipgraph.risk.ExposureReport;
import org.ipgraph.risk.ExposureService;
import org.ipgraph.risk.NpeReport;
import org.ipgraph.risk.NpeScore;
import org.ipgraph.risk.NpeService;
import org.ipgraph.risk.PatentRiskReport;
import org.ipgraph.risk.PatentRiskService;
import org.ipgraph.web.PageRequest;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Risk reports for legal teams: the NPE score with each signal's contribution, exposure
 * to NPE-held patents with evidence paths, and a patent's assertion risk. The services
 * audit every read, as for the REST API, and each page says so.
 */
@ConsoleController
@Validated
class RiskPages {

	private final NpeService npe;

	private final ExposureService exposure;

	private final PatentRiskService patents;

	RiskPages(NpeService npe, ExposureService exposure, PatentRiskService patents) {
		this.npe = npe;
		this.exposure = exposure;
		this.patents = patents;
	}

	@GetMapping("/console/risk")
	String risk() {
		return "console/risk";
	}

	@GetMapping("/console/risk/npe")
	String npe(@RequestParam @Size(min = 1, max = 300) String organization, Model model) {
		NpeReport report = ConsoleTiming.service(() -> this.npe.report(organization));
		model.addAttribute("report", report);
		List<Double> contributions = report.score().signals().stream().map(NpeScore.SignalValue::contribution).toList();
		double max = Charts.max(contributions);
		model.addAttribute("signals",
				report.score()
					.signals()
					.stream()
					.map(s -> new Charts.Bar(s.signal(), s.contribution(), Charts.percent(s.contribution(), max)))
					.toList());
		model.addAttribute("graph", graph(report.evidence()));
		model.addAttribute("audited", "risk.npe");
		return "console/risk-npe";
	}

	@GetMapping("/console/risk/exposure")
	String exposure(@RequestParam @Size(min = 1, max = 300) String organization,
			@RequestParam(required = false) @DecimalMin("0") @DecimalMax("1") Double minNpeScore,
			@RequestParam(defaultValue = "false") boolean includeExpired,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		ExposureReport report = ConsoleTiming.service(() -> this.exposure.exposure(
				new ExposureService.Request(organization, null, null, minNpeScore, null, includeExpired),
				PageRequest.of(page, 10)));
		model.addAttribute("report", report);
		model.addAttribute("graphs", report.patents().items().stream().map(p -> graph(p.evidence())).toList());
		model.addAttribute("pager", Pager.of(report.patents(), request));
		model.addAttribute("audited", "risk.exposure");
		return Views.page(request, "console/risk-exposure", "results");
	}

	@GetMapping("/console/risk/patent")
	String patent(@RequestParam @Size(min = 1, max = 40) String number, Model model) {
		PatentRiskReport report = ConsoleTiming.service(() -> this.patents.patent(number, null));
		model.addAttribute("report", report);
		model.addAttribute("graph", graph(report.evidence()));
		model.addAttribute("audited", "risk.patent");
		return "console/risk-patent";
	}

	/**
	 * Evidence paths as one graph.
	 */
	static GraphView graph(List<EvidencePath> paths) {
		GraphView graph = new GraphView();
		for (EvidencePath path : paths) {
			for (int i = 0; i < path.nodes().size(); i++) {
				EvidencePath.Node n = path.nodes().get(i);
				graph.node(n.label() + ":" + n.key(), n.name() == null ? n.key() : n.name(), n.label(),
						href(n.label(), n.key()));
				if (i > 0) {
					EvidencePath.Node previous = path.nodes().get(i - 1);
					String rel = path.relationships().get(i - 1);
					String type = rel.replaceAll("[^A-Za-z_ ]", "").strip();
					boolean backwards = rel.startsWith("<");
					String a = previous.label() + ":" + previous.key();
					String b = n.label() + ":" + n.key();
					graph.edge(backwards ? b : a, backwards ? a : b, type);
				}
			}
		}
		return graph;
	}

	private static String href(String label, String key) {
		return switch (label) {
			case "Organization" -> Hrefs.organization(key);
			case "Patent" -> Hrefs.patent(key);
			default -> Hrefs.evidence(key);
		};
	}

}
