package org.ipgraph.nlp.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.nlp.linking.EntityLinker;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.Link;
import org.ipgraph.nlp.linking.LinkIndex;
import org.ipgraph.test.SharedData;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency list built from the real PatentsView files, and the linker over it.
 */
class NlpAgencyLinkingTest {

	static AgencyList agencies;

	static EntityLinker linker;

	@BeforeAll
	static void build() {
		Path data = SharedData.path("patentsview-gov-interest").getParent();
		agencies = AgencyList.build(data, List.of("Small Business Innovation Research", "Advanced Technology Program"),
				raw -> true);
		LinkIndex index = new LinkIndex();
		agencies.entities().forEach(index::add);
		linker = new EntityLinker(index, EntityLinker.Settings.DEFAULT);
	}

	@Test
	void foldsHierarchyNamesIntoThePatentsViewCleanNames() {
		AgencyList.Agency navy = agencies.agencies()
			.stream()
			.filter(a -> a.name.equals("Navy"))
			.findFirst()
			.orElseThrow();
		assertThat(navy.aliases).contains("Department of the Navy");
		assertThat(agencies.agencies()).hasSizeGreaterThan(400);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Office of Naval Research                   | Office of Naval Research
			ONR                                        | Office of Naval Research
			the U.S. Office of Naval Research          | Office of Naval Research
			DARPA                                      | Defense Advanced Research Projects Agency
			Department of the Navy                     | Navy
			U.S. Army                                  | Army
			Nhlbi                                      | National Heart, Lung, and Blood Institute
			NIST                                       | National Institute of Standards and Technology
			Naval Surface Warfare Center Crane         | Naval Surface Warfare Center
			Defense Advanced Research Projects Agnecy  | Defense Advanced Research Projects Agency
			""")
	void linksRealAgencyNames(String raw, String clean) {
		Link link = linker.link(new org.ipgraph.nlp.Mention(org.ipgraph.nlp.EntityType.ORGANIZATION, raw, 0, 0, 1, 0,
				raw.length(), 0.9, "ner"), new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.status()).as(raw).isEqualTo(Link.Status.LINKED);
		assertThat(link.entity().name()).as(raw).isEqualTo(clean);
	}

	@Test
	void doesNotLinkACompanyToAnAgency() {
		Link link = linker.organization("Acme Battery Systems");
		assertThat(link.status()).isNotEqualTo(Link.Status.LINKED);
	}

	@Test
	void listsProgramsAsFundsNotAgencies() {
		List<KnownEntity> entities = agencies.entities();
		assertThat(entities).filteredOn(e -> e.name().equals("Small Business Innovation Research"))
			.extracting(KnownEntity::label)
			.containsOnly("Fund");
	}

}
