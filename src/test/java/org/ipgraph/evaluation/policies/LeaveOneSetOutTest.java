package org.ipgraph.evaluation.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.policies.PolicyFacts;
import org.ipgraph.policies.PolicyMatch;
import org.ipgraph.policies.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leave one set out in {@code evaluate policies}: what the evaluation fits is chosen on
 * the other development sets only, so a set whose pairs alone favour a rule is not scored
 * with it.
 */
class LeaveOneSetOutTest {

	@Test
	void eachSetIsScoredWithTheRuleFittedOnTheOthers() {
		List<PolicyEvaluation.Judged> pairs = new ArrayList<>();
		// pairs.tsv (dev and old test together): three policies naming a field, an
		// organization of unknown field, not eligible
		pairs.add(judged("a", "dev", false, 0.1));
		pairs.add(judged("b", "dev", false, 0.1));
		pairs.add(judged("c", "test", false, 0.1));
		// heldout/: one such pair, eligible; heldout2/: one, not eligible
		pairs.add(judged("d", "heldout", true, 0.6));
		pairs.add(judged("e", "heldout2", false, 0.6));
		EvaluationReport.Builder builder = EvaluationReport.builder("policies");
		PolicyEvaluation.leaveOneSetOut(builder, pairs);
		Map<String, Map<String, Map<String, Object>>> tasks = builder.build().tasks();

		// fitted on heldout/ and heldout2/ (one right either way): the smallest rule, no
		// criterion, so pairs.tsv's three pairs are all called eligible
		Map<String, Map<String, Object>> pairsTsv = tasks.get("development: leave one set out (pairs.tsv left out)");
		assertThat(pairsTsv.get("policies").get("rule for unknown criteria fitted on the other sets"))
			.isEqualTo("none counted as not met");
		assertThat(pairsTsv.get("policies").get("accuracy")).isEqualTo(0.0);
		assertThat(pairsTsv.get("policies").get("pairs")).isEqualTo(3);
		// keyword: fitted on 0.6 eligible and 0.6 not, the threshold 0.6 (the first
		// best);
		// 0.1 is below it, so all three are right
		assertThat(pairsTsv.get("baseline.keyword").get("accuracy")).isEqualTo(1.0);
		assertThat(pairsTsv.get("baseline.all-eligible").get("accuracy")).isEqualTo(0.0);

		// fitted with pairs.tsv: an unknown field is not met, wrong on heldout/ and right
		// on heldout2/
		Map<String, Map<String, Object>> first = tasks.get("development: leave one set out (heldout/ left out)");
		assertThat(first.get("policies").get("rule for unknown criteria fitted on the other sets")).isEqualTo("field");
		assertThat(first.get("policies").get("accuracy")).isEqualTo(0.0);
		Map<String, Map<String, Object>> second = tasks.get("development: leave one set out (heldout2/ left out)");
		assertThat(second.get("policies").get("accuracy")).isEqualTo(1.0);

		Map<String, Map<String, Object>> mean = tasks.get("development: leave one set out (mean of 3 sets)");
		assertThat(mean.get("policies").get("accuracy")).isEqualTo(0.3333);
		assertThat(builder.build().headline("development.loso.accuracy")).isEqualTo(0.3333);
		assertThat(builder.build().headline("development.loso.baseline.all-eligible.accuracy")).isEqualTo(0.3333);
		// on all the pairs together the field rule wins (four of five)
		assertThat(PolicyEvaluation.bestUnknownRule(pairs)).isEqualTo(Set.of("field"));
	}

	@Test
	void theSetsAreThePairsFileAndEachOldHeldOutFolder() {
		assertThat(PolicyEvaluation.setOf("dev")).isEqualTo("pairs.tsv");
		assertThat(PolicyEvaluation.setOf("test")).isEqualTo("pairs.tsv");
		assertThat(PolicyEvaluation.setOf("heldout5")).isEqualTo("heldout5/");
		// heldout6/ and heldout7/, scored once in sessions 13 and 14, are the seventh and
		// eighth development sets; the held-out set (heldout8/) is none of them
		assertThat(PolicyEvaluation.setOf("heldout6")).isEqualTo("heldout6/");
		assertThat(PolicyEvaluation.setOf("heldout7")).isEqualTo("heldout7/");
		assertThat(PolicyEvaluation.OLD_HELDOUT_SETS).extracting(PolicyEvaluation.PairSet::dir)
			.containsExactly("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
			.doesNotContain(PolicyEvaluation.HELDOUT_DIR);
		assertThat(PolicyEvaluation.DEVELOPMENT_SPLITS).hasSize(9).doesNotContain(PolicyEvaluation.HELDOUT);
		// one set alone has nothing to fit on: no figure
		EvaluationReport.Builder builder = EvaluationReport.builder("policies");
		PolicyEvaluation.leaveOneSetOut(builder, List.of(judged("a", "dev", true, 0.1)));
		assertThat(builder.build().tasks()).isEmpty();
		assertThat(PolicyEvaluation.UNKNOWN_RULES).hasSize(128).first().isEqualTo(Set.of());
	}

	private static PolicyEvaluation.Judged judged(String org, String split, boolean eligible, double overlap) {
		PolicyFacts facts = new PolicyFacts("p", "Policy", "P", List.of("company"), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of("H01L"), List.of(), List.of(), List.of(), List.of(), List.of());
		PolicyMatch match = new PolicyMatch(facts, "possibly", 0.75,
				List.of(new Reason("kind", "yes", "kind: yes"), new Reason("field", "unknown", "field: unknown")));
		return new PolicyEvaluation.Judged(
				new PolicyEvaluation.Pair(org + "@p", split, "p", org, "f.csv", eligible, "high"), true, match,
				overlap);
	}

}
