package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipgraph.ingest.WorkBudget;
import org.ipgraph.nlp.relations.RelationTriggers;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.text.TextBlock;
import org.ipgraph.nlp.text.TextBlocks;

import opennlp.tools.langdetect.Language;

/**
 * Language detection, then for English: sentences, tokens, POS tags, names from the NER
 * model and the gazetteer, and lemmas where relations may be found. Thread-safe: each
 * call borrows an {@link Annotator} of its own, and a long document is split at
 * paragraphs and annotated on several threads. The loops check the caller's
 * {@link WorkBudget}, so a document that runs out of time or is no longer wanted stops.
 */
public final class NlpPipeline implements AutoCloseable {

	/** Languages with models. */
	public static final Set<String> LANGUAGES = Set.of("eng");

	private static final int CHUNK_CHARS = 6_000;

	private static final int MIN_SPLIT = 2_000;

	private final NlpModels models;

	private final int threads;

	private final double minConfidence;

	private final ConcurrentLinkedQueue<Annotator> idle = new ConcurrentLinkedQueue<>();

	private final ExecutorService executor;

	private final PersonNames people;

	private final Set<String> abbreviations;

	private final boolean rules;

	/**
	 * @param models the models
	 * @param threads threads for one long document
	 * @param minConfidence name-finder mentions below this are dropped
	 */
	public NlpPipeline(NlpModels models, int threads, double minConfidence) {
		this(models, threads, minConfidence, true);
	}

	/**
	 * @param models the models
	 * @param threads threads for one long document
	 * @param minConfidence name-finder mentions below this are dropped
	 * @param rules whether the name rules ({@link NameRules}, {@link DocumentNames}) mend
	 * what the models and the gazetteer found; off only to measure the models alone
	 */
	public NlpPipeline(NlpModels models, int threads, double minConfidence, boolean rules) {
		this.models = models;
		this.rules = rules;
		this.threads = Math.max(1, threads);
		this.minConfidence = minConfidence;
		this.people = new PersonNames(models.givenNames() == null ? Set.of() : models.givenNames());
		this.abbreviations = models.abbreviationWords();
		this.executor = this.threads > 1 ? Executors.newFixedThreadPool(this.threads - 1, runnable -> {
			Thread thread = new Thread(runnable, "ipgraph-nlp");
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	public NlpModels models() {
		return this.models;
	}

	/**
	 * Annotates a document.
	 * @param text the document text
	 * @param gazetteer known names to find besides the NER model's
	 */
	public AnnotatedText annotate(String text, Gazetteer gazetteer) {
		return annotate(text, List.of(), false, gazetteer);
	}

	/**
	 * Annotates a document with its structure: a heading or news headline is read as one,
	 * not as a sentence of the body.
	 * @param text the document text
	 * @param blocks its blocks in text order (from the text extractor), or empty
	 * @param markup whether the text is a web page or other marked-up document (Markdown,
	 * HTML; {@link org.ipgraph.nlp.text.ExtractedText#markup()}): only there are acronyms
	 * in capitals and one-word institutions read as organizations, and a name found once
	 * found again across the document (see {@link NameRules})
	 * @param gazetteer known names to find besides the NER model's
	 */
	public AnnotatedText annotate(String text, List<TextBlock> blocks, boolean markup, Gazetteer gazetteer) {
		Annotator first = borrow();
		Language language;
		try {
			language = detect(first, text);
		}
		finally {
			this.idle.offer(first);
		}
		if (!LANGUAGES.contains(language.getLang())) {
			return this.rules ? knownNames(text, language, blocks, gazetteer) : new AnnotatedText(text,
					language.getLang(), language.getConfidence(), false, List.of(), List.of(), blocks);
		}
		List<int[]> chunks = chunks(text);
		List<Chunk> results = new ArrayList<>(chunks.size());
		Reading reading = new Reading(gazetteer, blocks, markup, this.rules ? lowerCaseWords(text) : Set.of());
		if (chunks.size() == 1 || this.executor == null) {
			for (int[] chunk : chunks) {
				results.add(annotate(text, chunk[0], chunk[1], reading));
			}
		}
		else {
			List<Future<Chunk>> futures = new ArrayList<>();
			WorkBudget budget = WorkBudget.current();
			for (int i = 1; i < chunks.size(); i++) {
				int[] chunk = chunks.get(i);
				futures.add(this.executor.submit(budget.bind(() -> annotate(text, chunk[0], chunk[1], reading))));
			}
			results.add(annotate(text, chunks.get(0)[0], chunks.get(0)[1], reading));
			try {
				for (Future<Chunk> future : futures) {
					results.add(join(future));
				}
			}
			finally {
				// a chunk that failed or ran out of budget: the others stop at their next
				// check, or are not started
				futures.forEach(f -> f.cancel(false));
			}
		}
		return assemble(text, language, results, blocks, markup);
	}

	/**
	 * What every chunk of one document is read with.
	 *
	 * @param gazetteer the known names
	 * @param blocks the document's structure
	 * @param markup whether the document is marked up (a web page)
	 * @param lowerCaseWords the words the document writes in lower case
	 */
	private record Reading(Gazetteer gazetteer, List<TextBlock> blocks, boolean markup, Set<String> lowerCaseWords) {

		boolean headline(Sentence sentence) {
			TextBlock block = TextBlocks.at(this.blocks, sentence.start());
			return block != null && block.headline();
		}

		/** Whether the sentence starts a dated news line ("2004-07-16 Outlet: ..."). */
		boolean startsDatedLine(Sentence sentence) {
			TextBlock block = TextBlocks.at(this.blocks, sentence.start());
			return block != null && (block.date() != null || block.kind() == TextBlock.Kind.LIST_ITEM)
					&& sentence.start() - block.start() <= 2;
		}

	}

	/**
	 * The distinct words a text writes in lower case, in one pass.
	 */
	static Set<String> lowerCaseWords(CharSequence text) {
		Set<String> out = new java.util.HashSet<>();
		int start = -1;
		boolean lower = true;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (Character.isLetter(c)) {
				if (start < 0) {
					start = i;
					lower = true;
				}
				lower &= Character.isLowerCase(c);
			}
			else if (start >= 0) {
				if (lower) {
					out.add(text.subSequence(start, i).toString());
				}
				start = -1;
			}
		}
		return out;
	}

	/**
	 * Raw OpenNLP work on a document: sentences, tokens, POS and names, nothing else. For
	 * the benchmark.
	 * @return the number of tokens
	 */
	public int raw(String text) {
		Annotator annotator = borrow();
		try {
			annotator.startDocument();
			return annotator.raw(text);
		}
		finally {
			this.idle.offer(annotator);
		}
	}

	/**
	 * Sentences and tokens only, without tags or names: how training text is split,
	 * exactly as the pipeline splits what it reads.
	 */
	public List<Sentence> sentences(String text) {
		Annotator annotator = borrow();
		try {
			List<Sentence> sentences = annotator.sentences(text, 0, text.length(), false);
			for (int i = 0; i < sentences.size(); i++) {
				Sentence s = sentences.get(i);
				sentences.set(i, new Sentence(i, s.start(), s.end(), s.text(), s.tokens(), s.spans(), null, null));
			}
			return sentences;
		}
		finally {
			this.idle.offer(annotator);
		}
	}

	/**
	 * The tokens of one sentence as character spans.
	 */
	public opennlp.tools.util.Span[] tokenize(String sentence) {
		Annotator annotator = borrow();
		try {
			return annotator.tokenize(sentence);
		}
		finally {
			this.idle.offer(annotator);
		}
	}

	/**
	 * Names in pre-tokenized sentences of one plain-text document (the evaluation's gold
	 * tokens): the name finder, then the gazetteer, merged and mended as
	 * {@link #annotate} does for a text without markup.
	 */
	public List<List<Mention>> find(List<String[]> document, Gazetteer gazetteer) {
		Annotator annotator = borrow();
		try {
			annotator.startDocument();
			List<List<Mention>> out = new ArrayList<>(document.size());
			List<Sentence> sentences = new ArrayList<>(document.size());
			StringBuilder words = new StringBuilder();
			for (int i = 0; i < document.size(); i++) {
				Sentence s = Annotator.fromTokens(i, document.get(i));
				// the rules read the tags, as they do on annotated text
				sentences.add(this.rules ? new Sentence(i, s.start(), s.end(), s.text(), s.tokens(), s.spans(),
						annotator.tags(s.tokens()), null) : s);
				words.append(sentences.get(i).text()).append(' ');
			}
			Set<String> lowerCaseWords = this.rules ? lowerCaseWords(words) : Set.of();
			for (Sentence sentence : sentences) {
				List<Mention> found = withPeople(MentionMerger.merge(annotator.names(sentence),
						gazetteer.find(sentence), this.minConfidence, sentence), sentence);
				out.add(this.rules ? NameRules.apply(found, sentence, false, lowerCaseWords, false) : found);
			}
			return out;
		}
		finally {
			this.idle.offer(annotator);
		}
	}

	/**
	 * People the name finder missed or took for organizations.
	 */
	private List<Mention> withPeople(List<Mention> found, Sentence sentence) {
		if (!this.people.enabled()) {
			return found;
		}
		List<Mention> out = new ArrayList<>(found.size() + 2);
		for (Mention m : found) {
			boolean person = m.type() == EntityType.ORGANIZATION && m.source().equals("ner")
					&& this.people.isPerson(m, sentence);
			out.add(person ? new Mention(EntityType.PERSON, m.text(), m.sentence(), m.tokenStart(), m.tokenEnd(),
					m.start(), m.end(), m.confidence(), "ner+names") : m);
		}
		out.addAll(this.people.find(sentence, found));
		out.sort(Comparator.comparingInt(Mention::start));
		return out;
	}

	/**
	 * A text in a language without models: only the names the gazetteer already knows
	 * (agencies, IP offices, programs, the graph's organizations) and people by a known
	 * given name, never new names guessed by the English models or rules. The text stays
	 * not {@link AnnotatedText#analyzed() analyzed}: no relations are read from it.
	 */
	private AnnotatedText knownNames(String text, Language language, List<TextBlock> blocks, Gazetteer gazetteer) {
		Annotator annotator = borrow();
		try {
			List<Sentence> sentences = annotator.sentences(text, 0, text.length(), false);
			List<List<Mention>> bySentence = new ArrayList<>(sentences.size());
			for (int i = 0; i < sentences.size(); i++) {
				Sentence s = sentences.get(i);
				Sentence indexed = CompoundTokens
					.split(new Sentence(i, s.start(), s.end(), s.text(), s.tokens(), s.spans(), null, null));
				sentences.set(i, indexed);
				List<Mention> known = new ArrayList<>(gazetteer.find(indexed));
				boolean[] taken = new boolean[indexed.tokens().length];
				known.forEach(m -> NameRules.mark(taken, m.tokenStart(), m.tokenEnd()));
				// the short forms of the institutions the lists know, in any language:
				// "la
				// Commission", "der Rat", "le Conseil"
				known.addAll(NameRules.institutions(indexed, taken));
				List<Mention> found = new ArrayList<>(known);
				if (this.people.enabled()) {
					found.addAll(this.people.find(indexed, known));
				}
				found.sort(Comparator.comparingInt(Mention::start));
				bySentence.add(found);
			}
			List<Mention> mentions = new ArrayList<>();
			DocumentNames.propagate(sentences, bySentence).forEach(mentions::addAll);
			mentions.sort(Comparator.comparingInt(Mention::start));
			return new AnnotatedText(text, language.getLang(), language.getConfidence(), false, sentences, mentions,
					blocks);
		}
		finally {
			this.idle.offer(annotator);
		}
	}

	private static Language detect(Annotator annotator, String text) {
		String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
		long letters = sample.chars().filter(Character::isLetter).count();
		if (letters < 20) {
			// too short to tell; the models are English and so, nearly always, is such a
			// line
			return new Language("eng", 0);
		}
		return annotator.language(sample);
	}

	private Chunk annotate(String text, int from, int to, Reading reading) {
		Annotator annotator = borrow();
		try {
			annotator.startDocument();
			List<Sentence> sentences = annotator.sentences(text, from, to);
			List<List<Mention>> mentions = new ArrayList<>(sentences.size());
			WorkBudget budget = WorkBudget.current();
			for (int i = 0; i < sentences.size(); i++) {
				budget.check();
				Sentence sentence = sentences.get(i);
				Sentence indexed = new Sentence(i, sentence.start(), sentence.end(), sentence.text(), sentence.tokens(),
						sentence.spans(), sentence.pos(), null);
				List<Mention> found = withPeople(MentionMerger.merge(annotator.names(indexed),
						reading.gazetteer().find(indexed), this.minConfidence, indexed), indexed);
				if (this.rules) {
					found = NameRules.apply(found, indexed, reading.headline(indexed), reading.lowerCaseWords(),
							reading.markup());
					if (reading.markup() && reading.startsDatedLine(indexed)) {
						found = ContextNames.outlet(found, indexed);
					}
				}
				if (found.size() >= 2 || (found.size() == 1 && RelationTriggers.mayRelate(indexed))) {
					indexed = indexed.withLemmas(annotator.lemmas(indexed));
				}
				sentences.set(i, indexed);
				mentions.add(found);
			}
			return new Chunk(sentences, mentions);
		}
		finally {
			this.idle.offer(annotator);
		}
	}

	private AnnotatedText assemble(String text, Language language, List<Chunk> chunks, List<TextBlock> blocks,
			boolean markup) {
		List<Sentence> sentences = new ArrayList<>();
		List<List<Mention>> bySentence = new ArrayList<>();
		for (Chunk chunk : chunks) {
			for (int i = 0; i < chunk.sentences().size(); i++) {
				Sentence s = chunk.sentences().get(i);
				int index = sentences.size();
				sentences
					.add(new Sentence(index, s.start(), s.end(), s.text(), s.tokens(), s.spans(), s.pos(), s.lemmas()));
				List<Mention> here = new ArrayList<>();
				for (Mention m : chunk.mentions().get(i)) {
					here.add(new Mention(m.type(), m.text(), index, m.tokenStart(), m.tokenEnd(), m.start(), m.end(),
							m.confidence(), m.source()));
				}
				bySentence.add(here);
			}
		}
		if (this.rules && markup) {
			bySentence = DocumentNames.propagate(sentences, bySentence);
		}
		List<Mention> mentions = new ArrayList<>();
		bySentence.forEach(mentions::addAll);
		mentions.sort(Comparator.comparingInt(Mention::start));
		return new AnnotatedText(text, language.getLang(), language.getConfidence(), true, sentences, mentions, blocks);
	}

	/**
	 * Pieces of the text to annotate on separate threads, aligned with the units sentence
	 * detection reads (paragraphs, or bounded pieces of long ones): one per thread for a
	 * mid-sized text, about {@link #CHUNK_CHARS} each for a long one, so a text without
	 * blank lines is shared out too.
	 */
	private List<int[]> chunks(String text) {
		List<int[]> chunks = new ArrayList<>();
		if (this.threads == 1 || text.length() < MIN_SPLIT) {
			chunks.add(new int[] { 0, text.length() });
			return chunks;
		}
		int target = Math.max(MIN_SPLIT / 2, Math.min(CHUNK_CHARS, text.length() / this.threads));
		int start = -1;
		int end = 0;
		for (int[] unit : TextUnits.of(text, 0, text.length(), this.abbreviations::contains)) {
			if (start < 0) {
				start = unit[0];
			}
			end = unit[1];
			if (end - start >= target) {
				chunks.add(new int[] { start, end });
				start = -1;
			}
		}
		if (start >= 0) {
			chunks.add(new int[] { start, end });
		}
		if (chunks.isEmpty()) {
			chunks.add(new int[] { 0, text.length() });
		}
		return chunks;
	}

	private Annotator borrow() {
		Annotator annotator = this.idle.poll();
		return annotator != null ? annotator : new Annotator(this.models);
	}

	private static Chunk join(Future<Chunk> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	private record Chunk(List<Sentence> sentences, List<List<Mention>> mentions) {
	}

}
