package org.ipgraph.evaluation.partners;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingEvalTest {

	static final int[] CANDIDATES = java.util.stream.IntStream.range(1, 41).toArray();

	@Test
	void scoresAPerfectRankerAtTheTop() {
		var query = new RankingEval.Query(0, CANDIDATES, Set.of(7, 9));
		var f = RankingEval.evaluate(List.of(query), a -> c -> c == 7 || c == 9 ? 1 : 0);
		assertThat(f.precisionAt10()).isEqualTo(0.2);
		assertThat(f.recallAt10()).isEqualTo(1.0);
		assertThat(f.map()).isEqualTo(1.0);
		assertThat(f.mrr()).isEqualTo(1.0);
		assertThat(f.auc()).isEqualTo(1.0);
	}

	@Test
	void breaksTiesTheSameWayForEveryRankerAndNotByPosition() {
		var query = new RankingEval.Query(0, CANDIDATES, Set.of(1));
		var constant = RankingEval.evaluate(List.of(query), a -> c -> 0);
		var alsoConstant = RankingEval.evaluate(List.of(query), a -> c -> 5);
		assertThat(constant).isEqualTo(alsoConstant);
		assertThat(constant.auc()).isEqualTo(0.5);
		// candidate 1 would be first if ties kept the candidates' order
		var identity = RankingEval.evaluate(List.of(new RankingEval.Query(0, CANDIDATES, Set.of(1, 2, 3, 4, 5))),
				a -> c -> 0);
		assertThat(identity.precisionAt10()).isLessThan(0.5);
	}

	@Test
	void averagePrecisionRewardsEarlyHits() {
		assertThat(RankingEval.averagePrecision(List.of(5, 1, 6, 2), Set.of(1, 2))).isCloseTo((0.5 + 0.5) / 2,
				within(1e-12));
		assertThat(RankingEval.averagePrecision(List.of(1, 2, 5), Set.of(1, 2))).isEqualTo(1.0);
	}

	@Test
	void poolsRunsByQuery() {
		var a = new RankingEval.Figures(0.1, 1, 1, 1, 1, 1);
		var b = new RankingEval.Figures(0.0, 0, 0, 0, 0.5, 3);
		var pooled = RankingEval.Figures.pooled(List.of(a, b));
		assertThat(pooled.precisionAt10()).isCloseTo(0.025, within(1e-12));
		assertThat(pooled.auc()).isCloseTo(0.625, within(1e-12));
		assertThat(pooled.queries()).isEqualTo(4);
	}

}
