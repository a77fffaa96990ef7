package org.ipgraph.nlp.training;

import java.util.List;

import org.ipgraph.nlp.training.LitigationEvaluation.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the litigation evaluation matches parties and counts pairs (the figures themselves
 * come from {@code ipgraph nlp evaluate}).
 */
class NlpLitigationEvaluationTest {

	@Test
	void aPartyMatchesByPlainKeyOrFirstWords() {
		assertThat(LitigationEvaluation.sameParty("IPXL Holdings", "IPXL Holdings, LLC")).isTrue();
		assertThat(LitigationEvaluation.sameParty("Medeva", "Medeva plc")).isTrue();
		assertThat(LitigationEvaluation.sameParty("US Wi-LAN", "Wi-LAN")).isFalse();
		assertThat(LitigationEvaluation.sameParty("Sun", "Sun Microsystems")).isTrue();
		assertThat(LitigationEvaluation.sameParty("Sun", "Samsung")).isFalse();
	}

	@Test
	void pairsCountWithTheirRoles() {
		AnnotatedSets.Litigation fact = new AnnotatedSets.Litigation(List.of("Timeline"), List.of("Oracle", "Sagent"),
				"", "US", "", "", List.of(), "unknown", List.of(), List.of(), null);
		AnnotatedSets.Litigation oneSided = new AnnotatedSets.Litigation(List.of(), List.of("Dan Brown"), "", "GB", "",
				"", List.of(), "unknown", List.of(), List.of(), null);
		AnnotatedSets.Page page = new AnnotatedSets.Page(AnnotatedSets.FFII, "p", "eng", "litigation", "dev", "", 0, 0,
				List.of(), List.of(), List.of(fact, oneSided));
		List<Pair> read = List.of(new Pair("Timeline", "Oracle"), new Pair("Sagent", "Timeline"));
		LitigationEvaluation.Figures figures = LitigationEvaluation.figures(List.of(page), List.of(read));
		assertThat(figures.goldPairs()).isEqualTo(2);
		assertThat(figures.facts()).isEqualTo(2);
		assertThat(figures.goldPairsFound()).isEqualTo(1);
		assertThat(figures.correctPairs()).isEqualTo(1);
		assertThat(figures.pairRecall()).isEqualTo(0.5);
		assertThat(figures.precision()).isEqualTo(0.5);
	}

}
