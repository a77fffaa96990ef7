package org.ipgraph.policies;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RecipientClauseTest {

	@Test
	void theSubjectOfMayIsTheRecipientAndItsCategoryIsGeneral() {
		assertThat(RecipientClause.read("Whoever builds a new kind of bridge may obtain a certificate therefor."))
			.extracting(RecipientClause.Recipient::category)
			.first()
			.isEqualTo(RecipientClause.UNIVERSAL);
		assertThat(RecipientClause.read("An applicant may withdraw the request at any time."))
			.extracting(RecipientClause.Recipient::category, RecipientClause.Recipient::phrase)
			.contains(tuple(RecipientClause.ROLE, "An applicant"));
		assertThat(RecipientClause.read("The parties to a licence dispute may agree to settle it by mediation."))
			.extracting(RecipientClause.Recipient::category)
			.containsOnly(RecipientClause.ROLE);
	}

	@Test
	void actorsAndRestrictedKindsAreNoRecipientsHere() {
		// the office acts: no recipient; a State is a kind the other rules read
		assertThat(RecipientClause.read("The Director may publish a list of the fees.")).isEmpty();
		assertThat(RecipientClause.read("A State may receive a grant under this section.")).isEmpty();
		assertThat(RecipientClause.read("The weather was mild.")).isEmpty();
	}

	@Test
	void whatIsPaidToSomeoneOrSuedForByAnyoneNamesThem() {
		assertThat(RecipientClause.read("The agency may award and pay to such claimant a sum not exceeding half."))
			.extracting(RecipientClause.Recipient::category)
			.contains(RecipientClause.ROLE);
		assertThat(RecipientClause.read("No city shall be immune from suit in court by any person for a breach."))
			.extracting(RecipientClause.Recipient::category, RecipientClause.Recipient::phrase)
			.contains(tuple(RecipientClause.UNIVERSAL, "any person for a breach."));
		assertThat(RecipientClause
			.read("The Director shall, on the payment of the fee, reissue the patent for the rest " + "of its term."))
			.extracting(RecipientClause.Recipient::phrase)
			.containsExactly(RecipientClause.PATENT_OWNER);
	}

	@Test
	void aTextWithoutApplicantKindsGetsItsRecipientsAndAPlaceTheyDoNotResideIn() {
		List<EligibilityFact> facts = EligibilityRules.read(
				EligibilityRulesTest
					.lines("Every patentee not residing in the United States may file a designation of an agent."),
				List.of());
		assertThat(EligibilityRulesTest.facts(facts, "applicants")).containsExactly(EligibilityRules.PATENT_HOLDER);
		assertThat(EligibilityRulesTest.facts(facts, "excluded")).containsExactly("US");
		assertThat(facts.get(0).detail()).isEqualTo("recipient: Every patentee not residing in the United States");
		// a text that names a kind keeps it, and no recipient is added beside it
		List<EligibilityFact> kinds = EligibilityRules.read(
				EligibilityRulesTest.lines("Small business concerns may apply.", "An applicant may withdraw."),
				List.of());
		assertThat(EligibilityRulesTest.facts(kinds, "applicants")).doesNotContain(EligibilityRules.PATENT_HOLDER);
	}

	@Test
	void thePartyOnWhosePetitionTheOfficeActsIsTheRecipient() {
		assertThat(RecipientClause
			.read("On request of the owner of the licence, the Registrar may renew the entry for five years."))
			.extracting(RecipientClause.Recipient::category, RecipientClause.Recipient::phrase)
			.contains(tuple(RecipientClause.ROLE, "the owner of the licence"));
		assertThat(RecipientClause.read("Upon a petition filed by any person, the Board may review the record."))
			.extracting(RecipientClause.Recipient::category)
			.contains(RecipientClause.UNIVERSAL);
		// an office or a statute named after "application of" is no recipient
		assertThat(RecipientClause.read("On application of the Secretary, the court may stay the order.")).isEmpty();
		assertThat(RecipientClause.read("The application of this chapter is limited to new filings.")).isEmpty();
	}

	@Test
	void aPermissionInThePassiveOnAPatentIsForItsHolder() {
		assertThat(RecipientClause.read("A lapsed patent may be restored if the fee is paid within six months."))
			.extracting(RecipientClause.Recipient::phrase)
			.containsExactly(RecipientClause.HOLDER);
		assertThat(RecipientClause.read("The application may be revived after a delay that was unintentional."))
			.extracting(RecipientClause.Recipient::category)
			.containsExactly(RecipientClause.ROLE);
		// a duty of the office, a forbidding, an "as may be" clause: no permission
		assertThat(RecipientClause.read("Each application shall be published after eighteen months.")).isEmpty();
		assertThat(RecipientClause.read("Before that date, no patent may be granted on the application.")).isEmpty();
		assertThat(RecipientClause.read("The fee for the patent is such sum as may be fixed by regulation.")).isEmpty();
	}

	@Test
	void anInventorWhoMakesADocumentIsNoApplicantKind() {
		List<EligibilityFact> facts = EligibilityRules.read(EligibilityRulesTest.lines(
				"The applicant shall file a translation and an oath or declaration of the inventor.",
				"The applicant may then request examination."), List.of());
		assertThat(EligibilityRulesTest.facts(facts, "applicants")).containsExactly(EligibilityRules.PATENT_HOLDER);
		// an inventor named as whom the text grants the right stays an individual
		List<EligibilityFact> inventors = EligibilityRules
			.read(EligibilityRulesTest.lines("Each inventor may receive an award for the invention."), List.of());
		assertThat(EligibilityRulesTest.facts(inventors, "applicants")).contains("individual");
	}

}
