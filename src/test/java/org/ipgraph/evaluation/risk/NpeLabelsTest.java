package org.ipgraph.evaluation.risk;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NpeLabelsTest {

	@Test
	void everyCuratedLabelHasASourceAndAReasonAndTheirKeysDoNotCollide() {
		NpeLabels labels = NpeLabels.load();
		assertThat(labels.all()).hasSizeGreaterThan(50);
		assertThat(labels.all()).allSatisfy(l -> {
			assertThat(l.source()).isNotBlank();
			assertThat(l.reason()).isNotBlank();
		});
		assertThat(labels.all().stream().filter(NpeLabels.Label::npe).count()).isGreaterThanOrEqualTo(20);
		int keys = labels.all().stream().mapToInt(l -> l.keys().size()).sum();
		assertThat(labels.byKey()).hasSize(keys);
	}

	@Test
	void namesMatchOrganizationKeysAliasesIncluded() {
		Map<String, NpeLabels.Label> byKey = NpeLabels.load().byKey();
		assertThat(byKey.get("virnetx").npe()).isTrue();
		assertThat(byKey.get("wsou investments").npe()).isTrue();
		assertThat(byKey.get("apple").npe()).isFalse();
		assertThat(byKey.get("samsung elect").npe()).isFalse();
		assertThat(byKey.get("verizon patent licensing").npe()).isFalse();
	}

}
