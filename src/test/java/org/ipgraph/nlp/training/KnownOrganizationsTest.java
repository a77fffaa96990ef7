package org.ipgraph.nlp.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.linking.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the organizations list derived from the patent data.
 */
class KnownOrganizationsTest {

	@Test
	void legalFormsGoAndCapitalsBecomeTitleCase() {
		assertThat(KnownOrganizations.shortName("Nokia Corporation")).isEqualTo("Nokia");
		assertThat(KnownOrganizations.shortName("Rapidsos, Inc.")).isEqualTo("Rapidsos");
		assertThat(KnownOrganizations.shortName("Samsung Electronics Co., Ltd.")).isEqualTo("Samsung Electronics");
		assertThat(KnownOrganizations.shortName("Siemens AG")).isEqualTo("Siemens");
		assertThat(KnownOrganizations.shortName("Limited")).isEqualTo("Limited");
		assertThat(KnownOrganizations.shortName("Nokia Technologies Oy")).isEqualTo("Nokia Technologies");
		assertThat(KnownOrganizations.caseOf("THALES SA")).isEqualTo("Thales Sa");
		assertThat(KnownOrganizations.shortName(KnownOrganizations.caseOf("THALES SA"))).isEqualTo("Thales");
		assertThat(KnownOrganizations.caseOf("BAE SYSTEMS PLC")).isEqualTo("BAE Systems Plc");
		assertThat(KnownOrganizations.caseOf("InterDigital")).isEqualTo("InterDigital");
		assertThat(KnownOrganizations.withoutCountry("Motorola Mobility UK")).isEqualTo("Motorola Mobility");
		assertThat(KnownOrganizations.withoutCountry("Motorola Mobility España")).isEqualTo("Motorola Mobility");
		assertThat(KnownOrganizations.withoutCountry("Samsung Electronics Germany")).isEqualTo("Samsung Electronics");
		assertThat(KnownOrganizations.withoutCountry("Bank of China")).isEqualTo("Bank of China");
		assertThat(KnownOrganizations.withoutCountry("Telecom Italia")).isEqualTo("Telecom Italia");
	}

	@Test
	void lowerCaseWordsAreCountedOutsideUrls() {
		Map<String, Integer> counts = new HashMap<>();
		KnownOrganizations.countLowerCase(
				"An apple a day; apple pie. See http://www.frontline.com/x and www.apple.com, mail me@apple.com. Apple",
				counts);
		assertThat(counts).containsEntry("apple", 2).doesNotContainKey("frontline").doesNotContainKey("com");
	}

	@Test
	void commonWordsPeopleAndCountriesAreLeftOutAndSpellingsMerge() {
		Map<String, Integer> lower = Map.of("apple", 3, "summit", 7, "frontline", 2, "interdigital", 13);
		KnownOrganizations list = new KnownOrganizations(Set.of("John"), lower);
		list.add("Apple Inc.", 5, "a");
		list.add("Summit", 1, "a");
		list.add("Frontline Ltd", 1, "a");
		list.add("John Smith", 4, "a");
		list.add("John Smith Technologies", 2, "a");
		list.add("Germany", 2, "a");
		list.add("InterDigital, Inc.", 1, "a");
		list.add("NOKIA CORPORATION", 2, "lens");
		list.add("Nokia Corporation", 1, "sso");
		list.add("Nokia Oyj", 1, "sso");
		list.add("Ministry of Economic Affairs", 1, "sso", org.ipgraph.graph.OrganizationKind.GOVERNMENT_AGENCY);
		List<KnownOrganizations.Organization> organizations = list.organizations();
		assertThat(organizations).extracting(KnownOrganizations.Organization::name)
			.containsExactly("Frontline", "InterDigital", "John Smith Technologies", "Ministry of Economic Affairs",
					"Nokia");
		assertThat(organizations).extracting(KnownOrganizations.Organization::kind)
			.containsExactly("company", "company", "company", "government_agency", "company");
		assertThat(list.ambiguous()).containsExactly("Apple", "Summit");
		KnownOrganizations.Organization nokia = organizations.get(4);
		assertThat(nokia.records()).isEqualTo(4);
		assertThat(nokia.sources()).containsExactly("lens", "sso");
		assertThat(nokia.aliases()).containsExactly("Nokia Corporation", "Nokia Oyj");
	}

	@Test
	void theWrittenListIsReadAsReferenceOrganizations(@TempDir Path dir) throws Exception {
		KnownOrganizations list = new KnownOrganizations(Set.of(), Map.of());
		list.add("Intergraph Corporation", 3, "lens");
		list.write(KnownOrganizations.path(dir));
		assertThat(Files.readString(KnownOrganizations.path(dir)))
			.contains("Intergraph\tcompany\t\tIntergraph Corporation");
		// the other lists come from the shipped model files
		List<KnownEntity> loaded = ReferenceData.load(ModelFiles.at(dir));
		assertThat(loaded).filteredOn(e -> e.name().equals("Intergraph")).singleElement().satisfies(e -> {
			assertThat(e.label()).isEqualTo("Organization");
			assertThat(e.aliases()).containsExactly("Intergraph Corporation");
		});
		// the labellers' lists hold neither this list nor the names mined from the pages
		int mined = ReferenceData.agencies(ModelFiles.at(dir), ReferenceData.PAGE_ORGANIZATIONS).size();
		assertThat(mined).isPositive();
		assertThat(ReferenceData.lists(ModelFiles.at(dir))).hasSize(loaded.size() - 1 - mined)
			.noneMatch(e -> e.name().equals("Intergraph"));
	}

}
