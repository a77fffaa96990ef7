package org.ipgraph.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProviderRankerTest {

	static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

	static Matter defense(String id, String cpc, LocalDate on, String court, String outcome) {
		return new Matter("case", id, "defendant", "civil", on, court, outcome, List.of(cpc), List.of("globex"),
				"uspto-oce");
	}

	static Matter plaintiff(String id, String cpc, LocalDate on) {
		return new Matter("case", id, "plaintiff", "civil", on, "txed", null, List.of(cpc), List.of("acme"),
				"uspto-oce");
	}

	static ProviderNode firm(String id, String kind, Matter... matters) {
		return new ProviderNode("Organization", id, id, Set.of(kind), null, List.of(matters));
	}

	static ProviderQuery query(Need need, String cpc, String region) {
		return new ProviderQuery(need, cpc, region, TODAY, false, 10);
	}

	@Test
	void theAreaSpecialistOnTheDefenseSideComesFirstWithItsReasonsAndEvidence() {
		LocalDate d = LocalDate.of(2022, 5, 1);
		ProviderNode video = firm("video defense", "law_firm", defense("c1", "H04N", d, "txed", null),
				defense("c2", "H04N", d, "txed", null));
		ProviderNode pharma = firm("pharma defense", "law_firm", defense("c3", "A61K", d, "ded", null),
				defense("c4", "A61K", d, "ded", null));
		ProviderNode assertion = firm("assertion shop", "law_firm", plaintiff("c5", "H04N", d),
				plaintiff("c6", "H04N", d), plaintiff("c7", "H04N", d));
		ProviderRanker.Ranking ranking = ProviderRanker.rank(List.of(pharma, assertion, video),
				query(Need.LITIGATION_DEFENSE, "H04N19/70", null), 3);
		assertThat(ranking.providers()).extracting(ProviderReport.RankedProvider::id)
			.containsExactly("video defense", "pharma defense", "assertion shop");
		ProviderReport.RankedProvider first = ranking.providers().get(0);
		assertThat(first.components()).containsEntry("area", 1.0).containsEntry("side", 1.0);
		assertThat(first.reasons()).anyMatch(r -> r.contains("area H04N19/70: 2 of its 2"));
		assertThat(first.evidence()).extracting(ProviderReport.Evidence::id).containsExactly("c1", "c2");
		assertThat(first.trackRecord().cases()).containsEntry("defendant", 2);
		assertThat(first.trackRecord().clients()).extracting(ProviderReport.Count::key).containsExactly("globex");
		// the plaintiffs' firm has no defense matter: listed for its kind, last
		assertThat(ranking.providers().get(2).components()).containsEntry("side", 0.0);
		// for licensing the order turns
		assertThat(ProviderRanker.rank(List.of(pharma, assertion, video), query(Need.LICENSING, "H04N", null), 3)
			.providers()
			.get(0)
			.id()).isEqualTo("assertion shop");
	}

	@Test
	void outcomesRecencyAndRegionMoveTheRank() {
		ProviderNode winner = firm("winner", "law_firm",
				defense("a", "G06F", LocalDate.of(2023, 1, 1), "txed", "judgment for defendant"));
		ProviderNode loser = firm("loser", "law_firm",
				defense("b", "G06F", LocalDate.of(2023, 1, 1), "txed", "judgment for plaintiff"));
		List<ProviderReport.RankedProvider> ranked = ProviderRanker
			.rank(List.of(loser, winner), query(Need.LITIGATION_DEFENSE, null, null), 3)
			.providers();
		assertThat(ranked).extracting(ProviderReport.RankedProvider::id).containsExactly("winner", "loser");
		assertThat(ranked.get(0).components().get("outcomes")).isGreaterThan(0.6);
		assertThat(ranked.get(1).components().get("outcomes")).isLessThan(0.4);
		ProviderNode old = firm("old", "law_firm", defense("c", "G06F", LocalDate.of(2005, 1, 1), "ded", null));
		ProviderNode recent = firm("recent", "law_firm", defense("d", "G06F", LocalDate.of(2023, 6, 1), "ded", null));
		assertThat(ProviderRanker.rank(List.of(old, recent), query(Need.LITIGATION_DEFENSE, null, null), 3)
			.providers()
			.get(0)
			.id()).isEqualTo("recent");
		ProviderNode delaware = firm("delaware", "law_firm",
				defense("e", "G06F", LocalDate.of(2023, 1, 1), "ded", null));
		ProviderNode texas = firm("texas", "law_firm", defense("f", "G06F", LocalDate.of(2023, 1, 1), "txed", null));
		assertThat(ProviderRanker.rank(List.of(delaware, texas), query(Need.LITIGATION_DEFENSE, null, "txed"), 3)
			.providers()
			.get(0)
			.id()).isEqualTo("texas");
	}

	@Test
	void heldOutRankingSeesOnlyWhatCameBeforeTheCut() {
		ProviderNode early = firm("early", "law_firm", defense("a", "G06F", LocalDate.of(2015, 1, 1), "txed", null));
		ProviderNode late = firm("late", "law_firm", defense("b", "G06F", LocalDate.of(2020, 1, 1), "txed", null),
				defense("c", "G06F", LocalDate.of(2020, 2, 1), "txed", null), new Matter("case", "undated", "defendant",
						"civil", null, "txed", null, List.of("G06F"), List.of(), "uspto-oce"));
		ProviderQuery heldOut = new ProviderQuery(Need.LITIGATION_DEFENSE, "G06F", null, LocalDate.of(2018, 1, 1), true,
				10);
		List<ProviderReport.RankedProvider> ranked = ProviderRanker.rank(List.of(early, late), heldOut, 3).providers();
		// the late firm is known only from after the cut: not a candidate, whatever its
		// kind
		assertThat(ranked).extracting(ProviderReport.RankedProvider::id).containsExactly("early");
		assertThat(ProviderRanker.byPopularity(List.of(early, late), heldOut)).containsExactly("early");
	}

	@Test
	void providersWithoutTrackRecordOrFittingKindAreLeftOutAndNeedsAreChecked() {
		ProviderNode bank = firm("bank", "bank");
		ProviderNode evaluator = new ProviderNode("Organization", "valuers", "Valuers", Set.of("evaluator"), null,
				List.of(new Matter("text", "e1", "evaluator", "text", null, null, null, List.of(), List.of(),
						"\"Valuers appraised the portfolio.\"")));
		ProviderRanker.Ranking valuation = ProviderRanker.rank(List.of(bank, evaluator, firm("law", "law_firm")),
				query(Need.VALUATION, null, null), 3);
		assertThat(valuation.candidates()).isEqualTo(2);
		assertThat(valuation.providers().get(0).id()).isEqualTo("valuers");
		assertThat(valuation.providers().get(0).evidence().get(0).source()).contains("appraised the portfolio");
		assertThat(valuation.providers().get(1).reasons().get(0)).startsWith("no track record for valuation");
		assertThat(Need.of("Litigation_Defense")).isEqualTo(Need.LITIGATION_DEFENSE);
		assertThatIllegalArgumentException().isThrownBy(() -> Need.of("divorce"))
			.withMessageContaining("litigation-defense, prosecution, valuation, licensing");
	}

	@Test
	void outcomesAreReadForTheProvidersSide() {
		assertThat(Outcomes.forSide("Judgment for defendant", "defendant")).isEqualTo(1);
		assertThat(Outcomes.forSide("Judgment for defendant", "plaintiff")).isEqualTo(-1);
		assertThat(Outcomes.forSide("final written decision: all challenged claims unpatentable", "petitioner"))
			.isEqualTo(1);
		assertThat(Outcomes.forSide("institution denied", "petitioner")).isEqualTo(-1);
		assertThat(Outcomes.forSide("institution denied", "patent_owner")).isEqualTo(1);
		assertThat(Outcomes.forSide("settled", "defendant")).isZero();
		assertThat(Outcomes.forSide(null, "defendant")).isZero();
		assertThat(Outcomes.forSide("dismissed", "correspondent")).isZero();
	}

}
