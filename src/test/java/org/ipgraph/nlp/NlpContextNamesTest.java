package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context rules of {@link ContextNames} on sentences tokenized by spaces: a part of a
 * body joined with the body, a news line's outlet, and who is a party or a person by the
 * words around the name.
 */
class NlpContextNamesTest {

	private static Sentence sentence(String text) {
		String[] tokens = text.split(" ");
		Span[] spans = new Span[tokens.length];
		int at = 0;
		for (int i = 0; i < tokens.length; i++) {
			spans[i] = new Span(at, at + tokens[i].length());
			at += tokens[i].length() + 1;
		}
		return new Sentence(0, 0, text.length(), text, tokens, spans, null, null);
	}

	private static Mention organization(Sentence s, int from, int to) {
		return new Mention(EntityType.ORGANIZATION, s.cover(from, to), 0, from, to, s.charStart(from),
				s.charEnd(to - 1), 0.9, "ner");
	}

	@Test
	void aPartOfABodyFollowedByOfTheBodyIsOneName() {
		Sentence s = sentence("issued by the General Office of the State Council and the Ministry of Finance");
		List<Mention> found = List.of(organization(s, 3, 5), organization(s, 7, 9), organization(s, 11, 14));
		assertThat(ContextNames.joinSubBodies(found, s)).extracting(Mention::text)
			.containsExactly("General Office of the State Council", "Ministry of Finance");
		Sentence people = sentence("the Standing Committee of the Sixth National People 's Congress adopted it");
		assertThat(ContextNames.joinSubBodies(List.of(organization(people, 1, 3), organization(people, 5, 8)), people))
			.extracting(Mention::text)
			.containsExactly("Standing Committee of the Sixth National People 's Congress");
		// an agency "of" another keeps two names: only parts of a body join
		Sentence agency = sentence("the National Cancer Institute of the National Institutes of Health");
		assertThat(ContextNames.joinSubBodies(List.of(organization(agency, 1, 4), organization(agency, 6, 10)), agency))
			.hasSize(2);
	}

	@Test
	void aDatedNewsLineNamesItsOutletBeforeTheColon() {
		Sentence s = sentence("2003-02-20 The Register : SQL Server developers face huge royalties");
		List<Mention> found = new ArrayList<>(List.of(organization(s, 4, 6)));
		assertThat(ContextNames.outlet(found, s)).extracting(Mention::type, Mention::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "Register"),
					org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "SQL Server"));
		// a headline without a source, or a line without a date, names none
		assertThat(ContextNames.outlet(List.of(), sentence("2004-07-16 Council adopts the directive today"))).isEmpty();
		assertThat(ContextNames.outlet(List.of(), sentence("Register : a note"))).isEmpty();
	}

	@Test
	void aDateTheTokenizerSplitStillOpensANewsLine() {
		// the tokenizer cuts "2004-10-21" before some words: the outlet is still read
		Sentence three = sentence("2004 - 10-21 IEEE Computer : European Union Struggles With New Rules");
		assertThat(ContextNames.outlet(new ArrayList<>(List.of(organization(three, 3, 4))), three))
			.extracting(Mention::text)
			.containsExactly("IEEE Computer");
		Sentence five = sentence("2004 - 10 - 19 Patently Obvious : USPTO 's Role is to Protect Property");
		assertThat(ContextNames.outlet(new ArrayList<>(), five)).extracting(Mention::text)
			.containsExactly("Patently Obvious");
		// the outlet without the word for its paper
		Sentence pr = sentence("2003-11-06 Timeline PR : Timeline sues Cognos");
		assertThat(ContextNames.outlet(new ArrayList<>(), pr)).extracting(Mention::text).containsExactly("Timeline");
		assertThat(ContextNames.dateTokens(three.tokens())).isEqualTo(3);
		assertThat(ContextNames.dateTokens(five.tokens())).isEqualTo(5);
		// numbers that are no date open no news line
		assertThat(ContextNames.dateTokens(sentence("1 - 2 Members : voted").tokens())).isZero();
		assertThat(ContextNames.dateTokens(sentence("2004 - 10-21 - 7 Members : voted").tokens())).isZero();
		assertThat(ContextNames.outlet(List.of(), sentence("1 - 2 Council Members : voted"))).isEmpty();
	}

	@Test
	void theItemsOfAListOfCompaniesAndAnEmployerAreOrganizations() {
		Sentence list = sentence("It is the practice of industries such as Google or Nokia , and of IT companies "
				+ "such as Simcorp , Navision and SAP in Denmark .");
		assertThat(ContextNames.find(list, new boolean[list.tokens().length])).extracting(Mention::text)
			.containsExactly("Google", "Nokia", "Simcorp", "Navision", "SAP");
		Sentence work = sentence("Charles Perkins , now working for Nokia , spoke .");
		assertThat(ContextNames.find(work, new boolean[work.tokens().length])).extracting(Mention::text)
			.containsExactly("Nokia");
		// no list after "such as" a word for no organization, no employer after a title
		// or
		// before a capitalized word, no country
		Sentence none = sentence("Topics such as Patents matter ; they work for Mr Smith , work for Big Blue Team "
				+ "Members and work for Germany .");
		assertThat(ContextNames.find(none, new boolean[none.tokens().length])).isEmpty();
	}

	@Test
	void partiesOfASuitAndPeopleByTheirRolesAreFoundOnFreeWords() {
		Sentence s = sentence("In May 2004 , ePlus filed suit against Ariba and Timeline sued Oracle .");
		assertThat(ContextNames.find(s, new boolean[s.tokens().length])).extracting(Mention::text)
			.containsExactly("ePlus", "Ariba", "Timeline", "Oracle");
		Sentence threatened = sentence("They threatened to sue Nokia .");
		assertThat(ContextNames.find(threatened, new boolean[threatened.tokens().length])).extracting(Mention::text)
			.containsExactly("Nokia");
		Sentence person = sentence(
				"Microsoft chief counsel Marianne Wier wrote , and Jan Wildeboer , FFII member , said so .");
		assertThat(ContextNames.find(person, new boolean[person.tokens().length])).extracting(Mention::text)
			.containsExactly("Marianne Wier", "Jan Wildeboer");
	}

}
