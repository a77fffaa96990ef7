package org.ipgraph.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringList;

/**
 * The OpenNLP models, loaded once and shared: models are immutable and thread-safe, only
 * the {@code *ME} classes that use them are not (see {@link Annotator}). The English base
 * models come from the {@code opennlp-models-*} artifacts, the NER model from
 * {@code nlp-models/}.
 *
 * @param language language detector (103 languages)
 * @param sentences English sentence detector
 * @param tokens English tokenizer
 * @param pos English POS tagger (universal tags)
 * @param lemmas English lemmatizer
 * @param ner the project's NER model, or null for gazetteer-only analysis
 * @param nerVersion name and content hash of the NER model, recorded with every extracted
 * fact
 * @param abbreviations abbreviations that do not end a sentence ("No.", "Pat.", "U.S.")
 * @param givenNames given names of people, for names the NER model misses
 */
public record NlpModels(LanguageDetectorModel language, SentenceModel sentences, TokenizerModel tokens, POSModel pos,
		LemmatizerModel lemmas, TokenNameFinderModel ner, String nerVersion, Dictionary abbreviations,
		java.util.Set<String> givenNames) {

	/** Given names derived from inventor records by {@code ipgraph nlp train}. */
	public static final String GIVEN_NAMES = "reference/given-names.txt";

	/** The project's NER model under {@code nlp-models/}. */
	public static final String NER_MODEL = "ner/ipgraph-ner.bin";

	static final String LANGDETECT = "langdetect-183.bin";

	static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

	// Legal and patent prose is full of these; the UD sentence model splits after most of
	// them
	private static final List<String> ABBREVIATIONS = List.of("No.", "Nos.", "no.", "nos.", "Pat.", "Pats.", "U.S.",
			"U.S.C.", "C.F.R.", "Inc.", "Corp.", "Co.", "Ltd.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Jr.", "Sr.",
			"St.", "Ser.", "Appl.", "App.", "Fig.", "Figs.", "FIG.", "FIGS.", "Ph.D.", "et", "al.", "e.g.", "i.e.",
			"etc.", "vs.", "v.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
			"Nov.", "Dec.", "Dept.", "Gov.", "Govt.", "Univ.", "Inst.", "Natl.", "Assn.", "Sec.", "Art.", "Ch.", "Pub.",
			"L.", "Stat.", "Fed.", "Reg.", "Cir.", "Cl.", "Ct.", "D.", "S.", "N.", "E.", "W.", "Mass.", "Calif.",
			"Tex.", "Del.", "Va.", "Md.", "approx.", "cf.", "para.", "pp.", "p.", "Vol.", "Rev.", "Div.", "Ass'n",
			"Int'l");

	private static volatile NlpModels base;

	/**
	 * The English base models without NER, loaded on first use and then kept.
	 */
	public static NlpModels base() {
		NlpModels b = base;
		if (b == null) {
			synchronized (NlpModels.class) {
				b = base;
				if (b == null) {
					b = loadBase();
					base = b;
				}
			}
		}
		return b;
	}

	/**
	 * The base models with the project's NER model from these files.
	 */
	public static NlpModels load(ModelFiles files) {
		byte[] bytes = files.read(NER_MODEL);
		try {
			NlpModels models = base().withNer(new TokenNameFinderModel(new ByteArrayInputStream(bytes)),
					version(bytes));
			return files.exists(GIVEN_NAMES) ? models.withGivenNames(givenNames(files)) : models;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the NER model " + NER_MODEL + " from " + files, ex);
		}
	}

	/**
	 * The abbreviations as words, e.g. {@code Pat.}.
	 */
	java.util.Set<String> abbreviationWords() {
		java.util.Set<String> words = new java.util.HashSet<>();
		this.abbreviations.forEach(entry -> words.add(entry.getToken(0)));
		return words;
	}

	/**
	 * The version of a NER model file: {@code ipgraph-ner@} and the start of the hash of
	 * its weights.
	 */
	public static String version(byte[] model) {
		try {
			return "ipgraph-ner@" + weightsHash(model).substring(0, 12);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("not a NER model file", ex);
		}
	}

	public NlpModels withNer(TokenNameFinderModel model, String version) {
		return new NlpModels(this.language, this.sentences, this.tokens, this.pos, this.lemmas, model, version,
				this.abbreviations, this.givenNames);
	}

	public NlpModels withGivenNames(java.util.Set<String> names) {
		return new NlpModels(this.language, this.sentences, this.tokens, this.pos, this.lemmas, this.ner,
				this.nerVersion, this.abbreviations, java.util.Set.copyOf(names));
	}

	public static java.util.Set<String> givenNames(ModelFiles files) {
		java.util.Set<String> names = new java.util.HashSet<>();
		for (String line : new String(files.read(GIVEN_NAMES), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				names.add(line.strip());
			}
		}
		return names;
	}

	private static NlpModels loadBase() {
		try {
			Dictionary abbreviations = new Dictionary(true);
			ABBREVIATIONS.forEach(a -> abbreviations.put(new StringList(a)));
			// initials: "issued to H. Holtz"
			for (char c = 'A'; c <= 'Z'; c++) {
				abbreviations.put(new StringList(c + "."));
			}
			return new NlpModels(new LanguageDetectorModel(resource(LANGDETECT)),
					new SentenceModel(resource(SENTENCES)), new TokenizerModel(resource(TOKENS)),
					new POSModel(resource(POS)), new LemmatizerModel(resource(LEMMAS)), null, "none", abbreviations,
					java.util.Set.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot load the OpenNLP base models", ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException(name + " is not on the classpath (opennlp-models-* artifacts)");
		}
		return in;
	}

	/**
	 * The hash of the model's weights, not of the file: the file also records when it was
	 * trained, so retraining on the same data changes the file but not this version.
	 */
	static String weightsHash(byte[] model) throws IOException {
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(model))) {
			java.util.zip.ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().endsWith(".model")) {
					return sha256(zip.readAllBytes());
				}
			}
		}
		return sha256(model);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
