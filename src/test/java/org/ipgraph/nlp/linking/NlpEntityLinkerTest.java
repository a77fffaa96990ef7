package org.ipgraph.nlp.linking;

import java.util.List;
import java.util.Map;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.Link;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.EntityType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NlpEntityLinkerTest {

	LinkIndex index;

	EntityLinker linker;

	@BeforeEach
	void index() {
		this.index = new LinkIndex();
		this.index.add(organization("office of naval research", "Office of Naval Research", List.of(), "reference"));
		this.index.add(organization("state intellectual property office", "State Intellectual Property Office",
				List.of(), "graph"));
		this.index.add(organization("defense advanced research projects agency",
				"Defense Advanced Research Projects Agency", List.of(), "reference"));
		this.index.add(organization("army research office", "Army Research Office", List.of(), "reference"));
		this.index.add(organization("agricultural research organization", "Agricultural Research Organization",
				List.of(), "graph"));
		this.index.add(organization("national aeronautics and space administration",
				"National Aeronautics and Space Administration", List.of("NASA"), "reference"));
		this.index.add(organization("navy", "Navy", List.of(), "reference", "Department of the Navy"));
		this.index.add(new KnownEntity("Fund", "fund:small business innovation research",
				"Small Business Innovation Research", null, List.of("SBIR"), List.of(), "reference"));
		this.linker = new EntityLinker(this.index, EntityLinker.Settings.DEFAULT);
	}

	@Test
	void linksAcronymsToTheirLongNames() {
		assertLinked("ONR", "office of naval research", "initials");
		assertLinked("SIPO", "state intellectual property office", "initials");
		assertLinked("NASA", "national aeronautics and space administration", "acronym");
	}

	@Test
	void linksNamesWrittenWithCountryAndArticle() {
		assertLinked("the U.S. Office of Naval Research", "office of naval research", "variant");
		assertLinked("United States Navy", "navy", "variant");
		assertLinked("Department of the Navy", "navy", "exact");
	}

	@Test
	void linksTyposAboveTheFuzzyThreshold() {
		assertLinked("Defense Advanced Research Projects Agnecy", "defense advanced research projects agency", "fuzzy");
	}

	@Test
	void usesTheAcronymTheDocumentDefines() {
		EntityLinker.DocumentContext context = new EntityLinker.DocumentContext(Map.of("ARO", "Army Research Office"));
		Link link = this.linker.link(mention(EntityType.ORGANIZATION, "ARO"), context);
		assertThat(link.status()).isEqualTo(Link.Status.LINKED);
		assertThat(link.entity().id()).isEqualTo("army research office");
		assertThat(link.method()).isEqualTo("document-acronym");
	}

	@Test
	void keepsAnAmbiguousAcronymWithItsCandidates() {
		Link link = this.linker.link(mention(EntityType.ORGANIZATION, "ARO"),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.status()).isEqualTo(Link.Status.AMBIGUOUS);
		assertThat(link.entity()).isNull();
		assertThat(link.candidates()).extracting(c -> c.entity().id())
			.containsExactly("agricultural research organization", "army research office");
	}

	@Test
	void createsANodeOnlyWhenNothingMatches() {
		Link link = this.linker.link(mention(EntityType.ORGANIZATION, "Acme Widgets Inc."),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.status()).isEqualTo(Link.Status.NEW);
		assertThat(link.entity().id()).isEqualTo("acme widgets");
		Link again = this.linker.link(mention(EntityType.ORGANIZATION, "ACME WIDGETS"),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(again.status()).isEqualTo(Link.Status.LINKED);
		assertThat(again.entity().id()).isEqualTo("acme widgets");
	}

	@Test
	void aNameWrappedOverLinesIsOneName() {
		assertLinked("Office of\n   Naval Research", "office of naval research", "exact");
		Link link = this.linker.link(mention(EntityType.POLICY, "Geneva\nDeclaration"),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.entity().name()).isEqualTo("Geneva Declaration");
	}

	@Test
	void linksProgramsByNameAndAcronym() {
		Link byAcronym = this.linker.link(mention(EntityType.FUND, "SBIR"), new EntityLinker.DocumentContext(Map.of()));
		Link byName = this.linker.link(mention(EntityType.FUND, "Small Business Innovation Research Phase II"),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(byAcronym.entity().id()).isEqualTo("fund:small business innovation research");
		assertThat(byName.entity().id()).isEqualTo("fund:small business innovation research");
	}

	@Test
	void generalReferencesToTheGovernmentLinkToNothing() {
		Link link = this.linker.link(mention(EntityType.ORGANIZATION, "United States Government"),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.status()).isEqualTo(Link.Status.UNLINKED);
	}

	@Test
	void readsPatentNumbersAsTheGraphKeysThem() {
		Link link = this.linker.link(mention(EntityType.PATENT_NUMBER, "U.S. Pat. No. 7,654,321"),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.entity().label()).isEqualTo("Patent");
		assertThat(link.entity().id()).isEqualTo("US7654321");
	}

	private void assertLinked(String text, String id, String method) {
		Link link = this.linker.link(mention(EntityType.ORGANIZATION, text),
				new EntityLinker.DocumentContext(Map.of()));
		assertThat(link.status()).as(text).isEqualTo(Link.Status.LINKED);
		assertThat(link.entity().id()).as(text).isEqualTo(id);
		assertThat(link.method()).as(text).isEqualTo(method);
	}

	static Mention mention(EntityType type, String text) {
		return new Mention(type, text, 0, 0, 1, 0, text.length(), 0.9, "ner");
	}

	static KnownEntity organization(String id, String name, List<String> acronyms, String origin, String... aliases) {
		return new KnownEntity("Organization", id, name, "government_agency", acronyms, List.of(aliases), origin);
	}

}
