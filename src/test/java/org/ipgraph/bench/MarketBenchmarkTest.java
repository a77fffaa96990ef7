package org.ipgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.ipgraph.market.NewDemand;
import org.ipgraph.market.NewOffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The market bench's statistics, runner and synthetic library, without a graph (the bench
 * itself is a command, not a timed test).
 */
class MarketBenchmarkTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	static final List<SyntheticMarket.PatentRow> PATENTS = List.of(
			new SyntheticMarket.PatentRow("US9000001", "stepwise", "Wearable gait sensor with low-power accelerometer",
					List.of("A61B5/112", "G01P15/18")),
			new SyntheticMarket.PatentRow("US9000002", "stepwise", "Fall detection from gait patterns",
					List.of("A61B5/11")),
			new SyntheticMarket.PatentRow("US9000003", "stepwise", "Step counting method", List.of("G01C22/00")),
			new SyntheticMarket.PatentRow("US9000004", "vidco", "Video coding with motion vector prediction",
					List.of("H04N19/52")),
			new SyntheticMarket.PatentRow("US9000005", "vidco", "Entropy coding of transform coefficients",
					List.of("H04N19/13", "H04N19/60")));

	@Test
	void percentilesAreNearestRankOverTheTimedRequests() {
		double[] millis = IntStream.rangeClosed(1, 200).mapToDouble(i -> 201 - i).toArray();
		MarketBenchmark.Latency l = MarketBenchmark.Latency.of("GET /x", millis);
		assertThat(l.requests()).isEqualTo(200);
		assertThat(l.p50()).isEqualTo(100.0);
		assertThat(l.p95()).isEqualTo(190.0);
		assertThat(l.p99()).isEqualTo(198.0);
		assertThat(l.max()).isEqualTo(200.0);
		assertThat(l.mean()).isEqualTo(100.5);
		assertThat(l.withinTarget()).isFalse();
		assertThat(millis[0]).as("the caller's array is left as it was").isEqualTo(200.0);
		MarketBenchmark.Latency fast = MarketBenchmark.Latency.of("GET /y",
				IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray());
		assertThat(fast.p95()).isEqualTo(95.0);
		assertThat(fast.withinTarget()).isTrue();
		assertThatThrownBy(() -> MarketBenchmark.Latency.of("GET /z", new double[0]))
			.hasMessageContaining("no requests timed");
	}

	@Test
	void warmUpCallsComeFirstAndAreNotTimed() {
		List<Integer> calls = new ArrayList<>();
		MarketBenchmark.Latency l = MarketBenchmark.time("POST /x", i -> {
			calls.add(i);
			if (i >= 3) {
				sleep(2);
			}
			return i;
		}, 3, 5);
		assertThat(calls).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(l.requests()).isEqualTo(5);
		assertThat(l.p50()).isGreaterThanOrEqualTo(1.5);
		assertThat(l.p50()).isLessThanOrEqualTo(l.p95()).isLessThanOrEqualTo(l.p99()).isLessThanOrEqualTo(l.max());
	}

	@Test
	void settingsRefuseEmptyRuns() {
		assertThatThrownBy(() -> new MarketBenchmark.Settings(0, 10, 10, 0, 1)).hasMessageContaining("--offers");
		assertThatThrownBy(() -> new MarketBenchmark.Settings(10, 10, 10, -1, 1)).hasMessageContaining("--warm-up");
	}

	@Test
	void theSyntheticLibraryIsValidKeyedAndDrawnFromTheSeed() {
		SyntheticMarket market = new SyntheticMarket(PATENTS, TODAY);
		List<NewOffer> offers = market.offers(42, "k-", 0, 60);
		List<NewDemand> demands = market.demands(42, "k-", 0, 60);
		assertThat(market.offers(42, "k-", 0, 60)).isEqualTo(offers);
		assertThat(market.demands(42, "k-", 0, 60)).isEqualTo(demands);
		assertThat(market.offers(43, "k-", 0, 60)).isNotEqualTo(offers);
		assertThat(market.offers(42, "k-", 10, 5)).isEqualTo(offers.subList(10, 15));
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			offers.forEach(o -> assertThat(validator.validate(o)).as(o.toString()).isEmpty());
			demands.forEach(d -> assertThat(validator.validate(d)).as(d.toString()).isEmpty());
		}
		for (NewOffer o : offers) {
			assertThat(o.clientKey()).startsWith("k-o");
			assertThat(o.terms()).contains("Synthetic");
			assertThat(o.validUntil()).isAfter(TODAY);
			assertThat(o.patents()).isNotEmpty()
				.doesNotHaveDuplicates()
				.allSatisfy(n -> assertThat(PATENTS)
					.anySatisfy(p -> assertThat(p.number() + p.owner()).isEqualTo(n + o.organization())));
		}
		assertThat(offers).extracting(NewOffer::kind).contains("licence", "sale", "pledge");
		assertThat(demands).extracting(NewDemand::kind).contains("licence", "purchase", "rd", "expert");
		assertThat(demands).anySatisfy(d -> assertThat(d.anonymous()).isTrue());
		assertThat(demands).anySatisfy(d -> assertThat(d.requester()).isNull());
		assertThat(demands).allSatisfy(d -> {
			assertThat(d.clientKey()).startsWith("k-d");
			assertThat(d.cpc()).isNotEmpty();
			assertThat(d.anonymous() && d.requester() == null).isFalse();
		});
		assertThat(SyntheticMarket.keywords("Method and system for entropy coding of transform coefficients"))
			.containsExactly("coefficients", "transform");
		assertThatThrownBy(() -> new SyntheticMarket(List.of(), TODAY)).hasMessageContaining("no patents");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
