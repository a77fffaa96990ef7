package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import opennlp.tools.util.Span;
import org.ipgraph.nlp.AnnotatedText;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.text.ExtractedText;
import org.ipgraph.nlp.text.TextBlock;
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.TextExtractor;

/**
 * Distant supervision from the unannotated English FFII wiki pages
 * ({@code ffii-wiki-texts/en}): web prose about patent policy, litigation, companies and
 * people, the kind of text the hand-annotated pages hold. Every page that is annotated in
 * either split ({@code annotated/ffii/pages.tsv}, by file name) is left out, so nothing
 * of the dev or test pages is trained on.
 * <p>
 * A page is read as ingest reads it (the Markdown extractor, then the pipeline with the
 * name rules and the reference gazetteer), with the NER model shipped before issue 10
 * ({@code ner/ipgraph-ner-previous.bin}), which does not change when the model is
 * retrained, so the labels come out the same on every run. A sentence is kept only when
 * its names are trustworthy:
 * <ul>
 * <li>it has an organization or a person, and every organization and person in it comes
 * from a high-precision source: organizations from the gazetteer (reference names), the
 * parties of a suit, institutions and the outlets of dated news lines; persons from a
 * context rule (a role or verb of speech beside the name, a title), a known given name,
 * the names found again across the page, or the name finder when the page writes the same
 * name at least twice;</li>
 * <li>it is not a heading or a dated news headline (title case), has 4 to 80 tokens, and
 * was not kept before (pages repeat press releases word for word).</li>
 * </ul>
 * The pages are shuffled with a fixed seed and read up to {@code maxSentences} kept
 * sentences.
 */
final class FfiiDistantCorpus {

	static final String NAME = "ffii-distant";

	static final String DIR = "ffii-wiki-texts/en";

	static final String ANNOTATED_PAGES = "annotated/ffii/pages.tsv";

	static final long SEED = 20261207L;

	/**
	 * The sources whose organizations are trusted as they are: the reference names, the
	 * parties of a suit, institutions and the outlets of dated news lines.
	 */
	static final Set<String> TRUSTED_ORGANIZATIONS = Set.of("gazetteer", "ner+gazetteer", "party", "institution",
			"outlet");

	/**
	 * The sources whose persons are trusted as they are: a role or verb of speech beside
	 * the name, a title, a known given name, and the name found again across the page.
	 */
	static final Set<String> TRUSTED_PERSONS = Set.of("context", "title", "names", "ner+names", "document");

	/** Words of amounts: a sentence with one is left out. */
	static final Set<String> AMOUNTS = Set.of("$", "€", "£", "eur", "euro", "euros", "usd", "dollar", "dollars",
			"million", "billion", "mio", "bn");

	private FfiiDistantCorpus() {
	}

	/**
	 * The file names of every annotated FFII page, dev and test.
	 */
	static Set<String> annotated(Path modelDir) {
		Set<String> out = new HashSet<>();
		try {
			for (String line : Files.readAllLines(modelDir.resolve(ANNOTATED_PAGES), StandardCharsets.UTF_8)) {
				if (line.startsWith("#") || line.startsWith("path\t") || line.isBlank()) {
					continue;
				}
				out.add(Path.of(line.split("\t", 2)[0]).getFileName().toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + modelDir.resolve(ANNOTATED_PAGES), ex);
		}
		if (out.isEmpty()) {
			throw new IllegalStateException(modelDir.resolve(ANNOTATED_PAGES) + ": no annotated pages listed");
		}
		return out;
	}

	/**
	 * The pages to read: every English page not annotated, in a seeded order.
	 */
	static List<Path> pages(Path data, Set<String> annotated) {
		List<Path> out;
		try (Stream<Path> files = Files.list(data.resolve(DIR))) {
			out = new ArrayList<>(files.filter(
					f -> f.getFileName().toString().endsWith(".md") && !annotated.contains(f.getFileName().toString()))
				.sorted()
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + data.resolve(DIR), ex);
		}
		Collections.shuffle(out, new Random(SEED));
		return out;
	}

	static List<LabelledDocument> documents(Path data, Path modelDir, NlpPipeline labeller, Gazetteer gazetteer,
			int maxSentences) {
		Set<String> annotated = annotated(modelDir);
		List<LabelledDocument> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int kept = 0;
		for (Path file : pages(data, annotated)) {
			if (kept >= maxSentences) {
				break;
			}
			ExtractedText text;
			try {
				text = TextExtractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
			}
			catch (TextExtractionException ex) {
				continue;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
			AnnotatedText annotatedText = labeller.annotate(text.text(), text.blocks(), text.markup(), gazetteer);
			if (!annotatedText.analyzed()) {
				continue;
			}
			List<TrainingSample> samples = new ArrayList<>();
			for (TrainingSample sample : samples(annotatedText)) {
				if (kept < maxSentences && seen.add(sample.toLine())) {
					samples.add(sample);
					kept++;
				}
			}
			out.add(new LabelledDocument(data.resolve(DIR).relativize(file).toString(), samples, false));
		}
		return out;
	}

	/**
	 * The sentences of one read page whose names can be trusted, labelled with every
	 * mention the pipeline found in them.
	 */
	static List<TrainingSample> samples(AnnotatedText text) {
		Map<Integer, List<Mention>> bySentence = new HashMap<>();
		Map<String, Integer> written = new HashMap<>();
		for (Mention m : text.mentions()) {
			bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
			written.merge(m.type() + "\t" + m.text(), 1, Integer::sum);
		}
		List<TrainingSample> out = new ArrayList<>();
		for (Sentence sentence : text.sentences()) {
			TextBlock block = text.block(sentence);
			String[] tokens = sentence.tokens();
			if ((block != null && block.headline()) || tokens.length < 4 || tokens.length > 80) {
				continue;
			}
			List<Mention> mentions = bySentence.getOrDefault(sentence.index(), List.of());
			TrainingSample sample = sample(sentence, mentions, written);
			if (sample != null) {
				out.add(sample);
			}
		}
		return out;
	}

	/**
	 * One sentence as a training sample, or null when it is not to be trusted.
	 */
	static TrainingSample sample(Sentence sentence, List<Mention> mentions, Map<String, Integer> written) {
		String[] tokens = sentence.tokens();
		List<Span> names = new ArrayList<>();
		for (String token : tokens) {
			if (AMOUNTS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
				// amounts on web pages ("10 million Euro", "$2") are written in ways the
				// money patterns do not span as the derived corpora do: not taught here
				return null;
			}
		}
		boolean person = false;
		int last = 0;
		for (Mention m : mentions) {
			if (m.tokenStart() < last || m.tokenEnd() > tokens.length || m.tokenStart() >= m.tokenEnd()
					|| sentence.charStart(m.tokenStart()) != m.start()
					|| sentence.charEnd(m.tokenEnd() - 1) != m.end()) {
				// a span that is not whole tokens cannot be taught
				return null;
			}
			if (m.type() == EntityType.PERSON && !TRUSTED_PERSONS.contains(m.source())
					&& written.getOrDefault(m.type() + "\t" + m.text(), 0) < 2) {
				// a name the sentence cannot vouch for: neither taught as a name nor as
				// none
				return null;
			}
			person |= m.type() == EntityType.PERSON;
			names.add(new Span(m.tokenStart(), m.tokenEnd(), m.type().tag()));
			last = m.tokenEnd();
		}
		if (!person) {
			return null;
		}
		return new TrainingSample(tokens, names);
	}

}
