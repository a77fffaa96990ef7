package org.ipgraph.evaluation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

	@Test
	void precisionAtKCountsKInTheDenominator() {
		assertThat(Metrics.precisionAt(10, List.of("a", "b", "c"), Set.of("a", "c"))).isEqualTo(0.2);
		assertThat(Metrics.precisionAt(2, List.of("a", "b", "c"), Set.of("a", "c"))).isEqualTo(0.5);
	}

	@Test
	void reciprocalRankOfTheFirstHit() {
		assertThat(Metrics.reciprocalRank(List.of("x", "y", "a"), Set.of("a"))).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(Metrics.reciprocalRank(List.of("x"), Set.of("a"))).isZero();
	}

	@Test
	void aucIsTheProbabilityAPositiveOutscoresANegative() {
		assertThat(Metrics.auc(new double[] { 0.9, 0.8 }, new double[] { 0.1, 0.2 })).isEqualTo(1.0);
		assertThat(Metrics.auc(new double[] { 0.1 }, new double[] { 0.9 })).isEqualTo(0.0);
		assertThat(Metrics.auc(new double[] { 0.5 }, new double[] { 0.5 })).isEqualTo(0.5);
		assertThat(Metrics.auc(new double[] { 0.9, 0.3 }, new double[] { 0.5, 0.1 })).isEqualTo(0.75);
	}

	@Test
	void prfFromSets() {
		Metrics.Prf prf = Metrics.prf(List.of("a", "b", "c"), List.of("a", "d"));
		assertThat(prf.precision()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(prf.recall()).isEqualTo(0.5);
		assertThat(prf.f1()).isCloseTo(0.4, within(1e-9));
	}

}
