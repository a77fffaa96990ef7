package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.List;
import org.ipgraph.evaluation.risk.NpeTrainer;
import org.ipgraph.evaluation.risk.LabelledOwner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

public class NpeRiskScorerTest {

	public static OwnerFacts shell() {
		return new OwnerFacts("Norvane Licensing LLC", List.of(), 5, 5, 2, 0, 0, 8, 11, List.of(9.0, 10.5, 8.0), 2, 3,
				true);
	}

	public static OwnerFacts operating() {
		return new OwnerFacts("Norvane Wireless Inc.", List.of("NORVANE WIRELESS INC"), 120, 3, 0, 110, 40, 2, 2,
				List.of(5.0), 1, 0, true);
	}

	@Test
	void rulesCallAnAcquiringSuingShellAnNpeAndAnOperatingCompanyThatSuesOnceNot() {
		NpeRiskScorer rules = new NpeRiskScorer(null);
		NpeScore shell = rules.score(shell());
		NpeScore operating = rules.score(operating());
		assertThat(shell.method()).isEqualTo("rules");
		assertThat(shell.npe()).isTrue();
		assertThat(shell.probability()).isGreaterThan(0.99);
		assertThat(operating.npe()).isFalse();
		assertThat(operating.probability()).isLessThan(0.2);
	}

	@Test
	void theContributionsAddUpToTheScoreAndComeLargestFirst() {
		NpeScore score = new NpeRiskScorer(null).score(shell());
		double logit = score.baseline() + score.signals().stream().mapToDouble(NpeScore.SignalValue::contribution).sum();
		assertThat(1 / (1 + Math.exp(-logit))).isCloseTo(score.probability(), within(1e-3));
		assertThat(score.signals().get(0).signal()).isEqualTo("acquiredShare");
		assertThat(score.signals().get(0).shown()).isEqualTo("5 of 5 patents acquired");
		assertThat(score.signals()).extracting(NpeScore.SignalValue::signal)
			.containsExactlyInAnyOrderElementsOf(NpeModel.keys());
	}

	@Test
	void theClassifierDecidesWhenEnoughSignalsAreObservedTheRulesOtherwise() {
		List<LabelledOwner> owners = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			owners.add(new LabelledOwner("s" + i, "test", true, false, NpeFeatures.of(shell()), 9));
			owners.add(new LabelledOwner("o" + i, "test", false, false, NpeFeatures.of(operating()), 9));
		}
		NpeModel model = NpeTrainer.train(owners, 1.0, "test", "tiny");
		NpeRiskScorer scorer = new NpeRiskScorer(model);
		assertThat(scorer.score(shell()).method()).isEqualTo("model");
		assertThat(scorer.score(shell()).npe()).isTrue();
		assertThat(scorer.score(operating()).npe()).isFalse();
		OwnerFacts nameOnly = new OwnerFacts("Acme IP Holdings LLC", List.of(), 0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0,
				false);
		NpeScore fallback = scorer.score(nameOnly);
		assertThat(fallback.method()).isEqualTo("rules");
		assertThat(fallback.reason()).startsWith("too few observed signals");
	}

	@Test
	void holdingNames() {
		assertThat(HoldingNames.score("Acme IP Holdings LLC")).isEqualTo(1);
		assertThat(HoldingNames.score("Verizon Patent and Licensing Inc.")).isEqualTo(1);
		assertThat(HoldingNames.score("Norvane Technologies LLC")).isEqualTo(0.6);
		assertThat(HoldingNames.score("Norvane Aerial L.L.C.")).isEqualTo(0.25);
		assertThat(HoldingNames.score("Samsung Electronics Co., Ltd.")).isZero();
	}

	@Test
	void aModelSurvivesWritingAndReading(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
		java.nio.file.Path file = dir.resolve("m.json");
		NpeModel.RULES.write(file);
		NpeModel read = NpeModel.read(file);
		assertThat(read).isEqualTo(NpeModel.RULES);
		assertThat(read.probability(NpeFeatures.of(shell()))).isEqualTo(NpeModel.RULES.probability(NpeFeatures.of(shell())));
	}

}
