package org.ipgraph.evaluation.experts;

import java.util.List;
import java.util.Map;

import org.ipgraph.evaluation.Metrics;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.experts.PersonResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResolutionQualityTest {

	@Test
	void countsPairsInOneGoldAndOnePredictedCluster() {
		// gold {a,b,c} {d}; predicted {a,b} {c,d}: pairs ab true, cd false, ac and bc missed
		Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
		Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
		Metrics.Prf prf = ResolutionQuality.pairwise(gold, predicted);
		assertThat(prf.truePositives()).isEqualTo(1);
		assertThat(prf.falsePositives()).isEqualTo(1);
		assertThat(prf.falseNegatives()).isEqualTo(2);
	}

	@Test
	void aMentionMissingFromThePredictionIsItsOwnCluster() {
		Metrics.Prf prf = ResolutionQuality.pairwise(Map.of("a", "1", "b", "1"), Map.of());
		assertThat(prf.truePositives()).isZero();
		assertThat(prf.falseNegatives()).isEqualTo(1);
	}

	@Test
	void linksBenchmarkMentionsOfOneInventorWithASharedCoInventor() {
		PatentRecord first = PatentRecord.builder(PatentNumber.parse("US5000001", "US").orElseThrow())
			.inventor(Party.person(new PersonName("Nancy L.", "Allbritton")))
			.inventor(Party.person(new PersonName("Mark", "Wightman")))
			.build();
		PatentRecord second = PatentRecord.builder(PatentNumber.parse("US5000002", "US").orElseThrow())
			.inventor(Party.person(new PersonName("Mark", "Wightman")))
			.inventor(Party.person(new PersonName("Nancy", "Allbritton")))
			.build();
		PersonResolver.Resolution resolution = new PersonResolver()
			.resolve(ResolutionQuality.mentions(List.of(first, second)));
		assertThat(resolution.identityOf("US5000002-1")).isEqualTo(resolution.identityOf("US5000001-0"));
		assertThat(resolution.identityOf("US5000002-0")).isEqualTo(resolution.identityOf("US5000001-1"));
		assertThat(resolution.identityOf("US5000001-0")).isNotEqualTo(resolution.identityOf("US5000001-1"));
	}

}
