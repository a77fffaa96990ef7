package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.linking.ReferenceData;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.NlpModels;

/**
 * Writes the training and held-out files of every corpus into the model directory, and
 * the agency reference list they and the linker share.
 */
final class TrainingData {

	static final String TRAIN = "train";

	static final String HELD_OUT = "heldout";

	static final String HANDWRITTEN_SOURCE = "heldout/handwritten.txt";

	/**
	 * Derived corpora: labels come from real structured records, or (ffii-distant) from
	 * the high-precision sources of the pipeline on real web pages.
	 */
	static final List<String> DERIVED = List.of("gov-interest", "patent-text", "law", FfiiDistantCorpus.NAME);

	/** Sentences kept from the unannotated FFII pages (distant supervision). */
	static final int FFII_SENTENCES = 6000;

	/** Project-written templates only. */
	static final List<String> SYNTHETIC = List.of("synthetic");

	/**
	 * Hand-annotated in-domain text: the gold mentions of the dev pages and passages
	 * (never the test split). Not trained on yet: measured first by cross-validation on
	 * dev ({@code NlpDevCrossValidationEval}).
	 */
	static final List<String> ANNOTATED = List.of();

	/** How many times a corpus is trained on (1 when not listed). */
	static final Map<String, Integer> WEIGHTS = Map.of(AnnotatedDevCorpus.NAME, AnnotatedDevCorpus.WEIGHT);

	/**
	 * Every corpus the shipped model is trained on, in training order.
	 */
	static List<String> corpora() {
		List<String> out = new ArrayList<>(DERIVED);
		out.addAll(SYNTHETIC);
		out.addAll(ANNOTATED);
		return out;
	}

	private static final Pattern MARKUP = Pattern.compile("\\[\\[([a-z_]+):(.+?)]]");

	private TrainingData() {
	}

	static void write(Path data, Path modelDir, NlpPipeline pipeline, PrintStream log) {
		ModelFiles files = ModelFiles.at(modelDir);
		List<KnownEntity> programs = ReferenceData.programs(files);
		Map<String, String> programNames = new LinkedHashMap<>();
		programs.forEach(p -> programNames.put(p.name(), p.acronyms().isEmpty() ? "" : p.acronyms().get(0)));
		AgencyList agencies = AgencyList.build(data, new ArrayList<>(programNames.keySet()), raw -> true);
		agencies.write(modelDir.resolve(ReferenceData.AGENCIES));
		log.println("  reference/agencies.tsv: " + AgencyList.counts(agencies));

		Gazetteer known = labellingGazetteer(agencies, programs);
		DocumentLabeler patentLabeler = new DocumentLabeler(pipeline, known, 8);
		DocumentLabeler lawLabeler = new DocumentLabeler(pipeline, known, 5);
		Labeler labeler = new Labeler(pipeline);

		NamePools train = NamePools.load(data, agencies, programNames, false);
		NamePools held = NamePools.load(data, agencies, programNames, true);
		writeGivenNames(modelDir, train.givenNames, log);
		KnownOrganizations organizations = KnownOrganizations.derive(data, NlpModels.givenNames(files));
		organizations.write(KnownOrganizations.path(modelDir));
		log.println("  reference/organizations.tsv: " + organizations.organizations().size() + " organizations, "
				+ organizations.ambiguous().size() + " common words left out");
		PageOrganizations pageOrganizations = PageOrganizations.derive(data, modelDir, NlpModels.givenNames(files));
		int heldOut = PageOrganizations.heldOutPages(data, modelDir);
		pageOrganizations.write(PageOrganizations.path(modelDir), heldOut);
		log.println("  reference/page-organizations.tsv: " + pageOrganizations.organizations().size()
				+ " organizations from the unannotated FFII pages (" + heldOut
				+ " annotated pages and translations left out)");
		List<String> lawPolicies = lawPolicies(data);

		write(modelDir, "gov-interest", templated(labeler, GovInterestCorpus.statements(train, 4000, 1)),
				templated(labeler, GovInterestCorpus.statements(held, 400, 2)), log);
		write(modelDir, "synthetic",
				templated(labeler,
						SyntheticCorpus.sentences(train.organizations, train.people, train.agencies, lawPolicies, 8000,
								3)),
				templated(labeler,
						SyntheticCorpus.sentences(held.organizations, held.people, held.agencies, lawPolicies, 400, 4)),
				log);
		split(modelDir, "patent-text", PatentTextCorpus.documents(data, patentLabeler), log);
		split(modelDir, "law", LawCorpus.documents(data, lawLabeler), log);
		handwritten(modelDir, labeler, log);
		ffiiDistant(data, modelDir, FFII_SENTENCES, log);
	}

	/**
	 * The gold mentions of the annotated dev pages and passages as training sentences,
	 * labelled where the gold is silent by the NER model shipped before issue 10 (as
	 * {@code ffii-distant}).
	 */
	static void annotatedDev(Path data, Path modelDir, PrintStream log) {
		try (NlpPipeline labeller = new NlpPipeline(labellingModels(modelDir), 1, 0.5)) {
			List<LabelledDocument> documents = AnnotatedDevCorpus.documents(
					new AnnotatedSets(modelDir, data).pages(AnnotatedDevCorpus.SPLIT), labeller,
					referenceGazetteer(modelDir));
			writeFile(modelDir.resolve(TRAIN).resolve(AnnotatedDevCorpus.NAME + ".train"), documents);
			log.printf("  %-14s train %,6d sentences from %,d dev pages and passages (hand-annotated, weight %d)%n",
					AnnotatedDevCorpus.NAME, sentences(documents), documents.size(), AnnotatedDevCorpus.WEIGHT);
		}
	}

	/**
	 * The models with the NER model shipped before issue 10, which does not change on
	 * retraining: the labeller of the corpora read from web pages.
	 */
	static NlpModels labellingModels(Path modelDir) {
		ModelFiles files = ModelFiles.at(modelDir);
		byte[] previous = files.read(NlpTraining.PREVIOUS);
		opennlp.tools.namefind.TokenNameFinderModel model;
		try {
			model = new opennlp.tools.namefind.TokenNameFinderModel(new java.io.ByteArrayInputStream(previous));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + NlpTraining.PREVIOUS, ex);
		}
		return NlpModels.load(files).withNer(model, NlpModels.version(previous));
	}

	/**
	 * The names of the reference lists, as the pipeline's gazetteer.
	 */
	static Gazetteer referenceGazetteer(Path modelDir) {
		org.ipgraph.nlp.linking.LinkIndex reference = new org.ipgraph.nlp.linking.LinkIndex();
		ReferenceData.lists(ModelFiles.at(modelDir)).forEach(reference::add);
		return reference.gazetteer();
	}

	/**
	 * The distantly labelled FFII pages (training only: the annotated pages are the
	 * held-out set of this kind of text).
	 */
	static void ffiiDistant(Path data, Path modelDir, int maxSentences, PrintStream log) {
		try (NlpPipeline labeller = new NlpPipeline(labellingModels(modelDir), 1, 0.5)) {
			List<LabelledDocument> documents = FfiiDistantCorpus.documents(data, modelDir, labeller,
					referenceGazetteer(modelDir), maxSentences);
			writeFile(modelDir.resolve(TRAIN).resolve(FfiiDistantCorpus.NAME + ".train"), documents);
			log.printf("  %-14s train %,6d sentences from %,d pages (distant supervision)%n", FfiiDistantCorpus.NAME,
					sentences(documents), documents.size());
		}
	}

	/**
	 * The agencies, programs and a few institutions every corpus labels by name.
	 */
	static Gazetteer labellingGazetteer(AgencyList agencies, List<KnownEntity> programs) {
		Gazetteer gazetteer = new Gazetteer();
		for (AgencyList.Agency agency : agencies.agencies()) {
			EntityType type = agency.kind.equals("program") ? EntityType.FUND : EntityType.ORGANIZATION;
			gazetteer.add(type, agency.name);
			agency.aliases.stream().filter(NamePools::cleanAlias).forEach(a -> gazetteer.add(type, a));
			agency.acronyms.forEach(a -> gazetteer.add(type, a));
		}
		for (KnownEntity program : programs) {
			gazetteer.add(EntityType.FUND, program.name());
			program.aliases().forEach(a -> gazetteer.add(EntityType.FUND, a));
			program.acronyms().forEach(a -> gazetteer.add(EntityType.FUND, a));
		}
		for (String name : List.of("Congress", "United States Patent and Trademark Office",
				"Patent and Trademark Office", "Office of Management and Budget", "Government Accountability Office",
				"Comptroller General")) {
			gazetteer.add(EntityType.ORGANIZATION, name);
		}
		GovInterestCorpus.OFFICES.forEach(o -> gazetteer.add(EntityType.ORGANIZATION, o));
		return gazetteer;
	}

	private static final Set<String> NOT_GIVEN_NAMES = Set.of("May", "Will", "Grant", "Long", "Young", "Sun", "Hope",
			"Rich", "Rose", "Star", "Summer", "Page", "Chase", "Dean", "Major", "General", "Justice", "Price", "Bell",
			"King", "Guy", "Van", "Von", "De", "La", "Le", "Di", "Du", "The", "And", "Of", "North", "South", "East",
			"West", "New", "San", "Santa", "United", "National", "Federal", "Patent", "Jan", "Mar", "Art", "Ray",
			"Sung", "Min", "Joy", "Faith", "Gene", "Lane", "Wood", "Case", "Cable", "Power", "Bright", "Smart", "Best",
			"Well");

	/**
	 * Given names of inventors that start at least two inventor names, for people the
	 * name finder misses.
	 */
	private static void writeGivenNames(Path modelDir, Map<String, Integer> counts, PrintStream log) {
		List<String> lines = new ArrayList<>();
		lines.add("# Given names: derived by 'ipgraph nlp train' from inventor names "
				+ "(google-patents-wearables-2024), used to find people the NER model misses.");
		counts.forEach((name, n) -> {
			if (n >= 2 && name.length() >= 2 && !NOT_GIVEN_NAMES.contains(name)) {
				lines.add(name);
			}
		});
		try {
			Files.write(modelDir.resolve(org.ipgraph.nlp.NlpModels.GIVEN_NAMES), lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.println("  reference/given-names.txt: " + (lines.size() - 1) + " names");
	}

	private static List<String> lawPolicies(Path data) {
		Set<String> out = new LinkedHashSet<>();
		try (var files = Files.walk(data.resolve(LawCorpus.DIR))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				String text = Files.readString(file);
				for (CharLabel label : Patterns.policies(text)) {
					out.add(text.substring(label.start(), label.end()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArrayList<>(out).subList(0, Math.min(out.size(), 150));
	}

	private static List<LabelledDocument> templated(Labeler labeler, List<Templates.Filled> filled) {
		List<LabelledDocument> out = new ArrayList<>(filled.size());
		for (Templates.Filled f : filled) {
			List<TrainingSample> samples = new ArrayList<>();
			// a statement of two sentences is one document of two samples
			int start = 0;
			for (int end : sentenceEnds(f.text())) {
				String sentence = f.text().substring(start, end).strip();
				int offset = start + f.text().substring(start, end).indexOf(sentence);
				List<CharLabel> labels = new ArrayList<>();
				for (CharLabel l : f.labels()) {
					if (l.start() >= offset && l.end() <= offset + sentence.length()) {
						labels.add(new CharLabel(l.start() - offset, l.end() - offset, l.type()));
					}
				}
				samples.add(labeler.sample(sentence, labels));
				start = end;
			}
			out.add(new LabelledDocument("template", samples, false));
		}
		return out;
	}

	/**
	 * Sentence ends of a filled template: a period followed by a space and a capital that
	 * starts "The", "This", "Part", "Inquiries" or "Licensing".
	 */
	private static List<Integer> sentenceEnds(String text) {
		List<Integer> ends = new ArrayList<>();
		Matcher m = Pattern.compile("\\. (?=(The|This|Part|Inquiries|Licensing) )").matcher(text);
		while (m.find()) {
			ends.add(m.start() + 1);
		}
		ends.add(text.length());
		return ends;
	}

	private static void handwritten(Path modelDir, Labeler labeler, PrintStream log) {
		Path source = modelDir.resolve(HANDWRITTEN_SOURCE);
		if (!Files.exists(source)) {
			return;
		}
		List<LabelledDocument> documents = new ArrayList<>();
		try {
			List<TrainingSample> samples = new ArrayList<>();
			for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					if (!samples.isEmpty()) {
						documents.add(new LabelledDocument("handwritten", samples, true));
						samples = new ArrayList<>();
					}
					continue;
				}
				StringBuilder text = new StringBuilder();
				List<CharLabel> labels = new ArrayList<>();
				Matcher m = MARKUP.matcher(line);
				int last = 0;
				while (m.find()) {
					text.append(line, last, m.start());
					int start = text.length();
					text.append(m.group(2));
					labels.add(new CharLabel(start, text.length(), EntityType.ofTag(m.group(1))));
					last = m.end();
				}
				text.append(line.substring(last));
				samples.add(labeler.sample(text.toString().strip(), labels));
			}
			if (!samples.isEmpty()) {
				documents.add(new LabelledDocument("handwritten", samples, true));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		writeFile(modelDir.resolve(HELD_OUT).resolve("handwritten.train"), documents);
		log.println("  heldout/handwritten.train: " + sentences(documents) + " sentences (written by hand)");
	}

	private static void split(Path modelDir, String name, List<LabelledDocument> documents, PrintStream log) {
		write(modelDir, name, documents.stream().filter(d -> !d.heldOut()).toList(),
				documents.stream().filter(LabelledDocument::heldOut).toList(), log);
	}

	private static void write(Path modelDir, String name, List<LabelledDocument> train, List<LabelledDocument> heldOut,
			PrintStream log) {
		writeFile(modelDir.resolve(TRAIN).resolve(name + ".train"), train);
		writeFile(modelDir.resolve(HELD_OUT).resolve(name + ".train"), heldOut);
		log.printf("  %-14s train %,6d sentences, held out %,5d%n", name, sentences(train), sentences(heldOut));
	}

	private static int sentences(List<LabelledDocument> documents) {
		return documents.stream().mapToInt(d -> d.samples().size()).sum();
	}

	static void writeFile(Path file, List<LabelledDocument> documents) {
		List<String> lines = new ArrayList<>();
		for (LabelledDocument document : documents) {
			if (document.samples().isEmpty()) {
				continue;
			}
			document.samples().forEach(s -> lines.add(s.toLine()));
			lines.add("");
		}
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
