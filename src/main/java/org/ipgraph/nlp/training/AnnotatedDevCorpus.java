package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.util.Span;
import org.ipgraph.nlp.AnnotatedText;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.text.ExtractedText;

/**
 * In-domain supervision from the hand-annotated <em>dev</em> pages and passages
 * ({@code annotated/ffii/dev.jsonl}, {@code annotated/policy/dev.jsonl}; the test split
 * is never read): every sentence of a page's annotated region, with the gold mentions as
 * its labels. A page is read as ingest reads it (the text extractor, its blocks and
 * markup, the pipeline's sentences and tokens), so training sees the token view the name
 * finder sees at inference; each gold span (source characters) is mapped to the tokens
 * whose source characters start and end where it does.
 * <ul>
 * <li>The annotated types come from the gold: ORGANIZATION, PERSON, POLICY and FUND on
 * the FFII pages, also LOCATION, MONEY and DATE on the policy passages. The types not
 * annotated (dates, places, amounts, patent numbers on the FFII pages) are taken from the
 * labelling pipeline (the NER model shipped before issue 10, as for {@code ffii-distant})
 * where they do not overlap a gold mention.</li>
 * <li>A sentence is left out when a gold mention is not whole tokens of it (a name the
 * tokenizer splits inside a word, or one that crosses a sentence break), when gold
 * mentions overlap, or when it is not wholly inside the annotated region.</li>
 * <li>Pages in other languages are left out: the model does not read them.</li>
 * </ul>
 * The corpus is small beside the derived ones, so it is trained {@link #WEIGHT} times
 * over ({@link TrainingData#WEIGHTS}).
 */
final class AnnotatedDevCorpus {

	static final String NAME = "annotated-dev";

	/**
	 * How many times its sentences are trained on (chosen by cross-validation on dev).
	 */
	static final int WEIGHT = 3;

	/** The split read: never the test split. */
	static final String SPLIT = "dev";

	/** The types annotated on the policy passages (their guideline: every mention). */
	static final Set<EntityType> PASSAGE_TYPES = Set.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.POLICY,
			EntityType.FUND, EntityType.LOCATION, EntityType.MONEY, EntityType.DATE);

	private AnnotatedDevCorpus() {
	}

	/**
	 * The types a page's gold holds every mention of.
	 */
	static Set<EntityType> goldTypes(AnnotatedSets.Page page) {
		return page.set().equals(AnnotatedSets.POLICY) ? PASSAGE_TYPES : Set.copyOf(page.types());
	}

	/**
	 * One labelled document per English page (and passage), in the order given.
	 */
	static List<LabelledDocument> documents(List<AnnotatedSets.Page> pages, NlpPipeline labeller, Gazetteer gazetteer) {
		List<LabelledDocument> out = new ArrayList<>();
		for (AnnotatedSets.Page page : pages) {
			if (!page.split().equals(SPLIT)) {
				throw new IllegalArgumentException(page.id() + ": only dev pages are trained on, not " + page.split());
			}
			LabelledDocument document = document(page, labeller, gazetteer);
			if (document != null) {
				out.add(document);
			}
		}
		return out;
	}

	/**
	 * The labelled sentences of one page, or null when the model does not read it
	 * (another language).
	 */
	static LabelledDocument document(AnnotatedSets.Page page, NlpPipeline labeller, Gazetteer gazetteer) {
		if (!page.english()) {
			return null;
		}
		ExtractedText extracted = TextEntityEvaluation.extract(page);
		AnnotatedText text = labeller.annotate(extracted.text(), extracted.blocks(), extracted.markup(), gazetteer);
		if (!text.analyzed()) {
			return null;
		}
		Map<Integer, List<Mention>> bySentence = new HashMap<>();
		for (Mention m : text.mentions()) {
			bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
		}
		List<TrainingSample> samples = new ArrayList<>();
		for (Sentence sentence : text.sentences()) {
			TrainingSample sample = sample(sentence, extracted, page,
					bySentence.getOrDefault(sentence.index(), List.of()));
			if (sample != null) {
				samples.add(sample);
			}
		}
		return new LabelledDocument(page.id(), samples, false);
	}

	/**
	 * One sentence with its gold mentions (and the labeller's mentions of the types the
	 * gold does not hold), or null when it cannot be taught.
	 * @param sentence a sentence of the extracted text
	 * @param extracted the page's extracted text (maps text offsets to source offsets)
	 * @param page the annotated page
	 * @param found the labelling pipeline's mentions in this sentence
	 */
	static TrainingSample sample(Sentence sentence, ExtractedText extracted, AnnotatedSets.Page page,
			List<Mention> found) {
		String[] tokens = sentence.tokens();
		if (tokens.length == 0) {
			return null;
		}
		Map<Integer, Integer> startsAt = new HashMap<>();
		Map<Integer, Integer> endsAt = new HashMap<>();
		int first = -1;
		int last = -1;
		for (int i = 0; i < tokens.length; i++) {
			int[] source = extracted.sourceSpan(sentence.charStart(i), sentence.charEnd(i));
			if (source == null) {
				return null;
			}
			startsAt.putIfAbsent(source[0], i);
			endsAt.put(source[1], i);
			first = i == 0 ? source[0] : first;
			last = source[1];
		}
		if (first < page.regionStart() || last > page.regionEnd()) {
			return null;
		}
		Set<EntityType> goldTypes = goldTypes(page);
		List<Span> names = new ArrayList<>();
		for (AnnotatedSets.Gold g : page.entities()) {
			if (!goldTypes.contains(g.type()) || g.end() <= first || g.start() >= last) {
				continue;
			}
			Integer from = startsAt.get(g.start());
			Integer to = endsAt.get(g.end());
			if (from == null || to == null || to < from) {
				// not whole tokens of this sentence: neither taught as a name nor as none
				return null;
			}
			names.add(new Span(from, to + 1, g.type().tag()));
		}
		names.sort(Comparator.comparingInt(Span::getStart));
		for (int i = 1; i < names.size(); i++) {
			if (names.get(i).getStart() < names.get(i - 1).getEnd()) {
				return null;
			}
		}
		List<Span> gold = List.copyOf(names);
		for (Mention m : found) {
			if (goldTypes.contains(m.type()) || m.tokenStart() >= m.tokenEnd() || m.tokenEnd() > tokens.length
					|| sentence.charStart(m.tokenStart()) != m.start()
					|| sentence.charEnd(m.tokenEnd() - 1) != m.end()) {
				continue;
			}
			Span span = new Span(m.tokenStart(), m.tokenEnd(), m.type().tag());
			if (names.stream().noneMatch(n -> n.intersects(span))) {
				names.add(span);
			}
		}
		if (names.size() > gold.size()) {
			names.sort(Comparator.comparingInt(Span::getStart));
		}
		return new TrainingSample(tokens, names);
	}

}
