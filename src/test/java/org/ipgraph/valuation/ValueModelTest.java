package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ValueModelTest {

	private static PatentFacts patent(int i, String cohort, int citations, int litigation, boolean valuable) {
		return new PatentFacts("US" + i, cohort, citations, 1, 1, -1, 10, 0, litigation, 0, 0, 0,
				new PatentFacts.Outcomes(valuable, false, false, false));
	}

	@Test
	void theFitLearnsThatCitationsWithinTheCohortAndLitigationMarkValuablePatents() {
		Random random = new Random(7);
		List<PatentFacts> past = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int citations = random.nextInt(10);
			int litigation = random.nextInt(10) == 0 ? 1 : 0;
			boolean valuable = random.nextDouble() < 0.1 + 0.06 * citations + 0.4 * litigation;
			past.add(patent(i, i % 2 == 0 ? "H04 2015" : "G06 2015", citations, litigation, valuable));
		}
		ValueModel model = ValueIndex.fit(past, LocalDate.of(2018, 1, 1), 1.0);
		assertThat(model.kind()).isEqualTo("model");
		assertThat(model.weights()[ValueSignal.FORWARD_CITATIONS.ordinal()]).isPositive();
		assertThat(model.weights()[ValueSignal.LITIGATION.ordinal()]).isPositive();
		// claims unknown everywhere: no weight
		assertThat(model.weights()[ValueSignal.CLAIMS.ordinal()]).isCloseTo(0, within(1e-6));
		assertThat(model.training()).contains("400 patents");
	}

	@Test
	void aSampledFitKeepsItsWeightsDirectionAndIsCorrectedToTheTrueRate() {
		Random random = new Random(11);
		List<PatentFacts> past = new ArrayList<>();
		int valuable = 0;
		for (int i = 0; i < 4000; i++) {
			int citations = random.nextInt(10);
			boolean v = random.nextDouble() < 0.01 + 0.01 * citations;
			valuable += v ? 1 : 0;
			past.add(patent(i, "H04 2015", citations, 0, v));
		}
		ValueModel model = ValueIndex.fit(past, LocalDate.of(2018, 1, 1), 1.0, 400);
		assertThat(model.training()).contains("sampled");
		assertThat(model.weights()[ValueSignal.FORWARD_CITATIONS.ordinal()]).isPositive();
		Cohorts cohorts = Cohorts.of(past);
		double mean = past.stream()
			.mapToDouble(p -> model.probability(p.features(cohorts.mean(p.cohort()))))
			.average()
			.orElseThrow();
		assertThat(mean).isCloseTo((double) valuable / past.size(), within(0.03));
	}

	@Test
	void tooFewValueEventsGiveThePriorAndAllOrNoneCannotBeFitted() {
		List<PatentFacts> past = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			past.add(patent(i, "H04 2015", i % 5, 0, i < 5));
		}
		assertThat(ValueIndex.fit(past, LocalDate.of(2018, 1, 1), 1.0)).isSameAs(ValueModel.PRIOR);
		assertThatThrownBy(() -> ValueModel.fit(List.of(new double[ValueSignal.SIZE]), new boolean[] { true }, 1, ""))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void citationsAreReadAgainstTheCohortAndUnknownValuesContributeNothing() {
		Cohorts cohorts = Cohorts.of(List.of(patent(1, "H04 2015", 10, 0, false), patent(2, "H04 2015", 30, 0, false),
				patent(3, "G06 2015", 1, 0, false), patent(4, null, 3, 0, false)));
		assertThat(cohorts.mean("H04 2015")).isEqualTo(20);
		assertThat(cohorts.mean("G06 2015")).isEqualTo(1);
		assertThat(cohorts.mean(null)).isEqualTo(11);
		// five citations are twice the mean in G06 but a quarter of it in H04
		PatentFacts five = patent(5, "G06 2015", 5, 0, false);
		assertThat(five.features(cohorts.mean("G06 2015"))[0])
			.isGreaterThan(five.features(cohorts.mean("H04 2015"))[0]);
		double[] x = five.features(1);
		assertThat(Double.isNaN(x[ValueSignal.CLAIMS.ordinal()])).isTrue();
		assertThat(ValueModel.PRIOR.contributions(x)[ValueSignal.CLAIMS.ordinal()]).isZero();
		assertThat(Cohorts.key("H04N19/70", 2015)).isEqualTo("H04 2015");
		assertThat(Cohorts.key(null, 2015)).isNull();
	}

	@Test
	void claimsAreCountedByTheirNumbersInSequence() {
		assertThat(Claims.count("1. A method. 2. The method of claim 1. 3. A system.")).isEqualTo(3);
		assertThat(Claims.count("1. A device comprising 2 parts.")).isEqualTo(1);
		assertThat(Claims.count("What is claimed is: 1) A. 2) B.")).isEqualTo(2);
		assertThat(Claims.count("  ")).isEqualTo(-1);
		assertThat(Claims.count(null)).isEqualTo(-1);
	}

	@Test
	void theTermIsTheStoredExpiryElseComputedFromFilingOrGrant() {
		LocalDate filed = LocalDate.of(2010, 3, 1);
		assertThat(PatentTerm.expiry(null, "utility", filed, null)).isEqualTo(LocalDate.of(2030, 3, 1));
		assertThat(PatentTerm.expiry(LocalDate.of(2031, 1, 1), "utility", filed, null))
			.isEqualTo(LocalDate.of(2031, 1, 1));
		assertThat(PatentTerm.expiry(null, "design", filed, LocalDate.of(2011, 1, 1)))
			.isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(PatentTerm.expiry(null, "design", LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1)))
			.isEqualTo(LocalDate.of(2032, 1, 1));
		assertThat(PatentTerm.expiry(null, "utility", null, null)).isNull();
		assertThat(PatentTerm.yearsLeft(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1))).isZero();
		assertThat(Double.isNaN(PatentTerm.yearsLeft(null, LocalDate.of(2025, 1, 1)))).isTrue();
	}

}
