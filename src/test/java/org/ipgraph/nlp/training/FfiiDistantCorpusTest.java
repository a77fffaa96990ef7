package org.ipgraph.nlp.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which sentences of the unannotated FFII pages the distant supervision keeps, and that
 * no annotated page (dev or test) is read.
 */
class FfiiDistantCorpusTest {

	private static final String[] TOKENS = { "MEP", "Jane", "Doe", "met", "the", "Commission", "in", "Brussels", "." };

	private static Sentence sentence(String[] tokens) {
		return Sentence.ofTokens(0, tokens);
	}

	private static Mention mention(Sentence s, EntityType type, int from, int to, String source) {
		return new Mention(type, s.cover(from, to), 0, from, to, s.charStart(from), s.charEnd(to - 1), 0.9, source);
	}

	@Test
	void aPersonFoundByContextIsTaughtWithEverythingElseTheSentenceHolds() {
		Sentence s = sentence(TOKENS);
		TrainingSample sample = FfiiDistantCorpus.sample(s, List.of(mention(s, EntityType.PERSON, 1, 3, "title"),
				mention(s, EntityType.ORGANIZATION, 5, 6, "institution"), mention(s, EntityType.LOCATION, 7, 8, "ner")),
				Map.of());
		assertThat(sample).isNotNull();
		assertThat(sample.toLine())
			.isEqualTo("MEP <START:person> Jane Doe <END> met the <START:organization> Commission <END> in "
					+ "<START:location> Brussels <END> .");
	}

	@Test
	void aSentenceWithANameNoSourceVouchesForIsLeftOut() {
		Sentence s = sentence(TOKENS);
		List<Mention> once = List.of(mention(s, EntityType.PERSON, 1, 3, "ner"));
		assertThat(FfiiDistantCorpus.sample(s, once, Map.of("PERSON\tJane Doe", 1))).isNull();
		// the name finder's name written twice on the page is trusted
		assertThat(FfiiDistantCorpus.sample(s, once, Map.of("PERSON\tJane Doe", 2))).isNotNull();
		// an organization alone teaches no person: left out
		assertThat(
				FfiiDistantCorpus.sample(s, List.of(mention(s, EntityType.ORGANIZATION, 5, 6, "gazetteer")), Map.of()))
			.isNull();
	}

	@Test
	void aSentenceWithAnAmountIsLeftOut() {
		Sentence s = sentence(new String[] { "Jane", "Doe", "paid", "10", "million", "Euro", "." });
		assertThat(FfiiDistantCorpus.sample(s, List.of(mention(s, EntityType.PERSON, 0, 2, "context")), Map.of()))
			.isNull();
	}

	@Test
	void noAnnotatedPageIsRead() {
		Path data = SharedData.path("ffii-wiki-texts").getParent();
		Set<String> annotated = FfiiDistantCorpus.annotated(NlpDevFiguresEval.MODELS);
		assertThat(annotated).hasSizeGreaterThanOrEqualTo(100).contains("Eicta050506En.md");
		List<Path> pages = FfiiDistantCorpus.pages(data, annotated);
		assertThat(pages).isNotEmpty()
			.noneMatch(p -> annotated.contains(p.getFileName().toString()))
			.allMatch(p -> p.getFileName().toString().endsWith("En.md"));
		assertThat(FfiiDistantCorpus.pages(data, annotated)).as("the same seeded order every time").isEqualTo(pages);
	}

}
