package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.graph.PatentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExposureRankerTest {

	static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

	static ExposureRanker.PatentText patent(String number, String text, String cpc, LocalDate filed) {
		return new ExposureRanker.PatentText(number, text, text, List.of(cpc), filed);
	}

	static ExposureRanker.Candidate held(ExposureRanker.PatentText p, double npe, int suits, int assertions) {
		return new ExposureRanker.Candidate(p, "npe", "NPE LLC", npe, suits, assertions);
	}

	final List<ExposureRanker.PatentText> own = List.of(
			patent("OWN1", "wireless beam steering antenna array", "H01Q3/26", LocalDate.of(2018, 1, 1)),
			patent("OWN2", "antenna array calibration for beam forming", "H01Q3/26", LocalDate.of(2019, 1, 1)),
			patent("OWN3", "video frame interpolation", "H04N19/50", LocalDate.of(2019, 1, 1)));

	@Test
	void aCloseLitigatedPatentOfAStrongNpeRanksFirst() {
		var close = patent("N1", "beam steering antenna array with phase shifters", "H01Q3/30",
				LocalDate.of(2012, 1, 1));
		var far = patent("N2", "lawn mower blade sharpening", "A01D34/73", LocalDate.of(2012, 1, 1));
		var weak = patent("N3", "beam steering antenna array with phase shifters", "H01Q3/30",
				LocalDate.of(2012, 1, 1));
		List<ExposureRanker.Ranked> ranked = ExposureRanker.rank(this.own, List.of(),
				List.of(held(far, 0.99, 10, 3), held(weak, 0.6, 0, 0), held(close, 0.95, 8, 2)), AS_OF);
		assertThat(ranked).extracting(r -> r.candidate().patent().number()).containsExactly("N1", "N3");
		ExposureRanker.Ranked top = ranked.get(0);
		assertThat(top.closest()).isEqualTo("OWN1");
		assertThat(top.sharedCpc()).isEqualTo("H01Q3/00");
		assertThat(top.components().get("cpc")).isEqualTo(1.0);
		assertThat(top.components().get("assertion")).isEqualTo(1.0);
		assertThat(top.sharedTerms()).contains("beam", "steer", "antenna");
		double product = top.components().get("technology") * top.components().get("npe")
				* top.components().get("assertion") * top.components().get("life");
		assertThat(top.score()).isCloseTo(product, within(1e-3));
	}

	@Test
	void remainingLifeWeighsTheLastFiveYearsAndExpiredPatentsDropOut() {
		var young = patent("Y", "video frame interpolation method", "H04N19/50", LocalDate.of(2015, 1, 1));
		var ending = patent("E", "video frame interpolation method", "H04N19/50", LocalDate.of(2005, 1, 1));
		var expired = patent("X", "video frame interpolation method", "H04N19/50", LocalDate.of(2003, 1, 1));
		List<ExposureRanker.Ranked> ranked = ExposureRanker.rank(this.own, List.of(),
				List.of(held(young, 0.9, 5, 0), held(ending, 0.9, 5, 0), held(expired, 0.9, 5, 0)), AS_OF);
		assertThat(ranked).extracting(r -> r.candidate().patent().number()).containsExactly("Y", "E");
		assertThat(ranked.get(0).components().get("life")).isEqualTo(1.0);
		assertThat(ranked.get(1).yearsLeft()).isCloseTo(1.0, within(0.01));
		assertThat(ranked.get(1).components().get("life")).isCloseTo(0.2, within(0.01));
	}

	@Test
	void theExpiryInTheGraphBeatsTheTwentyYearEstimateAndEndedPatentsAreKeptOnlyWhenAskedFlagged() {
		var extended = patent("T", "video frame interpolation method", "H04N19/50", LocalDate.of(2003, 1, 1));
		var lapsed = patent("L", "video frame interpolation method", "H04N19/50", LocalDate.of(2015, 1, 1));
		var withdrawn = patent("W", "video frame interpolation method", "H04N19/50", LocalDate.of(2015, 1, 1));
		var expired = patent("X", "video frame interpolation method", "H04N19/50", LocalDate.of(2001, 1, 1));
		var unknown = patent("U", "video frame interpolation method", "H04N19/50", LocalDate.of(2015, 1, 1));
		List<ExposureRanker.Candidate> candidates = List.of(
				// term adjustment: the 2003 filing ends in 2026, not 2023
				candidate(extended, new PatentStatus("in_force", LocalDate.of(2026, 1, 1), false)),
				candidate(lapsed, new PatentStatus("lapsed", LocalDate.of(2035, 1, 1), true)),
				candidate(withdrawn, new PatentStatus("withdrawn", null, true)),
				candidate(expired, new PatentStatus("expired", LocalDate.of(2021, 1, 1), true)),
				candidate(unknown, PatentStatus.UNKNOWN));
		List<ExposureRanker.Ranked> live = ExposureRanker.rank(this.own, List.of(), candidates, AS_OF);
		assertThat(live).extracting(r -> r.candidate().patent().number()).containsExactly("U", "T");
		assertThat(live).noneMatch(ExposureRanker.Ranked::ended);
		assertThat(live.get(1).yearsLeft()).isCloseTo(2.0, within(0.01));
		assertThat(live.get(1).components().get("life")).isCloseTo(0.4, within(0.01));

		List<ExposureRanker.Ranked> all = ExposureRanker.rank(this.own, List.of(), candidates, AS_OF, true);
		assertThat(all).extracting(r -> r.candidate().patent().number()).containsExactly("U", "T", "L", "X", "W");
		assertThat(all).filteredOn(ExposureRanker.Ranked::ended)
			.extracting(r -> r.candidate().patent().number())
			.containsExactly("L", "X", "W");
		// lapsed (date unknown): counted as ended today, the whole damages window left
		assertThat(all.get(2).components().get("life")).isEqualTo(0.2);
		// expired three years ago: half of the six-year window left
		assertThat(all.get(3).yearsLeft()).isCloseTo(-3.0, within(0.01));
		assertThat(all.get(3).components().get("life")).isCloseTo(0.1, within(0.001));
		assertThat(all.get(4).score()).isZero();
		// the same expired patent, judged on a day before its expiry, is live
		assertThat(ExposureRanker.rank(this.own, List.of(), List.of(candidates.get(3)), LocalDate.of(2020, 1, 1)))
			.singleElement()
			.satisfies(r -> assertThat(r.ended()).isFalse());
	}

	static ExposureRanker.Candidate candidate(ExposureRanker.PatentText p, PatentStatus legal) {
		return new ExposureRanker.Candidate(p, "npe", "NPE LLC", 0.9, 5, 0, legal);
	}

	@Test
	void productDescriptionsCountAsTechnologyToo() {
		var battery = patent("B", "battery cell cooling plate", "H01M10/60", LocalDate.of(2015, 1, 1));
		List<ExposureRanker.Ranked> ranked = ExposureRanker.rank(List.of(), List.of("a scooter with battery cooling"),
				List.of(held(battery, 0.9, 1, 0)), AS_OF);
		assertThat(ranked).singleElement().satisfies(r -> {
			assertThat(r.closest()).isEqualTo("product:1");
			assertThat(r.components().get("technology")).isEqualTo(r.components().get("text"));
		});
	}

}
