package org.ipgraph.nlp;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.ipgraph.nlp.training.NerTrainer;
import org.ipgraph.nlp.linking.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Trains a name finder on a tiny file with the project's trainer and reads text with it
 * through the pipeline: exact spans in document characters.
 */
class NlpNameFinderTrainingTest {

	static NlpPipeline pipeline;

	@BeforeAll
	static void train() throws URISyntaxException {
		Path file = Path.of(NlpNameFinderTrainingTest.class.getResource("tiny.train").toURI());
		List<NameSample> samples = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			samples.addAll(NerTrainer.read(file));
		}
		TokenNameFinderModel model = NerTrainer.train(samples, new NerTrainer.Parameters(60, 0));
		pipeline = new NlpPipeline(NlpModels.base().withNer(model, "tiny"), 1, 0.3);
	}

	@Test
	void findsTheNamesItWasTaughtWithExactSpans() {
		String text = "The Office of Naval Research awarded the grant. Jane Doe works at the Department of Energy.";
		AnnotatedText annotated = pipeline.annotate(text, new Gazetteer());
		assertThat(annotated.language()).isEqualTo("eng");
		assertThat(annotated.mentions()).extracting(Mention::type, Mention::text, Mention::start, Mention::end)
			.containsExactly(tuple(EntityType.ORGANIZATION, "Office of Naval Research", 4, 28),
					tuple(EntityType.PERSON, "Jane Doe", 48, 56),
					tuple(EntityType.ORGANIZATION, "Department of Energy", 70, 90));
		assertThat(annotated.mentions())
			.allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
	}

	@Test
	void findsPatentNumbersAndMoneyAsWholeTokens() {
		String text = "See U.S. Pat. No. 7,654,321 for details. The Small Business Innovation Research program paid $2 million.";
		AnnotatedText annotated = pipeline.annotate(text, new Gazetteer());
		assertThat(annotated.mentions()).extracting(Mention::type, Mention::text)
			.contains(tuple(EntityType.PATENT_NUMBER, "U.S. Pat. No. 7,654,321"),
					tuple(EntityType.FUND, "Small Business Innovation Research"),
					tuple(EntityType.MONEY, "$2 million"));
	}

	@Test
	void tokenizesPatentAndLegalNotationAsTheModelsExpect() {
		Sentence sentence = pipeline
			.sentences("The Stevenson-Wydler Act, U.S. Pat. No. 4,255,837 and grant "
					+ "N00014-15-1-2244 were cited in 1981.")
			.get(0);
		assertThat(sentence.tokens()).containsExactly("The", "Stevenson-Wydler", "Act", ",", "U.S.", "Pat.", "No.",
				"4,255,837", "and", "grant", "N00014-15-1-2244", "were", "cited", "in", "1981", ".");
	}

	@Test
	void keepsAbbreviationsInsideTheSentence() {
		List<Sentence> sentences = pipeline
			.sentences("U.S. Pat. No. 4,255,837 issued to H. Holtz on Mar. 17, 1981. The clip is magnetic.");
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("U.S. Pat. No. 4,255,837 issued to H. Holtz on Mar. 17, 1981.", "The clip is magnetic.");
	}

	@Test
	void leavesTextWithoutModelsUnread() {
		AnnotatedText annotated = pipeline.annotate("Die Bundesregierung hat heute ein neues Förderprogramm für "
				+ "Patente kleiner Unternehmen beschlossen.", new Gazetteer());
		assertThat(annotated.language()).isEqualTo("deu");
		assertThat(annotated.analyzed()).isFalse();
		assertThat(annotated.mentions()).isEmpty();
	}

}
