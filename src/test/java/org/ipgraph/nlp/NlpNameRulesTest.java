package org.ipgraph.nlp;

import java.util.List;

import org.ipgraph.nlp.linking.Gazetteer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The name rules ({@link NameRules}, {@link DocumentNames}) on tiny texts, without a NER
 * model: what is never a name, policy titles typed by their head, people after a role,
 * names found again in the document, and texts in a language without models.
 */
class NlpNameRulesTest {

	static NlpPipeline pipeline;

	@BeforeAll
	static void load() {
		pipeline = new NlpPipeline(NlpModels.base(), 1, 0.5);
	}

	@AfterAll
	static void close() {
		pipeline.close();
	}

	private static List<Mention> names(String text) {
		return pipeline.annotate(text, new Gazetteer()).mentions();
	}

	@Test
	void pronounsGenericAcronymsAndPatentNumbersAreNoOrganizations() {
		assertThat(names("They said the NPE asserted US 6,075,901 against SAP and the FFII."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "SAP"), tuple(EntityType.ORGANIZATION, "FFII"));
	}

	@Test
	void aPolicyTitleIsTypedByItsHeadWithoutTheLeadingPreposition() {
		assertThat(names("Under the Notice on Supporting the High-quality Development of Small and "
				+ "Medium-sized Enterprises, firms may apply."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.POLICY,
					"Notice on Supporting the High-quality Development of Small and Medium-sized Enterprises"));
		assertThat(names("Congress passed the Small Business Innovation Development Act of 1982 then."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "Congress"),
					tuple(EntityType.POLICY, "Small Business Innovation Development Act of 1982"));
	}

	@Test
	void anAcronymInParenthesesNamesTheSameAndIsFoundAgain() {
		assertThat(names("The European Patent Litigation Agreement (EPLA) was discussed. Critics of EPLA "
				+ "wrote to the TRIPS council."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.POLICY, "European Patent Litigation Agreement"),
					tuple(EntityType.POLICY, "EPLA"), tuple(EntityType.POLICY, "EPLA"),
					tuple(EntityType.POLICY, "TRIPS"));
	}

	@Test
	void aRoleBeforeCapitalizedWordsMakesAPerson() {
		assertThat(names("The founder Linus Torvalds met commissioner Bolkestein. Later Bolkestein left."))
			.extracting(Mention::type, Mention::text)
			.contains(tuple(EntityType.PERSON, "Linus Torvalds"), tuple(EntityType.PERSON, "Bolkestein"))
			.filteredOn(m -> m.equals(tuple(EntityType.PERSON, "Bolkestein")))
			.hasSize(2);
	}

	@Test
	void aTextWithoutModelsKeepsOnlyTheNamesAlreadyKnown() {
		Gazetteer known = new Gazetteer();
		known.add(EntityType.ORGANIZATION, "DPMA");
		AnnotatedText annotated = pipeline.annotate("Das Deutsche Patent- und Markenamt (DPMA) und die Neue "
				+ "Leitstelle für Patentförderung haben heute neue Leitlinien veröffentlicht.", known);
		assertThat(annotated.language()).isEqualTo("deu");
		assertThat(annotated.analyzed()).isFalse();
		assertThat(annotated.mentions()).extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "DPMA"));
	}

}
