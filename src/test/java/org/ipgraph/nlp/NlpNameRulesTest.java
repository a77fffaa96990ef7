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

	/** Names in a plain text (no markup). */
	private static List<Mention> names(String text) {
		return pipeline.annotate(text, new Gazetteer()).mentions();
	}

	/**
	 * Names in a web page's text (Markdown or HTML): the rules for web text apply too.
	 */
	private static List<Mention> page(String text) {
		return pipeline.annotate(text, List.of(), true, new Gazetteer()).mentions();
	}

	@Test
	void aNameFoundIsCompletedByItsComplementOnPlainTextToo() {
		Gazetteer known = new Gazetteer();
		known.add(EntityType.ORGANIZATION, "Federal Ministry");
		String text = "The programme is run by the Federal Ministry for Economic Affairs and Climate Action in Berlin.";
		assertThat(pipeline.annotate(text, known).mentions()).extracting(Mention::type, Mention::text)
			.contains(tuple(EntityType.ORGANIZATION, "Federal Ministry for Economic Affairs and Climate Action"));
		// on plain text the phrase alone, with no name found in it, is still no name
		assertThat(names(text)).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
		// a name that does not end at its head before "for" is not run on
		Gazetteer company = new Gazetteer();
		company.add(EntityType.ORGANIZATION, "Siemens");
		assertThat(pipeline.annotate("Siemens for Economic Affairs and Climate Action wrote.", company).mentions())
			.extracting(Mention::text)
			.containsExactly("Siemens");
	}

	@Test
	void aPageOrPaperWordEndsAnOrganization() {
		String[] tokens = "see the Google News Search and the Nokia Statement or Search".split(" ");
		opennlp.tools.util.Span[] spans = new opennlp.tools.util.Span[tokens.length];
		int at = 0;
		for (int i = 0; i < tokens.length; i++) {
			spans[i] = new opennlp.tools.util.Span(at, at + tokens[i].length());
			at += tokens[i].length() + 1;
		}
		Sentence s = new Sentence(0, 0, at - 1, String.join(" ", tokens), tokens, spans, null, null);
		assertThat(NameRules.checked(organization(s, 2, 5), s).text()).isEqualTo("Google");
		assertThat(NameRules.checked(organization(s, 7, 9), s).text()).isEqualTo("Nokia");
		// the word alone stays as it is: the rule only cuts it off a name
		assertThat(NameRules.checked(organization(s, 10, 11), s).text()).isEqualTo("Search");
		// and a person's name is not cut
		Mention person = new Mention(EntityType.PERSON, s.cover(7, 9), 0, 7, 9, s.charStart(7), s.charEnd(8), 0.9,
				"ner");
		assertThat(NameRules.checked(person, s).text()).isEqualTo("Nokia Statement");
	}

	private static Mention organization(Sentence s, int from, int to) {
		return new Mention(EntityType.ORGANIZATION, s.cover(from, to), 0, from, to, s.charStart(from),
				s.charEnd(to - 1), 0.9, "ner");
	}

	@Test
	void wordsOfAPhraseInCapitalsAreNoAcronyms() {
		assertThat(page("Here is the WRITTEN QUESTION by the FFII to the Commission.")).extracting(Mention::text)
			.doesNotContain("WRITTEN", "QUESTION")
			.contains("FFII");
		assertThat(page("The FFII and EICTA met.")).extracting(Mention::text).contains("FFII", "EICTA");
		// an acronym in the plural names things
		assertThat(page("The FFII says that players of MP3s and the CPUs of PCs infringe.")).extracting(Mention::text)
			.containsExactly("FFII");
		assertThat(NameRules.shouted("the FFII EICTA letter".split(" "), 1)).isTrue();
		assertThat(NameRules.shouted("the FFII and EICTA".split(" "), 1)).isFalse();
		assertThat(NameRules.shouted("the BSA EICTA letter".split(" "), 1)).isFalse();
	}

	@Test
	void pronounsGenericAcronymsAndPatentNumbersAreNoOrganizations() {
		assertThat(page("They said the NPE asserted US 6,075,901 against SAP and the FFII."))
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
		assertThat(page("Congress passed the Small Business Innovation Development Act of 1982 then."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "Congress"),
					tuple(EntityType.POLICY, "Small Business Innovation Development Act of 1982"));
	}

	@Test
	void aNameEndsAtALegalFormADateAPrepositionAfterItAndANumberedDesignation() {
		assertThat(names("Congress passed the Regional Patent Framework in 2011 and the Federal Acquisition "
				+ "Regulation in March 2000."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.POLICY, "Regional Patent Framework"),
					tuple(EntityType.POLICY, "Federal Acquisition Regulation"));
		assertThat(page("The suit against Qdeck Inc. in the Munich Regional Court was filed on 18 October 1991."))
			.extracting(Mention::text)
			.contains("Qdeck Inc.", "Munich Regional Court")
			.noneMatch(text -> text.contains(" in ") || text.contains("October"));
		assertThat(names("Work was done under the Cooperative Agreement N00014-10-C-7029 and the "
				+ "National Key Research and Development Program of China Phase II."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.FUND, "National Key Research and Development Program of China"));
	}

	@Test
	void twoNamesJoinedByAndOrAPrepositionStayTwo() {
		Gazetteer known = new Gazetteer();
		known.add(EntityType.ORGANIZATION, "Office of Technology Licensing");
		known.add(EntityType.ORGANIZATION, "Marshall Space Flight Center");
		known.add(EntityType.FUND, "Searle Scholars Program");
		known.add(EntityType.ORGANIZATION, "Beihang University");
		assertThat(pipeline
			.annotate("Inquiries may be directed to the Office of Technology Licensing of Marshall "
					+ "Space Flight Center. This work was supported by the Searle Scholars Program and by Beihang "
					+ "University.", List.of(), true, known)
			.mentions()).extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "Office of Technology Licensing"),
					tuple(EntityType.ORGANIZATION, "Marshall Space Flight Center"),
					tuple(EntityType.FUND, "Searle Scholars Program"),
					tuple(EntityType.ORGANIZATION, "Beihang University"));
	}

	@Test
	void acronymsInCapitalsAreOrganizationsOnWebPagesOnly() {
		String text = "The inserts are made of ECO or SBR, and the IDT 40 is connected to the CSM board.";
		assertThat(names(text)).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
		assertThat(page("The FFII and EICTA wrote to the Council.")).extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "FFII"), tuple(EntityType.ORGANIZATION, "EICTA"),
					tuple(EntityType.ORGANIZATION, "Council"));
		assertThat(names("The FFII and EICTA wrote to the Council.")).isEmpty();
	}

	@Test
	void anAcronymInParenthesesNamesTheSameAndIsFoundAgain() {
		assertThat(page("The European Patent Litigation Agreement (EPLA) was discussed. Critics of EPLA "
				+ "wrote to the TRIPS council."))
			.extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.POLICY, "European Patent Litigation Agreement"),
					tuple(EntityType.POLICY, "EPLA"), tuple(EntityType.POLICY, "EPLA"),
					tuple(EntityType.POLICY, "TRIPS"));
	}

	@Test
	void aRoleBeforeCapitalizedWordsMakesAPerson() {
		assertThat(page("The founder Linus Torvalds met commissioner Bolkestein. Later Bolkestein left."))
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

	@Test
	void inOtherLanguagesKnownNamesAreFoundInsideCompoundsElisionsAndShortForms() {
		Gazetteer known = new Gazetteer();
		known.add(EntityType.ORGANIZATION, "EPO");
		known.add(EntityType.ORGANIZATION, "Office britannique des brevets");
		AnnotatedText german = pipeline.annotate("Nach Artikel 14 des Beamtenstatus sind die EPO-Mitarbeiter dazu "
				+ "verpflichtet, sich auszuweisen, und der Rat hat das heute bestätigt.", known);
		assertThat(german.language()).isEqualTo("deu");
		assertThat(german.mentions()).extracting(Mention::type, Mention::text)
			.containsExactly(tuple(EntityType.ORGANIZATION, "EPO"), tuple(EntityType.ORGANIZATION, "Rat"));
		AnnotatedText french = pipeline.annotate("Le 5 avril 2005, l'Office britannique des brevets organise des "
				+ "ateliers pour faire le point sur la position de la Commission et du Conseil.", known);
		assertThat(french.language()).isEqualTo("fra");
		assertThat(french.mentions()).extracting(Mention::text)
			.containsExactly("Office britannique des brevets", "Commission", "Conseil");
		// a compound with a body is a name of its own: "EU-Rat" is not "EU" and "Rat"
		known.add(EntityType.ORGANIZATION, "EU");
		assertThat(pipeline
			.annotate("Er vertritt häufig im EU-Rat die Bundesregierung, aber die EU-Politik hat "
					+ "die Delegation heute in Brüssel noch einmal bestätigt.", known)
			.mentions()).extracting(Mention::text).containsExactly("EU");
		// an unknown company glued to a word is still not guessed
		assertThat(pipeline
			.annotate("Die Firma Xylotec-Mitarbeiter und die Leute von Xylotec haben heute "
					+ "keine neuen Leitlinien veröffentlicht, sagte man uns.", known)
			.mentions()).isEmpty();
	}

	@Test
	void onAWebPageAPersonsSpanIsMended() {
		assertThat(page("A summary by Dr. iur. Karl-Friedrich Lenz, professor of European Law, said it. An article "
				+ "by Mr. S. Gregory Boyd says so. May 2004: Richard Allan MP, the spokesman, agreed."))
			.filteredOn(m -> m.type() == EntityType.PERSON)
			.extracting(Mention::text)
			.contains("Karl-Friedrich Lenz", "S. Gregory Boyd", "Richard Allan");
		assertThat(page("The Danish Business Minister Bendt Bendtsen spoke. Even the Commission agreed."))
			.extracting(Mention::type, Mention::text)
			.contains(tuple(EntityType.PERSON, "Bendt Bendtsen"), tuple(EntityType.ORGANIZATION, "Commission"))
			.noneMatch(t -> t.toList().get(1).toString().contains("Minister"));
	}

	@Test
	void onAWebPageTheWordsAroundANameMakeAPersonOrAPartyToASuit() {
		assertThat(page("In May 2004, ePlus filed suit against Ariba. Later ePlus won the case."))
			.filteredOn(m -> m.type() == EntityType.ORGANIZATION)
			.extracting(Mention::text)
			.containsExactly("ePlus", "Ariba", "ePlus");
		assertThat(page("Dimitris Glezos, FFII representative in Greece, commented. The chief counsel Marianne Wier "
				+ "wrote a letter to the Danish parliament."))
			.extracting(Mention::type, Mention::text)
			.contains(tuple(EntityType.PERSON, "Dimitris Glezos"), tuple(EntityType.PERSON, "Marianne Wier"))
			.noneMatch(t -> "Danish".equals(t.toList().get(1)));
		// plain text (patent prose, statutes) keeps to the name finder and the lists
		assertThat(names("In May 2004, ePlus filed suit against Ariba.")).extracting(Mention::text)
			.doesNotContain("ePlus");
	}

}
