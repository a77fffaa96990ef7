package org.ipgraph.nlp.training;

import java.util.List;
import java.util.Map;

import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.text.ExtractedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the gold mentions of an annotated dev page become a training sentence: source
 * offsets mapped to the tokens the pipeline reads, the labeller filling only the types
 * the gold does not hold, and the sentences that cannot be taught left out.
 */
class AnnotatedDevCorpusTest {

	/** The page's source: a Markdown link whose target the extractor drops. */
	private static final String SOURCE = "MEP [Jane Doe](http://x.org/jd) met the Commission in Brussels .";

	/**
	 * The tokens of the extracted text "MEP Jane Doe met the Commission in Brussels ."
	 */
	private static final String[] TOKENS = { "MEP", "Jane", "Doe", "met", "the", "Commission", "in", "Brussels", "." };

	private static final Sentence SENTENCE = Sentence.ofTokens(0, TOKENS);

	/**
	 * The extracted text with its source offsets: "[" and "](http://x.org/jd)" dropped.
	 */
	private static ExtractedText extracted() {
		String text = SENTENCE.text();
		int[] offsets = new int[text.length()];
		int link = SOURCE.indexOf("](");
		int after = SOURCE.indexOf(')') + 1;
		for (int i = 0; i < text.length(); i++) {
			// "MEP " before the link, "Jane Doe" inside it, the rest after it
			offsets[i] = i < 4 ? i : i < 12 ? i + 1 : after + (i - 12);
		}
		assertThat(SOURCE.substring(offsets[4], offsets[11] + 1)).isEqualTo("Jane Doe");
		assertThat(link).isEqualTo(13);
		return new ExtractedText(text, null, "text/markdown", "UTF-8", offsets, List.of());
	}

	private static AnnotatedSets.Page page(String set, int regionEnd, List<AnnotatedSets.Gold> gold) {
		return new AnnotatedSets.Page(set, "ffii-wiki-texts/en/TestEn.md", "eng", "random", "dev", SOURCE, 0, regionEnd,
				List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.POLICY, EntityType.FUND), gold,
				List.of());
	}

	private static AnnotatedSets.Gold gold(EntityType type, String text) {
		int start = SOURCE.indexOf(text);
		return new AnnotatedSets.Gold(type, start, start + text.length(), text);
	}

	private static Mention found(EntityType type, int from, int to) {
		return new Mention(type, SENTENCE.cover(from, to), 0, from, to, SENTENCE.charStart(from),
				SENTENCE.charEnd(to - 1), 0.9, "ner");
	}

	@Test
	void goldSpansInSourceCharactersBecomeTokenSpansAndTheLabellerFillsOnlyOtherTypes() {
		AnnotatedSets.Page page = page(AnnotatedSets.FFII, SOURCE.length(),
				List.of(gold(EntityType.PERSON, "Jane Doe"), gold(EntityType.ORGANIZATION, "Commission")));
		// the labeller calls "Doe met" an organization (wrong, and a gold type: ignored),
		// and Brussels a location (a type the FFII gold does not hold: kept)
		TrainingSample sample = AnnotatedDevCorpus.sample(SENTENCE, extracted(), page,
				List.of(found(EntityType.ORGANIZATION, 2, 4), found(EntityType.LOCATION, 7, 8)));
		assertThat(sample).isNotNull();
		assertThat(sample.toLine())
			.isEqualTo("MEP <START:person> Jane Doe <END> met the <START:organization> Commission <END> in "
					+ "<START:location> Brussels <END> .");
	}

	@Test
	void onThePolicyPassagesTheGoldHoldsPlacesToo() {
		AnnotatedSets.Page passage = page(AnnotatedSets.POLICY, SOURCE.length(),
				List.of(gold(EntityType.PERSON, "Jane Doe")));
		// a place the passage's gold does not annotate is no place: not taken from the
		// labeller
		TrainingSample sample = AnnotatedDevCorpus.sample(SENTENCE, extracted(), passage,
				List.of(found(EntityType.LOCATION, 7, 8)));
		assertThat(sample.toLine()).isEqualTo("MEP <START:person> Jane Doe <END> met the Commission in Brussels .");
	}

	@Test
	void aGoldSpanThatIsNotWholeTokensLeavesTheSentenceOut() {
		int start = SOURCE.indexOf("Doe");
		AnnotatedSets.Page page = page(AnnotatedSets.FFII, SOURCE.length(),
				List.of(new AnnotatedSets.Gold(EntityType.PERSON, start, start + 2, "Do")));
		assertThat(AnnotatedDevCorpus.sample(SENTENCE, extracted(), page, List.of())).isNull();
	}

	@Test
	void overlappingGoldOrASentenceOutsideTheRegionIsLeftOut() {
		AnnotatedSets.Page overlapping = page(AnnotatedSets.FFII, SOURCE.length(),
				List.of(gold(EntityType.PERSON, "Jane Doe"), gold(EntityType.ORGANIZATION, "Doe")));
		assertThat(AnnotatedDevCorpus.sample(SENTENCE, extracted(), overlapping, List.of())).isNull();
		AnnotatedSets.Page cut = page(AnnotatedSets.FFII, SOURCE.indexOf("Brussels"),
				List.of(gold(EntityType.PERSON, "Jane Doe")));
		assertThat(AnnotatedDevCorpus.sample(SENTENCE, extracted(), cut, List.of())).as("crosses the region's end")
			.isNull();
	}

	@Test
	void aSentenceWithoutNamesTeachesNone() {
		AnnotatedSets.Page page = page(AnnotatedSets.FFII, SOURCE.length(), List.of());
		assertThat(AnnotatedDevCorpus.sample(SENTENCE, extracted(), page, List.of()).names()).isEmpty();
	}

	@Test
	void onlyDevPagesAreTrainedOn() {
		AnnotatedSets.Page test = new AnnotatedSets.Page(AnnotatedSets.FFII, "ffii-wiki-texts/en/TestEn.md", "eng",
				"random", "test", SOURCE, 0, SOURCE.length(), List.of(EntityType.PERSON), List.of(), List.of());
		assertThatThrownBy(() -> AnnotatedDevCorpus.documents(List.of(test), null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only dev pages");
	}

	@Test
	void foldsAreSeededBalancedAndIndependentOfOrder() {
		List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g");
		Map<String, Integer> folds = NlpDevCrossValidationEval.folds(ids, 3, 1L);
		assertThat(folds).hasSize(7);
		assertThat(folds.values().stream().filter(f -> f == 0).count()).isEqualTo(3);
		assertThat(folds.values().stream().filter(f -> f == 2).count()).isEqualTo(2);
		assertThat(NlpDevCrossValidationEval.folds(ids.reversed(), 3, 1L)).isEqualTo(folds);
		assertThat(NlpDevCrossValidationEval.folds(ids, 3, 2L)).isNotEqualTo(folds);
	}

	@Test
	void repeatWeighsACorpus() {
		List<opennlp.tools.namefind.NameSample> one = NerTrainer
			.samples(new LabelledDocument("x", List.of(TrainingSample.parse("a <START:person> B C <END> d")), false));
		assertThat(NerTrainer.repeat(one, 3)).hasSize(3);
		assertThat(one.get(0).isClearAdaptiveDataSet()).isTrue();
		assertThatThrownBy(() -> NerTrainer.repeat(one, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
