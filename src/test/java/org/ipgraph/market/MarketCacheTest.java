package org.ipgraph.market;

import java.util.List;

import org.ipgraph.similarity.Terms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terms kept for matching: the same as analysing the text again, never stale, and
 * bounded; and the kinds matching reads of the other side.
 */
class MarketCacheTest {

	@Test
	void givesWhatTheAnalyserGivesForTheTextItWasMadeFrom() {
		MarketCache terms = new MarketCache(new MarketProperties(null, null, 2));
		String gait = "Wearable devices sensing gait";
		assertThat(terms.terms("o:1", gait)).isEqualTo(Terms.of(gait))
			.containsExactly("wearabl", "devic", "sens", "gait");
		assertThat(terms.terms("o:1", gait)).isSameAs(terms.terms("o:1", gait));
		assertThat(terms.terms("o:1", "Video coding")).as("another text under the same key is analysed again")
			.containsExactly("video", "code");
		assertThat(terms.terms("d:2", null)).isEmpty();
		terms.terms("d:3", "motion vectors");
		assertThat(terms.size()).isEqualTo(2);
	}

	@Test
	void matchingReadsOnlyTheKindsThatFit() {
		assertThat(MarketMatcher.offerKindsFor("licence")).containsExactly("licence", "sale");
		assertThat(MarketMatcher.offerKindsFor("purchase")).containsExactly("licence", "sale");
		assertThat(MarketMatcher.offerKindsFor("expert")).isEmpty();
		assertThat(MarketMatcher.demandKindsFor("sale")).containsExactly("licence", "purchase", "rd");
		assertThat(MarketMatcher.demandKindsFor("pledge")).isEmpty();
	}

	@Test
	void cachedTermsScoreAsFreshOnes() {
		MarketMatcher matcher = new MarketMatcher(0.25, java.time.LocalDate.of(2026, 12, 6));
		var demand = new MarketMatcher.DemandFacts("d", "licence", null, List.of("A61B5/11"),
				"low-power gait sensor for wearables", null, null, null);
		var offer = new MarketMatcher.OfferFacts("o", "licence", "seller", List.of("A61B5/112"),
				"Gait sensing package. Wearable gait sensor", null, null, null);
		MarketCache terms = new MarketCache(new MarketProperties(null, null, null));
		assertThat(matcher.match(List.of(demand), List.of(offer), terms::terms))
			.isEqualTo(matcher.match(List.of(demand), List.of(offer)))
			.isEqualTo(matcher.match(List.of(demand), List.of(offer), terms::terms))
			.hasSize(1);
	}

}
