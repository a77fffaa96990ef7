package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesTest {

	static List<EligibilityRules.Line> lines(String... sentences) {
		List<EligibilityRules.Line> lines = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < sentences.length; i++) {
			lines.add(new EligibilityRules.Line(i, at, at + sentences[i].length(), sentences[i]));
			at += sentences[i].length() + 1;
		}
		return lines;
	}

	static List<String> facts(List<EligibilityFact> facts, String kind) {
		return facts.stream().filter(f -> f.kind().equals(kind)).map(EligibilityFact::value).toList();
	}

	@Test
	void whoMayApplyWhereAndWithWhatSizeComeWithTheirSentence() {
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"The Acme Innovation Fund of the Ministry of Economy gives grants of up to EUR 500,000.",
				"Only small and medium-sized enterprises with fewer than 250 employees established in Germany may apply.",
				"Universities cannot apply on their own."), List.of());
		assertThat(facts(facts, "applicants")).containsExactly("company");
		assertThat(facts(facts, "excluded")).containsExactly("university");
		assertThat(facts(facts, "size")).containsExactly("sme");
		assertThat(facts(facts, "region")).containsExactly("DE");
		assertThat(facts(facts, "instrument")).contains("grant");
		assertThat(facts(facts, "amounts")).containsExactly("EUR 500,000");
		EligibilityFact size = facts.stream().filter(f -> f.kind().equals("size")).findFirst().orElseThrow();
		assertThat(size.detail()).isEqualTo("max-employees=250");
		assertThat(size.sentence()).isEqualTo(1);
		assertThat(size.text()).startsWith("Only small and medium-sized");
	}

	@Test
	void aPreferenceDoesNotExcludeAndExamplesDoNotRestrictFields() {
		List<EligibilityFact> facts = EligibilityRules.read(
				lines("Any business may submit a white paper, but the program favours small businesses.",
						"Proposals may address any area, for example semiconductors or artificial intelligence."),
				List.of());
		assertThat(facts).filteredOn(f -> f.kind().equals("size"))
			.extracting(EligibilityFact::value, EligibilityFact::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("small-business", "preferred"));
		assertThat(facts).filteredOn(f -> f.kind().equals("fields"))
			.allSatisfy(f -> assertThat(f.binding()).isFalse())
			.extracting(EligibilityFact::value)
			.contains("H01L", "G06N");
	}

	@Test
	void issuersAreTheOrganizationsOfSentencesThatIssueAndTheJurisdictionFillsAMissingRegion() {
		String sentence = "The Ministry of Finance issued the Notice on Patent Subsidies in China in March 2021.";
		int at = sentence.indexOf("Ministry of Finance");
		List<EligibilityRules.Name> names = List.of(new EligibilityRules.Name("ORGANIZATION", "Ministry of Finance", 0,
				at, at + 19, "Organization", "ministry of finance"));
		List<EligibilityFact> facts = EligibilityRules.read(lines(sentence, "Patentees receive a subsidy."), names);
		assertThat(facts).filteredOn(f -> f.kind().equals("issuing_body"))
			.extracting(EligibilityFact::value, EligibilityFact::node)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ministry of Finance", "ministry of finance"));
		assertThat(facts).filteredOn(f -> f.kind().equals("region"))
			.extracting(EligibilityFact::value, EligibilityFact::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CN", "jurisdiction"));
		assertThat(facts(facts, "instrument")).contains("subsidy");
		assertThat(facts(facts, "dates")).containsExactly("March 2021");
		// the seat of a body is no jurisdiction (nor a region)
		List<EligibilityFact> seat = EligibilityRules.read(lines("Patentees receive a reduction of the fees.",
				"The court of appeal sits in Luxembourg and the office is seated in Germany."), List.of());
		assertThat(facts(seat, "region")).isEmpty();
		List<EligibilityFact> once = EligibilityRules
			.read(lines("Patentees receive a grant.", "The court of appeal is in Luxembourg."), List.of());
		assertThat(facts(once, "region")).containsExactly("LU");
	}

	@Test
	void whatAnAgencyGivesOrDisseminatesToOthersNamesThemAsRecipients() {
		// rule H, with industry and academia as kinds
		List<EligibilityFact> information = EligibilityRules.read(lines(
				"The Office shall disseminate information on federal technologies to State and local governments and to private industry."),
				List.of());
		assertThat(facts(information, "applicants")).containsExactlyInAnyOrder("government", "company");
		List<EligibilityFact> equipment = EligibilityRules.read(lines(
				"Each agency may loan or give surplus research equipment to an educational institution or to academia."),
				List.of());
		assertThat(facts(equipment, "applicants")).containsExactly("university");
		// the same kinds named without giving are no recipients
		assertThat(facts(
				EligibilityRules.read(lines("Private industry and academia met at the conference in May."), List.of()),
				"applicants"))
			.isEmpty();
	}

	@Test
	void aFieldNamedOutsideASentenceOnWhoMayApplyIsMentionedNotRequired() {
		String act = "The program was authorized by the CHIPS and Science Act and the Ministry of Information Technology.";
		List<EligibilityFact> facts = EligibilityRules.read(
				lines(act, "Grants go to companies that make semiconductors.",
						"Any industrial or commercial enterprise may claim it, whatever its size or sector."),
				List.of());
		// "CHIPS" (an act) names no field; "information technology" in a name is
		// mentioned
		assertThat(facts).filteredOn(f -> f.kind().equals("fields") && f.value().equals("G06F"))
			.singleElement()
			.satisfies(f -> assertThat(f.detail()).isEqualTo("mentioned"))
			.satisfies(f -> assertThat(f.binding()).isFalse());
		assertThat(facts).filteredOn(f -> f.kind().equals("fields") && f.value().equals("H01L"))
			.singleElement()
			.satisfies(f -> assertThat(f.sentence()).isEqualTo(1))
			.satisfies(f -> assertThat(f.binding()).isTrue());
		assertThat(facts(facts, "fields")).contains("any");
	}

	@Test
	void languagesAreNoPlacesAndAFederalEntityIsGovernment() {
		List<EligibilityFact> facts = EligibilityRules.read(
				lines("Applicants may use an official language other than English, French or German.",
						"To be eligible to win a prize, an entity",
						"(1) shall be incorporated in the United States; and", "(2) may not be a Federal entity."),
				List.of());
		assertThat(facts(facts, "region")).containsExactly("US");
		assertThat(facts(facts, "excluded")).containsExactly("government");
	}

	@Test
	void moneyThatGoesToOrIsInvestedInSmallFirmsSaysWhoBenefits() {
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"The intermediaries provide loans to innovative small and medium-sized enterprises with up to "
						+ "499 employees.",
				"Research and development institutions may decide to license their results."), List.of());
		assertThat(facts).filteredOn(f -> f.kind().equals("size"))
			.extracting(EligibilityFact::value, EligibilityFact::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sme", "max-employees=499"));
		assertThat(facts(facts, "applicants")).contains("company", "institute");
	}

	@Test
	void aTextWithoutEligibilityLanguageYieldsNoApplicants() {
		List<EligibilityFact> facts = EligibilityRules
			.read(lines("The weather in Paris was mild.", "Trains ran on time."), List.of());
		assertThat(facts(facts, "applicants")).isEmpty();
		assertThat(facts(facts, "instrument")).isEmpty();
	}

	@Test
	void theItemsOfAListSayWhoMayApplyWhenTheSentenceLeadingThemDoes() {
		List<EligibilityFact> facts = EligibilityRules.read(lines("(b) Eligible recipient defined",
				"In this section, the term \u201celigible recipient\u201d means", "(1) a State;",
				"(2) an Indian tribe;", "(3) an entity that",
				"(A) is a nonprofit organization, an institution of higher education, or a "
						+ "Federal laboratory; and",
				"The Secretary shall publish a report.", "(1) companies and universities listed in the report;"),
				List.of());
		assertThat(facts(facts, "applicants")).containsExactly("government", "university", "nonprofit", "federal-lab");
		assertThat(facts).filteredOn(f -> f.kind().equals("applicants"))
			.extracting(EligibilityFact::sentence)
			.containsExactly(3, 5, 5, 5);
	}

	@Test
	void whoAnAgencyMayEnterIntoAgreementsWithAreApplicants() {
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"(1) to enter into cooperative research and development agreements on behalf of such agency with "
						+ "other Federal agencies; industrial organizations (including corporations and partnerships); "
						+ "nonprofit organizations (including universities); or other persons; and",
				"(2) to negotiate licensing agreements for inventions made by corporations."), List.of());
		assertThat(facts(facts, "applicants")).containsExactlyInAnyOrder("company", "university", "nonprofit",
				"government");
		assertThat(facts).filteredOn(f -> f.kind().equals("applicants")).allMatch(f -> f.sentence() == 0);
	}

	@Test
	void theDefinitionOfAPartySaysWhoItMayBeButNotWhomItServes() {
		List<EligibilityFact> facts = EligibilityRules.read(lines("The Director of a Federal laboratory may",
				"(1) enter into a contract with a partnership intermediary that provides services to small business "
						+ "firms and universities; and",
				"For purposes of this section, the term \u201cpartnership intermediary\u201d means an agency of a State "
						+ "or local government, or a nonprofit entity funded by a State, that assists small business "
						+ "firms and institutions of higher education."),
				List.of());
		assertThat(facts(facts, "applicants")).containsExactlyInAnyOrder("government", "nonprofit");
		assertThat(facts(facts, "size")).isEmpty();
		// a defined term that is no party ("the term 'invention' means") is no cue
		assertThat(facts(EligibilityRules.read(lines("The term \u201csubject invention\u201d means any invention of "
				+ "a small business firm or a university."), List.of()), "applicants"))
			.isEmpty();
		// the party that the agreement is with is still an applicant
		assertThat(facts(EligibilityRules.read(
				lines("The agency may enter into agreements with small business firms that develop vaccines."),
				List.of()), "applicants"))
			.containsExactly("company");
	}

	@Test
	void listsOfUsesAndSourcesOfMoneyNameNoApplicants() {
		List<EligibilityFact> facts = EligibilityRules
			.read(lines("The Secretary may award grants to eligible recipients that are nonprofit organizations.",
					"A grant shall be used for activities determined by the Secretary, including",
					"(A) financing that supports innovation-based business ventures; and",
					"Grants may not be used to pay for", "(A) costs to relocate an existing business.",
					"The Secretary may accept funds from other Federal agencies to support grants under this section."),
					List.of());
		assertThat(facts(facts, "applicants")).containsExactly("nonprofit");
		// an item under a lead that says nothing of applicants still counts with a cue of
		// its own that is not a weak one
		assertThat(facts(EligibilityRules.read(lines("The program has two parts:",
				"(1) grants for which universities may apply; and", "(2) help that supports small companies."),
				List.of()), "applicants"))
			.containsExactly("university");
	}

	@Test
	void aPlaceWhoseGoodThePolicyServesIsNoRegionButDomesticIsTheTextsCountry() {
		List<EligibilityFact> medal = EligibilityRules.read(lines(
				"The President shall award the medal, on the basis of recommendations received from the Secretary, "
						+ "to individuals or companies for their contributions to the well-being of the United States."),
				List.of());
		assertThat(facts(medal, "applicants")).containsExactlyInAnyOrder("individual", "company");
		assertThat(facts(medal, "region")).isEmpty();
		assertThat(
				facts(EligibilityRules.read(lines("Grants go to companies located in the United States."), List.of()),
						"region"))
			.containsExactly("US");
		// "domestic" in US federal law (headed by its section sign) is the United States
		List<EligibilityFact> award = EligibilityRules.read(
				lines("\u00a7 3711c. Motor vehicle research award",
						"The Secretary shall present the award to domestic motor vehicle manufacturers and suppliers."),
				List.of());
		assertThat(award).filteredOn(f -> f.kind().equals("region"))
			.extracting(EligibilityFact::value, EligibilityFact::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("US", "domestic"));
		assertThat(award).filteredOn(f -> f.kind().equals("fields") && f.binding())
			.extracting(EligibilityFact::value)
			.containsExactly("B60", "B62D");
		// a text whose country nothing tells: "domestic" says nothing
		assertThat(facts(EligibilityRules
			.read(lines("The ministry presents the award to domestic motor vehicle manufacturers."), List.of()),
				"region"))
			.isEmpty();
	}

	@Test
	void anAgencyThatActsAndTheSourcesOfMoneyAreNoApplicantsAndAnyIndividualOrEntityIsAnyone() {
		List<EligibilityFact> prize = EligibilityRules
			.read(lines("To be eligible to win a prize under this section, an individual or entity",
					"(1) may not be a Federal entity.",
					"The head of an agency may accept funds from other Federal agencies, State or local government "
							+ "agencies and nonprofit entities to support the competition.",
					"(2) The Federal agency employing such co-inventor may submit an application for the contractor."),
					List.of());
		assertThat(facts(prize, "applicants")).containsExactlyInAnyOrder("any", "individual");
		assertThat(facts(prize, "excluded")).containsExactly("government");
		// "regardless of size" says any size, not any kind
		List<EligibilityFact> firms = EligibilityRules.read(
				lines("This part applies to any funding agreement with business firms regardless of size."), List.of());
		assertThat(facts(firms, "applicants")).containsExactly("company");
		assertThat(facts(firms, "size")).containsExactly("any");
		// "(4) Federal agencies employing such co-inventors may enter into an agreement":
		// they act; a contractor of a funding agreement is no Federal agency
		List<EligibilityFact> agreement = EligibilityRules.read(
				lines("(4) Federal agencies employing such co-inventors may enter into an agreement with a contractor.",
						"The President directed agencies to extend the same treatment to all contractors, which may "
								+ "elect to retain title."),
				List.of());
		assertThat(facts(agreement, "applicants")).contains("company").doesNotContain("government", "any");
		// an agency the sentence does not start with may still be an applicant
		assertThat(facts(
				EligibilityRules.read(lines("Grants may be awarded to Federal agencies and universities."), List.of()),
				"applicants"))
			.containsExactlyInAnyOrder("government", "university");
	}

	@Test
	void thePersonnelOfAnOrganizationAreIndividualsNotTheOrganization() {
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"The Secretary shall present the award to motor vehicle manufacturers or Federal laboratory personnel."),
				List.of());
		assertThat(facts(facts, "applicants")).containsExactlyInAnyOrder("company", "individual");
		assertThat(
				facts(EligibilityRules.read(lines("Grants go to Federal laboratories and their partners."), List.of()),
						"applicants"))
			.containsExactly("federal-lab");
	}

	@Test
	void aForProfitEntityIsACompanyButANotForProfitOneIsNot() {
		List<EligibilityFact> partners = EligibilityRules.read(lines(
				"An agency may enter into an agreement with any of the following:",
				"(A) a for profit or nonprofit private sector entity, including a private institution of higher education;"),
				List.of());
		assertThat(facts(partners, "applicants")).contains("company", "nonprofit", "university");
		List<EligibilityFact> forProfit = EligibilityRules
			.read(lines("Grants may be awarded to for-profit entities that work with a laboratory."), List.of());
		assertThat(facts(forProfit, "applicants")).containsExactly("company");
		List<EligibilityFact> notForProfit = EligibilityRules.read(
				lines("Grants may be awarded to not-for-profit organizations and to not for profit hospitals."),
				List.of());
		assertThat(facts(notForProfit, "applicants")).containsExactly("nonprofit");
	}

	@Test
	void countriesTheHandListDoesNotNameAreStillPlacesButAmbiguousNamesAreNot() {
		assertThat(Places.in("Companies established in Ireland or in Japan may apply.")).extracting(Places.Place::code)
			.containsExactly("IE", "JP");
		assertThat(Places.in("Universities in Georgia and New Jersey may apply.")).isEmpty();
		// a place left out is no region
		assertThat(EligibilityRules
			.places("It must be registered in China, excluding Hong Kong, Macao and Taiwan, for at least one year."))
			.extracting(Places.Place::code)
			.containsExactly("CN");
		assertThat(EligibilityRules.places("Firms established in a Member State other than France or Japan may apply."))
			.extracting(Places.Place::code)
			.containsExactly("EU");
		List<EligibilityFact> facts = EligibilityRules
			.read(lines("Only companies registered in Singapore may apply for the voucher."), List.of());
		assertThat(facts(facts, "region")).containsExactly("SG");
	}

	@Test
	void aTaxReliefIsForThoseWhoPayTheTaxOfTheTextsCountry() {
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"Ireland introduced a tax credit of 20% for research and development in 2004.",
				"A company may claim the tax credit against its corporation tax for work carried out in the European Union.",
				"The measure is expected to attract investment from the United States to Ireland."), List.of());
		assertThat(facts).filteredOn(f -> f.kind().equals("region"))
			.extracting(EligibilityFact::value, EligibilityFact::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("IE", EligibilityRules.TAX_RESIDENCE));
		assertThat(facts(facts, "applicants")).containsExactly("company");
		// a grant text that mentions a tax credit once keeps its own regions
		List<EligibilityFact> grant = EligibilityRules.read(
				lines("The fund awards grants to companies established in Ireland.",
						"Grants are paid in two instalments, and a grant may be combined with a tax credit.",
						"Grants for projects in France are also available to companies established in France."),
				List.of());
		assertThat(grant).filteredOn(f -> f.kind().equals("region"))
			.allSatisfy(f -> assertThat(f.detail()).isNotEqualTo(EligibilityRules.TAX_RESIDENCE))
			.extracting(EligibilityFact::value)
			.contains("IE", "FR");
		// without a country of its own, no tax residence
		List<EligibilityFact> nowhere = EligibilityRules
			.read(lines("A company may claim a tax credit for its research expenses."), List.of());
		assertThat(facts(nowhere, "region")).isEmpty();
	}

	@Test
	void aRightGivenToAPersonOrAnOwnerIsOpenToAnyKind() {
		// rule F: the party that may act, a person or an owner, is of any kind; without a
		// party that may act, nothing
		List<EligibilityFact> owner = EligibilityRules
			.read(lines("A patent owner may request a review of the patent by the registry."), List.of());
		assertThat(facts(owner, "applicants")).containsExactly("any");
		List<EligibilityFact> person = EligibilityRules.read(
				lines("A person who is not the owner of a design may file a petition to cancel its registration."),
				List.of());
		assertThat(facts(person, "applicants")).containsExactly("any");
		assertThat(facts(EligibilityRules.read(lines("A patent owner may not request a second review."), List.of()),
				"applicants"))
			.isEmpty();
		assertThat(
				facts(EligibilityRules.read(lines("The registry shall publish each review within a year."), List.of()),
						"applicants"))
			.isEmpty();
	}

	@Test
	void filingsTakenFromNationalsOfACountryAreForThatCountry() {
		// rule F's "filed by" nationals or residents; the place is the region
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"The Office shall act as a receiving office for applications filed by nationals or residents of Canada."),
				List.of());
		assertThat(facts(facts, "applicants")).containsExactly("any");
		assertThat(facts(facts, "region")).containsExactly("CA");
		// the residents that a text mentions without a filing or a right are nobody
		assertThat(facts(EligibilityRules.read(lines("Residents of Canada read the gazette every week."), List.of()),
				"applicants"))
			.isEmpty();
	}

	@Test
	void aPlaceWhereApplicantsDoNotResideIsLeftOutAndNoJurisdiction() {
		// rule G: the place is an exclusion, not a region, and the text gets no
		// jurisdiction
		List<EligibilityFact> facts = EligibilityRules.read(lines(
				"Every patent owner not residing in Japan may designate an agent in Japan for service of notices.",
				"The court of Japan decides when no agent is designated in Japan."), List.of());
		assertThat(facts(facts, "applicants")).containsExactly("any");
		assertThat(facts(facts, "region")).isEmpty();
		assertThat(facts).filteredOn(f -> f.kind().equals("excluded"))
			.extracting(EligibilityFact::value, EligibilityFact::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("JP", EligibilityRules.LEFT_OUT));
		// without the denial, the place is where applicants must be
		assertThat(facts(
				EligibilityRules.read(lines("Every patent owner residing in Japan may designate an agent."), List.of()),
				"region"))
			.containsExactly("JP");
	}

	// the values of one kind of fact read from one sentence
	private static List<String> read(String kind, String sentence) {
		return facts(EligibilityRules.read(lines(sentence), List.of()), kind);
	}

	@Test
	void aPlaceWhereAnActIsDoneOrAPlaceSuedIsNoRegion() {
		// rule J: where the product is made or sold is no condition on who applies, and
		// no jurisdiction either; nor is a place sued
		assertThat(read("region",
				"Small companies may apply for a grant for products to be manufactured substantially in Canada."))
			.isEmpty();
		assertThat(read("region", "A licensee may sell or use the subject invention in Canada only with consent."))
			.isEmpty();
		assertThat(read("region", "A claimant may bring suit against Canada in the Federal Court.")).isEmpty();
		// where the applicant is established, or where the project builds a facility, is
		// still a region
		assertThat(read("region", "Small companies established in Canada may apply for a grant."))
			.containsExactly("CA");
		assertThat(read("region",
				"A loan guarantee may be made only for a project that establishes a manufacturing facility in Canada."))
			.containsExactly("CA");
	}

	@Test
	void theVerbGrantIsNoGrant() {
		// "shall grant a license" gives no money: with no other instrument the text's
		// jurisdiction is no condition (rule I)
		assertThat(read("instrument", "The agency may grant a license to any person to use the invention in Canada."))
			.doesNotContain("grant");
		assertThat(read("instrument", "The agency awards grants to small companies in Canada.")).contains("grant");
	}

	@Test
	void anItemOfAListThatDefinesAPartySaysWhoItMayBe() {
		// rule K: a definition that is an item of a list is read as one outside a list
		List<EligibilityFact> facts = EligibilityRules.read(lines("For the purposes of this subsection:",
				"(A) the term \u201cmedical activity\u201d means a procedure performed on a body;",
				"(B) the term \u201crelated clinic entity\u201d shall mean an entity with which a practitioner is "
						+ "affiliated, including a hospital, a university or a medical school."),
				List.of());
		assertThat(facts(facts, "applicants")).containsExactly("university");
		// an item that defines no party says nothing of applicants
		assertThat(facts(EligibilityRules.read(lines("For the purposes of this subsection:",
				"(A) the term \u201cmedical activity\u201d means a procedure performed by a university hospital."),
				List.of()), "applicants"))
			.isEmpty();
	}

}
