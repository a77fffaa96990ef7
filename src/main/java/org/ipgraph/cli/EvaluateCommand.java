package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Run a quality evaluation on held-out data and print each model beside its baselines: "
				+ "partners, experts, pools, npe, value.")
class EvaluateCommand extends ReportCommand<EvaluationReport> {

	@Parameters(index = "0", paramLabel = "NAME", description = "Which evaluation.")
	String name;

	@Option(names = "--option", paramLabel = "KEY=VALUE", description = "Evaluation option, e.g. seeds=3.")
	Map<String, String> options = new LinkedHashMap<>();

	@Override
	EvaluationReport report(Application application) {
		Map<String, Evaluation> evaluations = new LinkedHashMap<>();
		application.context().getBeansOfType(Evaluation.class).values().forEach(e -> evaluations.put(e.name(), e));
		Evaluation evaluation = evaluations.get(this.name);
		if (evaluation == null) {
			throw new IllegalArgumentException(
					"Unknown evaluation '" + this.name + "'. Known: " + String.join(", ", evaluations.keySet()));
		}
		return evaluation.run(this.options);
	}

	@Override
	void print(EvaluationReport report, PrintStream out) {
		out.println("Evaluation: " + report.evaluation());
		report.headline().forEach((path, value) -> out.printf("  %-34s %12s%n", path, format(value)));
		report.tasks().forEach((task, models) -> {
			out.println();
			out.println(task);
			List<String> metrics = models.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
			out.printf("  %-34s", "model");
			metrics.forEach(m -> out.printf(" %12s", m));
			out.println();
			models.forEach((model, values) -> {
				out.printf("  %-34s", model);
				metrics.forEach(m -> out.printf(" %12s", format(values.get(m))));
				out.println();
			});
		});
		if (!report.notes().isEmpty()) {
			out.println();
			report.notes().forEach(n -> out.println("Note: " + n));
		}
	}

	private static String format(Object value) {
		if (value instanceof Double d) {
			return String.format("%.4f", d);
		}
		return value == null ? "-" : value.toString();
	}

}
