package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.web.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@GraphTest
class ValueServiceTest {

	@Autowired
	ValueService values;

	@Autowired
	ValueSnapshots snapshots;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void graph() {
		ValueGraph.create();
		this.snapshots.refresh(true);
	}

	private Map<String, PatentFacts> facts(LocalDate asOf) {
		return new ValueGraphReader(this.neo4j).load(asOf)
			.stream()
			.collect(Collectors.toMap(PatentFacts::number, Function.identity()));
	}

	@Test
	void factsAsOfACutCountOnlyWhatHappenedBeforeItAndReturnWhatCameAfter() {
		Map<String, PatentFacts> cut = facts(LocalDate.of(2018, 1, 1));
		// granted 2020 and the stub are not valued as of 2018
		assertThat(cut.keySet()).containsExactlyInAnyOrder("US1000001", "EP1000001", "US1000002", "US1000003");
		PatentFacts p1 = cut.get("US1000001");
		assertThat(p1.citations()).isEqualTo(2);
		assertThat(p1.litigation()).isEqualTo(1);
		assertThat(p1.ptab()).isZero();
		assertThat(p1.familySize()).isEqualTo(2);
		assertThat(p1.jurisdictions()).isEqualTo(2);
		assertThat(p1.claims()).isEqualTo(3);
		assertThat(p1.cohort()).isEqualTo("H04 2015");
		assertThat(p1.yearsLeft()).isCloseTo(15.0, within(0.01));
		assertThat(p1.later()).isEqualTo(new PatentFacts.Outcomes(true, false, false, false));
		PatentFacts p2 = cut.get("US1000002");
		assertThat(p2.reassignments()).isZero();
		assertThat(p2.claims()).isEqualTo(-1);
		assertThat(p2.later().reassigned()).isTrue();
		PatentFacts p3 = cut.get("US1000003");
		assertThat(p3.declarations()).isEqualTo(1);
		assertThat(p3.licences()).isEqualTo(1);
		assertThat(p3.later().any()).isFalse();

		Map<String, PatentFacts> now = facts(LocalDate.of(2026, 1, 1));
		assertThat(now.get("US1000001").citations()).isEqualTo(3);
		assertThat(now.get("US1000001").ptab()).isEqualTo(1);
		assertThat(now.get("US1000002").reassignments()).isEqualTo(1);
		// the stored expiry wins over filing + 20 years
		assertThat(now.get("US1000004").yearsLeft()).isCloseTo(13.0, within(0.01));
		assertThat(now.get("US1000001").later().any()).isFalse();
	}

	@Test
	void aPatentsValueListsEveryComponentAndTheyAddUpToItsLogOdds() {
		PatentValue value = this.values.value("US 1,000,001 B2");
		assertThat(value.number()).isEqualTo("US1000001");
		assertThat(value.components()).extracting(PatentValue.Component::signal)
			.containsExactlyElementsOf(ValueSignal.keys());
		double sum = value.intercept()
				+ value.components().stream().mapToDouble(PatentValue.Component::contribution).sum();
		assertThat(sum).isCloseTo(value.logit(), within(0.001));
		assertThat(value.value()).isCloseTo(1 / (1 + Math.exp(-value.logit())), within(0.001));
		// too few value events in this tiny graph's past to fit: the hand-set prior
		assertThat(value.model()).isEqualTo("prior");
		assertThat(value.components()).filteredOn(c -> c.signal().equals("forwardCitations"))
			.singleElement()
			.satisfies(c -> assertThat(c.shown()).isEqualTo("3 (cohort H04 2015 mean 1.5)"));
		assertThat(value.components()).filteredOn(c -> c.signal().equals("litigation"))
			.singleElement()
			.satisfies(c -> assertThat(c.contribution()).isPositive());
		// the cited, litigated, challenged patent is worth more than the uncited one of
		// its cohort
		assertThat(value.value()).isGreaterThan(this.values.value("US1000002").value());
		assertThat(value.percentile()).isGreaterThan(this.values.value("US1000002").percentile());
	}

	@Test
	void unknownPatentsAndStubsAreNotFoundAndGibberishIsRejected() {
		assertThatThrownBy(() -> this.values.value("US9999999")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.values.value("US1234567")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.values.value("not a number")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPortfolioSumsTheValuesOfWhatTheGroupHoldsNowByCpcArea() {
		Portfolio portfolio = this.values.portfolio("acme");
		assertThat(portfolio.patents()).isEqualTo(4);
		assertThat(portfolio.valued()).isEqualTo(4);
		assertThat(portfolio.areas()).extracting(Portfolio.Area::cpc).containsExactlyInAnyOrder("H04N", "G06F");
		Portfolio.Area video = portfolio.areas().stream().filter(a -> a.cpc().equals("H04N")).findFirst().orElseThrow();
		assertThat(video.patents()).isEqualTo(3);
		assertThat(video.title()).startsWith("Pictorial communication");
		assertThat(video.top().get(0).number()).isEqualTo("US1000001");
		double sum = List.of("US1000001", "US1000002", "US1000003")
			.stream()
			.mapToDouble(n -> this.values.value(n).value())
			.sum();
		assertThat(video.totalValue()).isCloseTo(sum, within(0.001));
		assertThat(portfolio.totalValue())
			.isCloseTo(portfolio.areas().stream().mapToDouble(Portfolio.Area::totalValue).sum(), within(0.001));
		// OldCo assigned its patent away: nothing held now
		assertThat(this.values.portfolio("oldco").patents()).isZero();
		assertThatThrownBy(() -> this.values.portfolio("nobody")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theBatchStoresEveryDescribedPatentsValueAsProperties() {
		ValueService.BatchReport report = this.values.storeAll();
		assertThat(report.patents()).isEqualTo(5);
		assertThat(Counts.of("MATCH (p:Patent) WHERE p.value IS NOT NULL RETURN count(p)")).isEqualTo(5);
		assertThat(Counts.of("MATCH (p:Patent {stub: true}) WHERE p.value IS NOT NULL RETURN count(p)")).isZero();
		double stored = this.neo4j.query("MATCH (p:Patent {number: 'US1000001'}) RETURN p.value AS v")
			.fetchAs(Double.class)
			.one()
			.orElseThrow();
		assertThat(stored).isEqualTo(this.values.value("US1000001").value());
		// running it again rewrites, it does not add
		this.values.storeAll();
		assertThat(Counts.of("MATCH (p:Patent) WHERE p.value IS NOT NULL RETURN count(p)")).isEqualTo(5);
	}

}
