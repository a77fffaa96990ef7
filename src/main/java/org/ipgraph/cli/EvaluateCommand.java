package org.ipgraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Run a quality evaluation on held-out data and print each model beside its baselines: "
				+ "partners, experts, pools, npe.")
class EvaluateCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Parameters(index = "0", paramLabel = "NAME", description = "Which evaluation.")
	String name;

	@Option(names = "--option", paramLabel = "KEY=VALUE", description = "Evaluation option, e.g. seeds=3.")
	Map<String, String> options = new LinkedHashMap<>();

	@Option(names = "--json", description = "Print every figure as JSON.")
	boolean json;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
			Map<String, Evaluation> evaluations = new LinkedHashMap<>();
			context.getBeansOfType(Evaluation.class).values().forEach(e -> evaluations.put(e.name(), e));
			Evaluation evaluation = evaluations.get(this.name);
			if (evaluation == null) {
				throw new IllegalArgumentException(
						"Unknown evaluation '" + this.name + "'. Known: " + String.join(", ", evaluations.keySet()));
			}
			EvaluationReport report = evaluation.run(this.options);
			if (this.json) {
				Output.json(System.out, report);
			}
			else {
				print(report);
			}
			return 0;
		}
	}

	private static void print(EvaluationReport report) {
		System.out.println("Evaluation: " + report.evaluation());
		report.tasks().forEach((task, models) -> {
			System.out.println();
			System.out.println(task);
			List<String> metrics = models.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
			System.out.printf("  %-34s", "model");
			metrics.forEach(m -> System.out.printf(" %12s", m));
			System.out.println();
			models.forEach((model, values) -> {
				System.out.printf("  %-34s", model);
				metrics.forEach(m -> System.out.printf(" %12s", format(values.get(m))));
				System.out.println();
			});
		});
		if (!report.notes().isEmpty()) {
			System.out.println();
			report.notes().forEach(n -> System.out.println("Note: " + n));
		}
	}

	private static String format(Object value) {
		if (value instanceof Double d) {
			return String.format("%.4f", d);
		}
		return value == null ? "-" : value.toString();
	}

}
