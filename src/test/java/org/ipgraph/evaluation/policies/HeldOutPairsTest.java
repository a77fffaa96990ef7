package org.ipgraph.evaluation.policies;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.policies.PolicyFacts;
import org.ipgraph.policies.PolicyMatch;
import org.ipgraph.policies.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The held-out pairs of {@code evaluate policies}: read from a folder the option names
 * (here a hand-made fixture), checked row by row, and the headline only when they exist.
 */
class HeldOutPairsTest {

	@TempDir
	Path temp;

	static Path fixtures() throws URISyntaxException {
		return Path.of(HeldOutPairsTest.class.getResource("/policies/heldout-fixture/pairs.tsv").toURI())
			.getParent()
			.getParent();
	}

	@Test
	void theFolderTheOptionNamesIsReadWithItsPolicyFiles() throws URISyntaxException {
		Path set = fixtures();
		Path folder = PairFile.folder(set, "heldout-fixture", PolicyEvaluation.HELDOUT_DIR);
		PairFile file = PairFile.read(folder, PolicyEvaluation.HELDOUT, set.resolve("shared")).orElseThrow();
		assertThat(file.pairs())
			.extracting(PolicyEvaluation.Pair::id, PolicyEvaluation.Pair::split, PolicyEvaluation.Pair::eligible,
					PolicyEvaluation.Pair::confidence)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("univ@ex.award", "heldout8", true, "high"),
					org.assertj.core.groups.Tuple.tuple("acme@ex.award", "heldout8", false, "medium"));
		assertThat(file.policyFiles()).containsOnlyKeys("ex.award");
		assertThat(file.policyFiles().get("ex.award")).containsExactly(set.resolve("shared/law/award.md"));
		// without the option: heldout8 of the set, absent here
		assertThat(PairFile.folder(set, null, PolicyEvaluation.HELDOUT_DIR)).isEqualTo(set.resolve("heldout8"));
		assertThat(PairFile.read(set.resolve("heldout8"), PolicyEvaluation.HELDOUT, set.resolve("shared"))).isEmpty();
		// heldout3/ to heldout7/ (scored once) are development now, read beside the
		// other old held-out sets
		assertThat(PolicyEvaluation.DEVELOPMENT_SPLITS)
			.contains("heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
			.doesNotContain(PolicyEvaluation.HELDOUT);
		assertThat(PolicyEvaluation.OLD_HELDOUT_SETS).extracting(PolicyEvaluation.PairSet::dir)
			.containsExactly("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
			.doesNotContain(PolicyEvaluation.HELDOUT_DIR);
		// one ordered list: the development splits follow it, and so do the labels
		assertThat(PolicyEvaluation.DEVELOPMENT_SPLITS).containsExactly("dev", "test", "heldout", "heldout2",
				"heldout3", "heldout4", "heldout5", "heldout6", "heldout7");
		assertThat(PolicyEvaluation.label("heldout7")).isEqualTo("old held-out 7");
		assertThat(PolicyEvaluation.label("test")).isEqualTo("old test");
		assertThat(PolicyEvaluation.label(PolicyEvaluation.HELDOUT)).isEqualTo("held-out");
	}

	@Test
	void aBadRowIsAnErrorNamingFileLineAndReason() throws IOException, URISyntaxException {
		Path shared = fixtures().resolve("shared");
		String header = "pair_id\tsplit\tpolicy_id\tpolicy_files\torg_name\torg_file\tlabel\tconfidence\n";
		Path wrongSplit = write("split", header + "a@p\tdev\tp\tlaw/award.md\tA\tf.csv\teligible\thigh\n");
		assertThatThrownBy(() -> PairFile.read(wrongSplit, PolicyEvaluation.HELDOUT, shared))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(wrongSplit.resolve("pairs.tsv").toString())
			.hasMessageContaining("line 2")
			.hasMessageContaining("split is 'dev'");
		Path badLabel = write("label", header + "a@p\theldout8\tp\tlaw/award.md\tA\tf.csv\tmaybe\thigh\n");
		assertThatThrownBy(() -> PairFile.read(badLabel, PolicyEvaluation.HELDOUT, shared))
			.hasMessageContaining("label is 'maybe'");
		Path missing = write("file", header + "a@p\theldout8\tp\tlaw/none.md\tA\tf.csv\teligible\thigh\n");
		assertThatThrownBy(() -> PairFile.read(missing, PolicyEvaluation.HELDOUT, shared))
			.hasMessageContaining("policy file")
			.hasMessageContaining("none.md does not exist");
		Path column = write("column", "pair_id\tsplit\n");
		assertThatThrownBy(() -> PairFile.read(column, PolicyEvaluation.HELDOUT, shared))
			.hasMessageContaining("no column 'policy_id'");
	}

	@Test
	void theHeadlineIsTheHeldOutPairsAndWithoutThemTheReportSaysSo() {
		PolicyEvaluation.Judged right = judged("dev", true, "yes", 0.5);
		PolicyEvaluation.Judged wrong = judged("dev", false, "yes", 0.0);
		PolicyEvaluation.Judged heldout = judged(PolicyEvaluation.HELDOUT, false, "no", 0.5);
		Map<String, List<PolicyEvaluation.Judged>> splits = new LinkedHashMap<>();
		splits.put("dev", List.of(right, wrong));
		splits.put(PolicyEvaluation.HELDOUT, List.of(heldout));
		EvaluationReport.Builder with = EvaluationReport.builder("policies");
		PolicyEvaluation.score(with, splits, 0.3, null);
		EvaluationReport report = with.build();
		assertThat(report.headline("policies.accuracy")).isEqualTo(1.0);
		assertThat(report.headline("baseline.keyword.accuracy")).isEqualTo(0.0);
		assertThat(report.tasks().get("development: matching (dev pairs)").get("policies").get("accuracy"))
			.isEqualTo(0.5);
		assertThat(report.tasks().get("development: matching (dev pairs)").get("baseline.keyword").get("accuracy"))
			.isEqualTo(1.0);

		EvaluationReport.Builder without = EvaluationReport.builder("policies");
		PolicyEvaluation.score(without, Map.of("dev", List.of(right, wrong)), 0.3,
				"no held-out figure: heldout8/pairs.tsv does not exist");
		EvaluationReport none = without.build();
		assertThat(none.headline("policies.accuracy")).isNull();
		assertThat(none.headline("baseline.keyword.accuracy")).isNull();
		assertThat(none.tasks().get("matching (held-out pairs)").get("policies").get("status"))
			.isEqualTo("no held-out figure: heldout8/pairs.tsv does not exist");
		assertThat(none.notes()).anyMatch(n -> n.contains("no held-out figure"));
	}

	private static PolicyEvaluation.Judged judged(String split, boolean eligible, String verdict, double overlap) {
		PolicyFacts facts = new PolicyFacts("p", "Policy", "P", List.of("university"), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		PolicyMatch match = new PolicyMatch(facts, "no".equals(verdict) ? "not-eligible" : "eligible", 1.0,
				List.of(new Reason("kind", verdict, "kind: " + verdict)));
		return new PolicyEvaluation.Judged(new PolicyEvaluation.Pair("o@p", split, "p", "O", "f.csv", eligible, "high"),
				true, match, overlap);
	}

	private Path write(String name, String content) throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve(name));
		Files.writeString(folder.resolve("pairs.tsv"), content);
		return folder;
	}

}
