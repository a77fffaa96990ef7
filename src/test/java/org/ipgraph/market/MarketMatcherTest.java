package org.ipgraph.market;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarketMatcherTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	final MarketMatcher matcher = new MarketMatcher(0.25, TODAY);

	static MarketMatcher.DemandFacts demand(String id, String kind, List<String> cpc, String text, Double budget) {
		return new MarketMatcher.DemandFacts(id, kind, "buyer", cpc, text, budget, "USD", LocalDate.of(2027, 6, 30));
	}

	static MarketMatcher.OfferFacts offer(String id, String kind, List<String> cpc, String text, Double price) {
		return new MarketMatcher.OfferFacts(id, kind, "seller", cpc, text, price, "USD", null);
	}

	@Test
	void cpcSimilarityFollowsTheHierarchy() {
		assertThat(MarketMatcher.cpcSimilarity("H04N", "H04N19/70")).isEqualTo(1.0);
		assertThat(MarketMatcher.cpcSimilarity("H04N19/70", "H04N19/52")).isEqualTo(0.8);
		assertThat(MarketMatcher.cpcSimilarity("H04N19/70", "H04N21/00")).isEqualTo(0.5);
		assertThat(MarketMatcher.cpcSimilarity("H04N19/70", "H04L5/00")).isEqualTo(0.25);
		assertThat(MarketMatcher.cpcSimilarity("H04N19/70", "A61B5/11")).isEqualTo(0.0);
	}

	@Test
	void theOfferInTheDemandsFieldAndWordsRanksFirstWithReasons() {
		var d = demand("d", "licence", List.of("A61B5/11"), "low-power gait sensor for elderly-care wearables",
				100_000.0);
		var gait = offer("gait", "licence", List.of("A61B5/112"), "Wearable gait sensor with low-power accelerometer",
				50_000.0);
		var near = offer("near", "licence", List.of("A61B5/0205"), "Heart rate monitor for athletes", 50_000.0);
		var other = offer("other", "licence", List.of("H04N19/70"), "Video coding with motion vectors", 50_000.0);
		List<MarketMatcher.Scored> scored = this.matcher.match(List.of(d), List.of(gait, near, other));
		assertThat(scored).extracting(MarketMatcher.Scored::offer).containsExactly("gait", "near");
		MarketMatcher.Scored best = scored.get(0);
		assertThat(best.cpcOverlap()).isEqualTo(1.0);
		assertThat(best.textSimilarity()).isGreaterThan(0.2);
		assertThat(best.sharedTerms()).contains("gait", "sensor");
		assertThat(best.budgetFit()).isEqualTo(1.0);
		assertThat(MarketMatcher.reasons(best, false)).anyMatch(r -> r.contains("gait"))
			.anyMatch(r -> r.contains("A61B5/11 matches A61B5/112"));
		// masked: no words of the demand, codes at subclass level
		assertThat(MarketMatcher.reasons(best, true)).noneMatch(r -> r.contains("gait"))
			.anyMatch(r -> r.contains("A61B"))
			.noneMatch(r -> r.contains("A61B5/11"));
	}

	@Test
	void kindsThatDoNotAnswerEachOtherNeverMatch() {
		var d = demand("d", "purchase", List.of("A61B5/11"), "gait sensor", null);
		var pledge = offer("p", "pledge", List.of("A61B5/11"), "gait sensor", null);
		var licence = offer("l", "licence", List.of("A61B5/11"), "gait sensor", null);
		var sale = offer("s", "sale", List.of("A61B5/11"), "gait sensor", null);
		List<MarketMatcher.Scored> scored = this.matcher.match(List.of(d), List.of(pledge, licence, sale));
		assertThat(scored).extracting(MarketMatcher.Scored::offer).containsExactly("s", "l");
		assertThat(scored.get(1).kindFit()).isEqualTo(0.5);
		assertThat(this.matcher.match(List.of(demand("e", "expert", List.of("A61B5/11"), "gait", null)),
				List.of(licence, sale)))
			.isEmpty();
	}

	@Test
	void budgetAndDeadlineLowerTheScore() {
		assertThat(MarketMatcher.budgetFit(100.0, "USD", 50.0, "USD")).isEqualTo(1.0);
		assertThat(MarketMatcher.budgetFit(100.0, "USD", 400.0, "USD")).isEqualTo(0.25);
		assertThat(MarketMatcher.budgetFit(100.0, "USD", 400.0, "EUR")).isEqualTo(MarketMatcher.UNKNOWN);
		assertThat(MarketMatcher.budgetFit(null, null, 400.0, "EUR")).isEqualTo(MarketMatcher.UNKNOWN);
		assertThat(this.matcher.deadlineFit(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 1, 31))).isEqualTo(0.5);
		assertThat(this.matcher.deadlineFit(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 12, 31))).isEqualTo(1.0);
		var d = demand("d", "licence", List.of("A61B5/11"), "gait sensor", 10_000.0);
		var cheap = offer("cheap", "licence", List.of("A61B5/11"), "gait sensor", 5_000.0);
		var dear = offer("dear", "licence", List.of("A61B5/11"), "gait sensor", 1_000_000.0);
		List<MarketMatcher.Scored> scored = this.matcher.match(List.of(d), List.of(dear, cheap));
		assertThat(scored).extracting(MarketMatcher.Scored::offer).containsExactly("cheap", "dear");
	}

	@Test
	void nothingInCommonOrTheRequestersOwnOfferIsNoMatch() {
		var d = demand("d", "licence", List.of("A61B5/11"), "gait sensor", null);
		var unrelated = offer("u", "licence", List.of("H04N19/70"), "video coding", null);
		var own = new MarketMatcher.OfferFacts("own", "licence", "buyer", List.of("A61B5/11"), "gait sensor", null,
				null, null);
		assertThat(this.matcher.match(List.of(d), List.of(unrelated, own))).isEmpty();
	}

}
