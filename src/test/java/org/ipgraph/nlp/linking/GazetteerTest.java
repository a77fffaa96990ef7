package org.ipgraph.nlp.linking;

import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the gazetteer matches a listed name by its case in the text.
 */
class GazetteerTest {

	@Test
	void aListedNameMatchesCapitalizedOrInCamelCaseButNotInLowerCase() {
		Gazetteer gazetteer = new Gazetteer();
		gazetteer.add(EntityType.ORGANIZATION, "Ebay");
		gazetteer.add(EntityType.ORGANIZATION, "Intergraph");
		Sentence sentence = Sentence.ofTokens(0, new String[] { "MercExchange", "sued", "eBay", ",", "not", "ebay",
				"or", "INTERGRAPH", "or", "intergraph" });
		assertThat(gazetteer.find(sentence)).extracting(Mention::text).containsExactly("eBay", "INTERGRAPH");
		assertThat(Gazetteer.camelCase("eBay")).isTrue();
		assertThat(Gazetteer.camelCase("mRNA")).isFalse();
		assertThat(Gazetteer.camelCase("ebay")).isFalse();
	}

}
