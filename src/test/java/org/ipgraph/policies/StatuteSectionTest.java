package org.ipgraph.policies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatuteSectionTest {

	@Test
	void chunksOfOneSectionAreOnePolicyAndOtherSectionsAnother() {
		StatuteSection first = StatuteSection.of("""
				Title 15\u2014 COMMERCE AND TRADE
				CHAPTER 63\u2014 TECHNOLOGY INNOVATION
				\u00a7 3721. Federal loan guarantees for innovative technologies in manufacturing
				(a) Establishment
				The Secretary shall establish a program to provide loan guarantees.
				""").orElseThrow();
		StatuteSection second = StatuteSection.of("""
				# Title 15\u2014 COMMERCE AND TRADE
				### CHAPTER 63\u2014 TECHNOLOGY INNOVATION
				#### \u00a7\u202f3721. Federal loan guarantees for innovative technologies in manufacturing
				##### (c) Eligible borrower
				A loan guarantee may be made only for a small- or medium-sized manufacturer.
				""").orElseThrow();
		assertThat(first.key()).isEqualTo("policy:title 15 \u00a7 3721").isEqualTo(second.key());
		assertThat(first.title())
			.isEqualTo("Title 15 \u00a7 3721. Federal loan guarantees for innovative technologies in manufacturing");
		// each is a subsection of its own: (a) and (c)
		assertThat(first.subsection()).isEqualTo("a");
		assertThat(second.subsectionKey()).isEqualTo("policy:title 15 \u00a7 3721(c)");
		assertThat(second.subsectionTitle()).isEqualTo("Title 15 \u00a7 3721(c). Eligible borrower "
				+ "(Federal loan guarantees for innovative technologies in manufacturing)");
		assertThat(StatuteSection.of("""
				# Title 35\u2014 PATENTS
				#### \u00a7 202. Disposition of rights
				""")).get().extracting(StatuteSection::key).isEqualTo("policy:title 35 \u00a7 202");
	}

	@Test
	void aSubsectionIsLowerCaseLettersOnTheLineAfterTheSectionAndALongHeadingIsCut() {
		// no subsection heading: the section is the unit
		StatuteSection whole = StatuteSection.of("""
				# Title 35\u2014 PATENTS
				#### \u00a7 183. Right to compensation

				An applicant whose patent is withheld may apply for compensation.
				""").orElseThrow();
		assertThat(whole.subsection()).isNull();
		assertThat(whole.subsectionKey()).isEqualTo(whole.key()).isEqualTo("policy:title 35 \u00a7 183");
		assertThat(whole.subsectionTitle()).isEqualTo(whole.title());
		// a paragraph "(1)" or subparagraph "(A)" is no subsection
		assertThat(StatuteSection.of("""
				# Title 15\u2014 COMMERCE
				#### \u00a7 3712. Personnel exchanges
				(1) The Secretary shall encourage exchanges.
				""")).get().extracting(StatuteSection::subsection).isNull();
		// the US Code writes a subsection's first sentence as its heading; a section
		// number with an en dash
		StatuteSection sentence = StatuteSection.of("""
				# Title 35\u2014 PATENTS
				#### \u00a7 156. Extension of patent term
				###### (a) The term of a patent which claims a product, a method of using a product, or a method \
				of manufacturing a product shall be extended in accordance with this section
				""").orElseThrow();
		assertThat(sentence.subsectionKey()).isEqualTo("policy:title 35 \u00a7 156(a)");
		assertThat(sentence.subsectionTitle()).startsWith("Title 35 \u00a7 156(a). The term of a patent")
			.contains("\u2026 (Extension of patent term)");
		assertThat(StatuteSection.of("""
				# Title 15\u2014 COMMERCE
				#### \u00a7\u202f3704b\u20132. Transfer of Federal scientific and technical information
				##### (a) Transfer
				""")).get()
			.extracting(StatuteSection::subsectionKey)
			.isEqualTo("policy:title 15 \u00a7 3704b\u20132(a)");
	}

	@Test
	void aTextWithoutASectionHeadingOrOneNamingASectionInItsBodyIsNone() {
		assertThat(StatuteSection.of("The SME Fund gives vouchers to small businesses.")).isEmpty();
		assertThat(StatuteSection.of(null)).isEmpty();
		assertThat(StatuteSection.of("""
				Small businesses may apply.
				The fund was set up in 2021.
				Its rules follow the law.
				It has three windows.
				Each window has a budget.
				Applications are checked.
				Awards are published.
				Payments are made twice.
				\u00a7 202. Disposition of rights
				""")).isEmpty();
	}

}
