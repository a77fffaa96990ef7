package org.ipgraph.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PatentRiskScorerTest {

	@Test
	void anAcquiredAssertedPatentOfAnNpeIsLikelyAssertedAgain() {
		PatentRiskScorer.Score npe = PatentRiskScorer
			.score(new PatentRiskScorer.Facts(0.95, 9.0, 11.0, 2, 1, 12, true));
		PatentRiskScorer.Score operating = PatentRiskScorer
			.score(new PatentRiskScorer.Facts(0.02, 3.0, 17.0, 0, 0, 2, false));
		assertThat(npe.probability()).isGreaterThan(0.9);
		assertThat(operating.probability()).isLessThan(0.1);
		double logit = npe.baseline() + npe.factors().stream().mapToDouble(PatentRiskScorer.Factor::contribution).sum();
		assertThat(1 / (1 + Math.exp(-logit))).isCloseTo(npe.probability(), within(1e-3));
	}

	@Test
	void anExpiredPatentScoresZeroAndOneNearItsEndLess() {
		PatentRiskScorer.Score expired = PatentRiskScorer
			.score(new PatentRiskScorer.Facts(0.95, 21.0, -1.0, 2, 0, 5, true));
		PatentRiskScorer.Score ending = PatentRiskScorer
			.score(new PatentRiskScorer.Facts(0.95, 19.0, 1.0, 2, 0, 5, true));
		PatentRiskScorer.Score live = PatentRiskScorer
			.score(new PatentRiskScorer.Facts(0.95, 12.0, 8.0, 2, 0, 5, true));
		assertThat(expired.expired()).isTrue();
		assertThat(expired.probability()).isZero();
		assertThat(ending.probability()).isLessThan(live.probability());
	}

}
