package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import org.ipgraph.ingest.WorkBudget;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * One set of OpenNLP {@code *ME} instances. They keep per-call state and are not
 * thread-safe, so each thread borrows its own from {@link NlpPipeline}; the models behind
 * them are shared.
 */
final class Annotator {

	static final int MAX_SENTENCE_TOKENS = 200;

	private final LanguageDetectorME language;

	private final AbbreviationSentenceDetector sentences;

	private final TokenizerME tokenizer;

	private final POSTaggerME pos;

	private final LemmatizerME lemmatizer;

	private final NameFinderME ner;

	private final Set<String> abbreviations;

	Annotator(NlpModels models) {
		this.language = new LanguageDetectorME(models.language());
		this.sentences = new AbbreviationSentenceDetector(models.sentences(), models.abbreviations());
		this.tokenizer = new TokenizerME(models.tokens());
		this.pos = new POSTaggerME(models.pos());
		this.lemmatizer = new LemmatizerME(models.lemmas());
		this.ner = models.ner() != null ? new NameFinderME(models.ner()) : null;
		this.abbreviations = models.abbreviationWords();
	}

	Language language(CharSequence text) {
		return this.language.predictLanguage(text);
	}

	/**
	 * Forgets what the name finder learned from the previous document.
	 */
	void startDocument() {
		if (this.ner != null) {
			this.ner.clearAdaptiveData();
		}
	}

	/**
	 * Sentences of the text between {@code from} and {@code to}, paragraph by paragraph
	 * (a long paragraph in pieces of at most {@link TextUnits#MAX_UNIT} characters), with
	 * tokens and POS tags; indexes and offsets are relative to the whole text.
	 */
	List<Sentence> sentences(String text, int from, int to) {
		return sentences(text, from, to, true);
	}

	List<Sentence> sentences(String text, int from, int to, boolean tag) {
		List<Sentence> out = new ArrayList<>();
		WorkBudget budget = WorkBudget.current();
		for (int[] unit : units(text, from, to)) {
			budget.check();
			String paragraph = text.substring(unit[0], unit[1]);
			// a piece is bounded (TextUnits), and still reads through the budget's guard
			for (Span span : merged(paragraph, this.sentences.sentPosDetect(budget.guard(paragraph)))) {
				addSentence(text, unit[0] + span.getStart(), unit[0] + span.getEnd(), out, tag);
			}
		}
		return out;
	}

	/**
	 * The pieces sentence detection reads.
	 */
	List<int[]> units(String text, int from, int to) {
		return TextUnits.of(text, from, to, this.abbreviations::contains);
	}

	/**
	 * A sentence that starts lower case continues the previous one: the sentence model
	 * split at an abbreviation it does not know.
	 */
	private static List<Span> merged(String paragraph, Span[] spans) {
		List<Span> out = new ArrayList<>(spans.length);
		for (Span span : spans) {
			char first = paragraph.charAt(span.getStart());
			if (!out.isEmpty() && (Character.isLowerCase(first) || first == ',' || first == ';' || first == ')')) {
				Span previous = out.remove(out.size() - 1);
				out.add(new Span(previous.getStart(), span.getEnd()));
			}
			else {
				out.add(span);
			}
		}
		return out;
	}

	/**
	 * The part-of-speech tags of given tokens.
	 */
	String[] tags(String[] tokens) {
		return this.pos.tag(tokens);
	}

	Span[] tokenize(String sentence) {
		return TokenRepair.repair(sentence, this.tokenizer.tokenizePos(sentence), this.abbreviations);
	}

	private void addSentence(String text, int start, int end, List<Sentence> out, boolean tag) {
		String sentence = text.substring(start, end);
		Span[] local = tokenize(sentence);
		for (int from = 0; from < local.length; from += MAX_SENTENCE_TOKENS) {
			int until = Math.min(local.length, from + MAX_SENTENCE_TOKENS);
			Span[] spans = new Span[until - from];
			String[] tokens = new String[until - from];
			for (int i = from; i < until; i++) {
				spans[i - from] = new Span(start + local[i].getStart(), start + local[i].getEnd());
				tokens[i - from] = sentence.substring(local[i].getStart(), local[i].getEnd());
			}
			int s = spans[0].getStart();
			int e = spans[spans.length - 1].getEnd();
			out.add(new Sentence(-1, s, e, text.substring(s, e), tokens, spans, tag ? this.pos.tag(tokens) : null,
					null));
		}
	}

	/**
	 * A sentence made of given tokens, joined by single spaces.
	 */
	static Sentence fromTokens(int index, String[] tokens) {
		return Sentence.ofTokens(index, tokens);
	}

	/**
	 * Names in a sentence, with the name finder's mean token probability as confidence.
	 */
	List<Mention> names(Sentence sentence) {
		if (this.ner == null || sentence.tokens().length == 0) {
			return List.of();
		}
		Span[] spans = this.ner.find(sentence.tokens());
		double[] probabilities = this.ner.probs(spans);
		List<Mention> out = new ArrayList<>(spans.length);
		for (int i = 0; i < spans.length; i++) {
			Span span = spans[i];
			EntityType type;
			try {
				type = EntityType.ofTag(span.getType());
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			out.add(new Mention(type, sentence.cover(span.getStart(), span.getEnd()), sentence.index(), span.getStart(),
					span.getEnd(), sentence.charStart(span.getStart()), sentence.charEnd(span.getEnd() - 1),
					probabilities[i], "ner"));
		}
		return out;
	}

	String[] lemmas(Sentence sentence) {
		return this.lemmatizer.lemmatize(sentence.tokens(), sentence.pos());
	}

	/**
	 * Tokenize, tag and find names only: the raw OpenNLP work the benchmark compares
	 * against.
	 */
	int raw(String text) {
		int tokens = 0;
		// piece by piece, as the pipeline reads: a heading does not join the next
		// sentence
		for (int[] unit : units(text, 0, text.length())) {
			String paragraph = text.substring(unit[0], unit[1]);
			for (Span span : this.sentences.sentPosDetect(paragraph)) {
				String[] words = this.tokenizer.tokenize(span.getCoveredText(paragraph).toString());
				this.pos.tag(words);
				if (this.ner != null) {
					this.ner.find(words);
				}
				tokens += words.length;
			}
		}
		return tokens;
	}

}
