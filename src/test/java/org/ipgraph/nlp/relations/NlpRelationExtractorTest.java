package org.ipgraph.nlp.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipgraph.nlp.TextAnalyzer;
import org.ipgraph.nlp.linking.ReferenceData;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.linking.LinkIndex;
import org.ipgraph.nlp.Fact;
import org.ipgraph.nlp.linking.EntityLinker;
import org.ipgraph.nlp.DocumentAnalysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relation rules on real sentences, read by the shipped models: federal-funding
 * statements from USPTO grant text, and plain statements of well-known transactions,
 * lawsuits and roles.
 */
class NlpRelationExtractorTest {

	static TextAnalyzer analyzer;

	@BeforeAll
	static void load() {
		ModelFiles files = ModelFiles.packaged();
		LinkIndex index = new LinkIndex();
		ReferenceData.load(files).forEach(index::add);
		analyzer = new TextAnalyzer(new NlpPipeline(NlpModels.load(files), 1, 0.5),
				new EntityLinker(index, EntityLinker.Settings.DEFAULT));
	}

	@Test
	void aFundingStatementMakesThePatentFundedByTheAgencyWithItsGrantNumber() {
		DocumentAnalysis analysis = analyze("This invention was made with Government support under Grant No. "
				+ "DE-FG02-00ER82948, awarded by the Department of Energy. The government has certain rights in the "
				+ "invention.", new NodeRef("Patent", "US7000001", "US7000001", Map.of()));
		Fact funded = fact(analysis, "FUNDED_BY");
		assertThat(funded.from().id()).isEqualTo("US7000001");
		assertThat(funded.to().id()).isEqualTo("fund:department of energy");
		assertThat(funded.properties()).containsEntry("grantNumbers", List.of("DE-FG02-00ER82948"));
		Fact issued = fact(analysis, "ISSUED");
		assertThat(issued.from().id()).isEqualTo("department of energy");
		assertThat(issued.to().id()).isEqualTo("fund:department of energy");
		assertThat(analysis.text().text().substring(funded.start(), funded.end())).startsWith("Department of Energy");
		assertThat(funded.extractor()).isEqualTo("rule:funding");
		assertThat(funded.confidence()).isBetween(0.5, 1.0);
	}

	@Test
	void theOrganizationAnAgencyAwardsAGrantIsFundedByIt() {
		DocumentAnalysis analysis = analyze("The Small Business Administration awarded Acme Robotics Inc. a $2 million "
				+ "SBIR Phase II grant to develop low-power gait sensors for elderly care.", null);
		Fact funded = fact(analysis, "FUNDED_BY");
		assertThat(funded.from().id()).isEqualTo("acme robotics");
		assertThat(funded.to().id()).isEqualTo("fund:small business innovation research");
		assertThat(funded.properties()).containsEntry("amount", 2000000.0);
	}

	@Test
	void everyGrantNumberGoesToItsFunder() {
		DocumentAnalysis analysis = analyze("This invention was made with government support under Grant Numbers "
				+ "AI056472, CA77664, and HG001399 awarded by the National Institute of Health. The government has "
				+ "certain rights in this invention.", new NodeRef("Patent", "US7000002", "US7000002", Map.of()));
		assertThat(fact(analysis, "FUNDED_BY").properties()).containsEntry("grantNumbers",
				List.of("AI056472", "CA77664", "HG001399"));
	}

	@Test
	void transactionsHaveTheirDirection() {
		DocumentAnalysis acquired = analyze("Google acquired more than 17,000 patents from Motorola Mobility in 2012.",
				null);
		assertThat(fact(acquired, "ACQUIRED_FROM")).satisfies(f -> {
			assertThat(f.from().id()).isEqualTo("google");
			assertThat(f.to().id()).isEqualTo("motorola mobility");
		});
		DocumentAnalysis licensed = analyze("Nokia licensed its cellular patents to Huawei in 2017.", null);
		assertThat(fact(licensed, "LICENSED_TO")).satisfies(f -> {
			assertThat(f.from().id()).isEqualTo("nokia");
			assertThat(f.to().id()).isEqualTo("huawei");
		});
		DocumentAnalysis launched = analyze("Sony and Honda jointly launched a new electric vehicle company in 2022.",
				null);
		assertThat(fact(launched, "PARTNERED_WITH")).satisfies(f -> {
			assertThat(f.from().id()).isEqualTo("sony");
			assertThat(f.to().id()).isEqualTo("honda");
			assertThat(f.properties()).containsEntry("what", "new electric vehicle company in 2022");
		});
	}

	@Test
	void aLawsuitNamesPartiesPatentCourtAndDate() {
		DocumentAnalysis analysis = analyze("Qualcomm sued Apple for infringing U.S. Pat. No. 8,838,949 in the U.S. "
				+ "District Court for the Southern District of California on July 6, 2017.", null);
		Fact plaintiff = fact(analysis, "PLAINTIFF_IN");
		Fact defendant = fact(analysis, "DEFENDANT_IN");
		Fact asserted = fact(analysis, "ASSERTED_IN");
		assertThat(plaintiff.from().id()).isEqualTo("qualcomm");
		assertThat(defendant.from().id()).isEqualTo("apple");
		assertThat(asserted.from().id()).isEqualTo("US8838949");
		assertThat(plaintiff.to().properties()).containsEntry("filedOn", LocalDate.of(2017, 7, 6))
			.containsEntry("court", "U.S. District Court for the Southern District of California")
			.containsEntry("title", "Qualcomm v. Apple");
		assertThat(plaintiff.to().id()).isEqualTo("text:qualcomm v apple:2017");
	}

	@Test
	void suitsAreReadInTheWaysPagesReportThem() {
		DocumentAnalysis filed = analyze(
				"Contoso filed suit in Germany against Fabrikam and Northwind over three of its patents.", null);
		assertThat(parties(filed, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(filed, "DEFENDANT_IN")).containsExactly("Fabrikam", "Northwind");
		assertThat(fact(filed, "PLAINTIFF_IN").to().properties()).containsEntry("country", "DE");
		DocumentAnalysis series = analyze(
				"Contoso announced another series of lawsuits against Fabrikam over its patents on wireless e-mail.",
				null);
		assertThat(parties(series, "DEFENDANT_IN")).containsExactly("Fabrikam");
		DocumentAnalysis court = analyze(
				"Contoso had previously taken Fabrikam to court over the patent on wireless e-mail.", null);
		assertThat(parties(court, "PLAINTIFF_IN")).containsExactly("Contoso");
		DocumentAnalysis victory = analyze(
				"Contoso won a legal victory over Fabrikam in the dispute about its patent on wireless e-mail.", null);
		assertThat(fact(victory, "DEFENDANT_IN").to().properties()).containsEntry("outcome", "won");
		DocumentAnalysis settled = analyze(
				"Northwind settles patent disputes with Contoso, the company said in a statement on Monday.", null);
		assertThat(parties(settled, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(settled, "DEFENDANT_IN")).containsExactly("Northwind");
		assertThat(fact(settled, "PLAINTIFF_IN").to().properties()).containsEntry("outcome", "settled");
		DocumentAnalysis passive = analyze(
				"Fabrikam was sued by Contoso over a patent on wireless e-mail, the company said on Monday.", null);
		assertThat(parties(passive, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(
				analyze("The case Contoso v. Fabrikam was heard by the court in the spring of that year.", null),
				"DEFENDANT_IN"))
			.containsExactly("Fabrikam");
	}

	@Test
	void suitsAreReadFromTheirVerbOrNounAcrossTheWordsBetween() {
		DocumentAnalysis accused = analyze(
				"Last year Contoso accused Fabrikam of infringing four of its patents on wireless charging.", null);
		assertThat(parties(accused, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(accused, "DEFENDANT_IN")).containsExactly("Fabrikam");
		assertThat(analyze("Contoso accused Fabrikam of misleading its shareholders about the merger.", null).facts())
			.noneMatch(f -> f.type().equals("PLAINTIFF_IN"));
		DocumentAnalysis complaint = analyze(
				"Contoso has also filed a complaint against Fabrikam, Northwind and Litware in a federal court.", null);
		assertThat(parties(complaint, "PLAINTIFF_IN")).containsOnly("Contoso");
		assertThat(parties(complaint, "DEFENDANT_IN")).containsExactly("Fabrikam", "Northwind", "Litware");
		DocumentAnalysis agent = analyze(
				"A patent lawsuit filed by Contoso against Fabrikam was heard in the spring of that year.", null);
		assertThat(parties(agent, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(agent, "DEFENDANT_IN")).containsExactly("Fabrikam");
		DocumentAnalysis passive = analyze(
				"Fabrikam said it is being sued in a Dallas court by the licensing company Contoso over two patents.",
				null);
		assertThat(parties(passive, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(passive, "DEFENDANT_IN")).containsExactly("Fabrikam");
		DocumentAnalysis two = analyze("Contoso and Northwind sued Fabrikam over a patent on wireless charging.", null);
		assertThat(parties(two, "PLAINTIFF_IN")).contains("Contoso", "Northwind");
		assertThat(parties(two, "DEFENDANT_IN")).containsOnly("Fabrikam");
	}

	@Test
	void aCaptionWithoutItsDotAndADescribedPassiveAgentNameBothSides() {
		for (String text : List.of("Contoso vs Fabrikam was heard by the court in the spring of that year.",
				"Fabrikam confirmed it is being sued in a Dallas court by US-based software maker Contoso, which "
						+ "claims the company infringed two of its patents.")) {
			DocumentAnalysis analysis = analyze(text, null);
			assertThat(parties(analysis, "PLAINTIFF_IN")).as(text).containsExactly("Contoso");
			assertThat(parties(analysis, "DEFENDANT_IN")).as(text).containsExactly("Fabrikam");
		}
	}

	@Test
	void aNameThatModifiesANounIsNotTheSubjectOfTheSuit() {
		DocumentAnalysis modifier = analyze("Northwind, maker of the Litware mobile device, has just countersued "
				+ "Contoso over its patents on wireless e-mail.", null);
		assertThat(parties(modifier, "DEFENDANT_IN")).doesNotContain("Litware");
		assertThat(parties(modifier, "PLAINTIFF_IN")).doesNotContain("Contoso");
		// the subject itself still countersues
		DocumentAnalysis subject = analyze(
				"Northwind has just countersued Contoso over its patents on wireless e-mail.", null);
		assertThat(parties(subject, "PLAINTIFF_IN")).containsExactly("Contoso");
		assertThat(parties(subject, "DEFENDANT_IN")).containsExactly("Northwind");
	}

	@Test
	void aPronounTakesUpThePlaintiffFromTheSentenceBefore() {
		DocumentAnalysis analysis = analyze(
				"Acacia Research Corporation bought a portfolio of patents on video "
						+ "streaming in 2005. It filed lawsuits against Fabrikam, Northwind and Litware a year later.",
				null);
		assertThat(parties(analysis, "PLAINTIFF_IN")).containsOnly("Acacia Research Corporation");
		assertThat(parties(analysis, "DEFENDANT_IN")).containsExactly("Fabrikam", "Northwind", "Litware");
		// a sentence that names its own subject does not take one up
		assertThat(parties(
				analyze("Acacia Research Corporation bought a portfolio of patents on video streaming in "
						+ "2005. Fabrikam later filed a lawsuit against Northwind over a contract.", null),
				"PLAINTIFF_IN"))
			.containsOnly("Fabrikam");
	}

	@Test
	void aSuitDeniedOrOnlyThreatenedIsNoCase() {
		assertThat(analyze("Contoso said that it will not sue Fabrikam over its patents on wireless e-mail this year.",
				null)
			.facts()).noneMatch(f -> f.type().equals("PLAINTIFF_IN"));
		assertThat(analyze("Contoso threatened to sue Fabrikam over its patents on wireless e-mail this year.", null)
			.facts()).noneMatch(f -> f.type().equals("PLAINTIFF_IN"));
	}

	@Test
	void aDocketNumberWithItsCourtKeysTheCaseAsDocketRecordsDo() {
		DocumentAnalysis analysis = analyze(
				"Contoso sued Fabrikam in the Eastern District of Texas, No. 2:15-cv-01234 (E.D. Tex.).", null);
		assertThat(fact(analysis, "PLAINTIFF_IN").to().id()).isEqualTo("txed:2:15-cv-01234");
	}

	private static List<String> parties(DocumentAnalysis analysis, String type) {
		return analysis.facts().stream().filter(f -> f.type().equals(type)).map(f -> f.from().name()).toList();
	}

	@Test
	void aPolicyIsIssuedOnADateForARegion() {
		DocumentAnalysis analysis = analyze(
				"The China National Intellectual Property Administration issued the Patent "
						+ "Transformation Special Action Plan on October 17, 2023 to support universities in Jiangsu.",
				null);
		Fact issued = fact(analysis, "ISSUED");
		assertThat(issued.from().id()).isEqualTo("china national intellectual property administration");
		assertThat(issued.to().id()).isEqualTo("policy:patent transformation special action plan");
		assertThat(issued.properties()).containsEntry("on", LocalDate.of(2023, 10, 17));
		assertThat(analysis.facts()).filteredOn(f -> f.type().equals("TARGETS"))
			.extracting(Fact::properties)
			.contains(Map.of("region", "Jiangsu"));
	}

	@Test
	void peopleHaveRolesAndTopics() {
		DocumentAnalysis analysis = analyze("Tim Cook, chief executive officer of Apple, announced the results.", null);
		Fact role = fact(analysis, "AFFILIATED_WITH");
		assertThat(role.from().id()).isEqualTo("person:tim cook@apple");
		assertThat(role.to().id()).isEqualTo("apple");
		assertThat(role.properties()).containsEntry("role", "chief executive officer");
		DocumentAnalysis expert = analyze("Jennifer Doudna works on gene editing at the University of California.",
				null);
		assertThat(fact(expert, "EXPERT_IN").properties()).containsEntry("topic", "gene editing");
	}

	@Test
	void descriptionsOfPatentAssertionAndLicensingCompaniesAreRead() {
		assertThat(described("Acacia Research Corporation, a patent assertion entity, filed another suit."))
			.containsEntry("Acacia Research Corporation", NpeDescriptionRule.ASSERTION);
		assertThat(described("Intellectual Ventures is a patent licensing company based in Bellevue."))
			.containsEntry("Intellectual Ventures", NpeDescriptionRule.LICENSING);
		assertThat(
				described("The case was brought by patent troll Acacia Research Corporation against a small retailer."))
			.containsValue(NpeDescriptionRule.ASSERTION);
		assertThat(described("Lodsys has sued dozens of app developers over in-app purchases."))
			.containsValue(NpeDescriptionRule.SUES_MANY);
		// negated, or a description of someone else
		assertThat(described("Intellectual Ventures is not a patent troll, its founder said.")).isEmpty();
		assertThat(described("Microsoft licensed the patents to Nokia, a phone maker.")).isEmpty();
	}

	@Test
	void descriptionPhrasesNextToTheName() {
		assertThat(NpeDescriptionRule.after(", a non-practicing entity based in Texas"))
			.isEqualTo(NpeDescriptionRule.ASSERTION);
		assertThat(NpeDescriptionRule.after(" is one of the largest patent licensing firms"))
			.isEqualTo(NpeDescriptionRule.LICENSING);
		assertThat(NpeDescriptionRule.after(" has filed lawsuits against more than 100 companies"))
			.isEqualTo(NpeDescriptionRule.SUES_MANY);
		assertThat(NpeDescriptionRule.after(" sued Apple in Texas")).isNull();
		assertThat(NpeDescriptionRule.after(" is a maker of phones and a licensing company's target")).isNull();
		assertThat(NpeDescriptionRule.after(" is not a non-practicing entity")).isNull();
		assertThat(NpeDescriptionRule.before("a suit filed by the patent troll "))
			.isEqualTo(NpeDescriptionRule.ASSERTION);
		assertThat(NpeDescriptionRule.before("customers of ")).isNull();
	}

	private static java.util.Map<String, Object> described(String text) {
		java.util.Map<String, Object> described = new java.util.LinkedHashMap<>();
		analyze(text, null).facts()
			.stream()
			.filter(f -> f.type().equals("DESCRIBED_AS"))
			.forEach(f -> described.put(f.from().name(), f.properties().get("description")));
		return described;
	}

	private static DocumentAnalysis analyze(String text, NodeRef subject) {
		return analyzer.analyze(text, subject);
	}

	private static Fact fact(DocumentAnalysis analysis, String type) {
		List<Fact> facts = analysis.facts().stream().filter(f -> f.type().equals(type)).toList();
		assertThat(facts).as(type + " in " + analysis.facts() + " from " + analysis.mentions()).isNotEmpty();
		return facts.get(0);
	}

}
