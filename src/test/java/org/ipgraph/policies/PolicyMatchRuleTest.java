package org.ipgraph.policies;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yes-or-no answer: a no is never eligible; an unknown verdict counts as not met only
 * for the criteria the rule names.
 */
class PolicyMatchRuleTest {

	@Test
	void unknownVerdictsCountAsNotMetOnlyForTheCriteriaTheRuleNames() {
		// size and region unknown, field known to match
		PolicyMatch unknown = PolicyMatcher.match(PolicyMatcherTest.company(null, null, List.of("G06F")),
				PolicyMatcherTest.smeFund());
		assertThat(unknown.eligible()).isEqualTo("possibly");
		assertThat(unknown.predictedEligible(Set.of())).isTrue();
		assertThat(unknown.predictedEligible(Set.of("field"))).isTrue();
		assertThat(unknown.predictedEligible(Set.of("size"))).isFalse();
		assertThat(unknown.predictedEligible(Set.of("region", "kind"))).isFalse();
		assertThat(unknown.predictedEligible()).isEqualTo(
				!PolicyMatch.UNKNOWN_NOT_MET.contains("size") && !PolicyMatch.UNKNOWN_NOT_MET.contains("region"));
		PolicyMatch large = PolicyMatcher.match(PolicyMatcherTest.company("DE", "large", List.of("G06F")),
				PolicyMatcherTest.smeFund());
		assertThat(large.predictedEligible(Set.of())).isFalse();
		PolicyMatch met = PolicyMatcher.match(PolicyMatcherTest.company("AT", "small", List.of("G06F")),
				PolicyMatcherTest.smeFund());
		assertThat(met.predictedEligible(Set.of("kind", "exclusion", "size", "region", "field"))).isTrue();
	}

}
