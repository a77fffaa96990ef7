package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.nlp.EntityType;
import tools.jackson.databind.JsonNode;

/**
 * The hand-annotated text sets of {@code nlp-models/annotated/}: real FFII wiki pages
 * (their text read from the shared data and checked against the recorded SHA-256) and the
 * hand-written policy and funding passages, each split into dev and test. Read once, on
 * first use, and shared by the evaluation parts.
 */
final class AnnotatedSets {

	static final String FFII = "ffii";

	static final String POLICY = "policy";

	static final String DIR = "annotated";

	private final Path modelDir;

	private final Path data;

	private final Map<String, List<Page>> pages = new LinkedHashMap<>();

	AnnotatedSets(Path modelDir, Path data) {
		this.modelDir = modelDir;
		this.data = data;
	}

	/**
	 * An annotated mention.
	 *
	 * @param type ORGANIZATION, PERSON, POLICY, FUND (policy passages also LOCATION,
	 * MONEY, DATE)
	 * @param start first character (a Java String index into the page's source text)
	 * @param end one past the last
	 * @param text the source slice
	 */
	record Gold(EntityType type, int start, int end, String text) {
	}

	/**
	 * An annotated litigation fact (see {@code annotated/GUIDELINE.md}).
	 */
	record Litigation(List<String> plaintiffs, List<String> defendants, String court, String country, String date,
			String dateIso, List<String> patents, String outcome, List<String> evidence, List<int[]> evidenceSpans,
			String note) {
	}

	/**
	 * One annotated page or passage.
	 *
	 * @param set {@code ffii} or {@code policy}
	 * @param id the page's path relative to the shared data, or the passage id
	 * @param language ISO 639-3 for ffii pages, {@code eng} for the passages
	 * @param stratum ffii: random, litigation, other; passages: cn, eu, us
	 * @param split dev or test
	 * @param source the text the offsets refer to: the file decoded as UTF-8, or the
	 * passage
	 * @param regionStart where the annotated region starts
	 * @param regionEnd where it ends
	 * @param types the types annotated on this page
	 * @param entities the mentions
	 * @param litigation the litigation facts (ffii pages only)
	 */
	record Page(String set, String id, String language, String stratum, String split, String source, int regionStart,
			int regionEnd, List<EntityType> types, List<Gold> entities, List<Litigation> litigation) {

		boolean english() {
			return this.language.equals("eng");
		}

		/**
		 * The file name, for the text extractor (a passage reads as plain text).
		 */
		String fileName() {
			return this.set.equals(FFII) ? Path.of(this.id).getFileName().toString() : this.id + ".txt";
		}

	}

	/**
	 * Pages of one split of both sets: ffii first, then the policy passages.
	 */
	synchronized List<Page> pages(String split) {
		List<Page> cached = this.pages.get(split);
		if (cached == null) {
			cached = new ArrayList<>(ffii(split));
			cached.addAll(policy(split));
			cached = List.copyOf(cached);
			this.pages.put(split, cached);
		}
		return cached;
	}

	private List<Page> ffii(String split) {
		List<Page> out = new ArrayList<>();
		for (JsonNode record : records(this.modelDir.resolve(DIR).resolve(FFII).resolve(split + ".jsonl"))) {
			String id = record.get("source").asString();
			String source = read(id, record.get("sha256").asString());
			String language = record.get("language").asString();
			List<EntityType> types = language.equals("eng")
					? List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.POLICY, EntityType.FUND)
					: List.of(EntityType.ORGANIZATION, EntityType.PERSON);
			List<Litigation> litigation = new ArrayList<>();
			for (JsonNode fact : record.path("litigation")) {
				List<int[]> spans = new ArrayList<>();
				for (JsonNode span : fact.path("evidence_spans")) {
					spans.add(new int[] { span.get(0).asInt(), span.get(1).asInt() });
				}
				litigation.add(new Litigation(strings(fact.path("plaintiffs")), strings(fact.path("defendants")),
						text(fact, "court"), text(fact, "country"), text(fact, "date"), text(fact, "date_iso"),
						strings(fact.path("patents")), text(fact, "outcome"), strings(fact.path("evidence")), spans,
						text(fact, "note")));
			}
			out.add(new Page(FFII, id, language, record.get("stratum").asString(), split, source,
					record.get("region").get(0).asInt(), record.get("region").get(1).asInt(), types,
					gold(record, source, id), litigation));
		}
		return out;
	}

	private List<Page> policy(String split) {
		List<Page> out = new ArrayList<>();
		for (JsonNode record : records(this.modelDir.resolve(DIR).resolve(POLICY).resolve(split + ".jsonl"))) {
			String text = record.get("text").asString();
			String id = record.get("id").asString();
			out.add(new Page(POLICY, id, "eng", record.get("region").asString(), split, text, 0, text.length(),
					List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.POLICY, EntityType.FUND),
					gold(record, text, id), List.of()));
		}
		return out;
	}

	private static List<Gold> gold(JsonNode record, String source, String id) {
		List<Gold> out = new ArrayList<>();
		for (JsonNode e : record.path("entities")) {
			int start = e.get("start").asInt();
			int end = e.get("end").asInt();
			String text = e.get("text").asString();
			if (end > source.length() || !source.substring(start, end).equals(text)) {
				throw new IllegalStateException(id + ": the annotation [" + start + ", " + end + ") \"" + text
						+ "\" is not the text at those offsets");
			}
			out.add(new Gold(EntityType.ofTag(e.get("type").asString().toLowerCase(Locale.ROOT)), start, end, text));
		}
		return out;
	}

	/**
	 * A page of the shared data, checked against its recorded SHA-256.
	 */
	private String read(String relative, String sha256) {
		Path file = this.data.resolve(relative);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The annotated page " + file + " cannot be read (" + ex.getMessage()
					+ "); the FFII evaluation needs ../shared/data/ffii-wiki-texts", ex);
		}
		String actual = Checksums.sha256(bytes);
		if (!actual.equals(sha256)) {
			throw new IllegalStateException("The annotated page " + file + " has SHA-256 " + actual
					+ ", not the annotated version's " + sha256 + "; its offsets would be wrong");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static List<JsonNode> records(Path file) {
		List<JsonNode> out = new ArrayList<>();
		try {
			int line = 0;
			for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				try {
					out.add(NlpTraining.JSON.readTree(text));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(
							file + " line " + line + ": not a JSON record (" + ex.getMessage() + ")", ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the annotated set " + file, ex);
		}
		return out;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
