package org.ipgraph.evaluation.risk;

import java.util.ArrayList;
import java.util.List;
import org.ipgraph.risk.OwnerFacts;
import org.ipgraph.risk.NpeSignal;
import org.ipgraph.risk.NpeRiskScorerTest;
import org.ipgraph.risk.NpeFeatures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NpeValidationTest {

	static List<LabelledOwner> owners() {
		List<LabelledOwner> owners = new ArrayList<>();
		for (String group : List.of("a", "b", "c")) {
			for (int i = 0; i < 4; i++) {
				owners.add(new LabelledOwner(group + "s" + i, group, true, false,
						NpeFeatures.of(NpeRiskScorerTest.shell()), 9));
				owners.add(new LabelledOwner(group + "o" + i, group, false, i == 0,
						NpeFeatures.of(NpeRiskScorerTest.operating()), 9));
			}
		}
		return owners;
	}

	@Test
	void heldOutPredictionsOfSeparableOwnersAreRight() {
		List<LabelledOwner> owners = owners();
		double[] p = NpeValidation.leaveGroupsOut(owners, LabelledOwner::source, NpeValidation.classifier(1.0));
		NpeValidation.Result result = NpeValidation.result(owners, p, o -> true);
		assertThat(result.prf().f1()).isEqualTo(1.0);
		assertThat(result.auc()).isEqualTo(1.0);
		assertThat(result.owners()).isEqualTo(24);
		assertThat(result.hardNegatives()).isEqualTo(3);
		assertThat(result.hardNegativesCalledNpe()).isZero();
	}

	@Test
	void theFrequentPlaintiffBaselineCallsEveryOwnerThatSuedThreeTimesAnNpe() {
		LabelledOwner threeSuits = new LabelledOwner("x", "a", false, true,
				NpeFeatures.of(new OwnerFacts("X Inc.", List.of(), 10, 0, 0, 10, 5, 3, 3, List.of(), 0, 0, false)), 9);
		LabelledOwner twoSuits = new LabelledOwner("y", "a", false, true,
				NpeFeatures.of(new OwnerFacts("Y Inc.", List.of(), 10, 0, 0, 10, 5, 2, 2, List.of(), 0, 0, false)), 9);
		var score = NpeValidation.FREQUENT_PLAINTIFF.fit(List.of());
		assertThat(score.apply(threeSuits)).isEqualTo(1.0);
		assertThat(score.apply(twoSuits)).isZero();
	}

	@Test
	void withoutLitigationZeroesTheLitigationSignalsOnly() {
		LabelledOwner shell = owners().get(0);
		double[] x = NpeValidation.withoutLitigation(shell).features();
		assertThat(x[NpeSignal.PLAINTIFF_SUITS.ordinal()]).isZero();
		assertThat(x[NpeSignal.PTAB_CHALLENGES.ordinal()]).isZero();
		assertThat(x[NpeSignal.ACQUIRED_SHARE.ordinal()]).isEqualTo(1.0);
	}

}
