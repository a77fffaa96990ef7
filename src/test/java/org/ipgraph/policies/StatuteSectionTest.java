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
		assertThat(StatuteSection.of("""
				# Title 35\u2014 PATENTS
				#### \u00a7 202. Disposition of rights
				""")).get().extracting(StatuteSection::key).isEqualTo("policy:title 35 \u00a7 202");
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
