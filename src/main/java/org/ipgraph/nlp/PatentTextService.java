package org.ipgraph.nlp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ipgraph.ingest.WriteContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.ipgraph.nlp.text.ExtractedText;

import org.springframework.stereotype.Service;

/**
 * {@code ipgraph nlp patents}: runs the pipeline over the text fields of patents already
 * in the graph (government-interest statement, abstract, claims). Each field's text
 * becomes a Document ({@code sha256} of the text, {@code format: 'patent-text'}) linked
 * by {@code (:Patent)-[:HAS_TEXT {field}]->(:Document)}; the patent is the subject of
 * what the text says, so a funding statement makes the patent FUNDED_BY the fund.
 * Re-running replaces the facts of each text, as re-ingesting a file does.
 */
@Service
public class PatentTextService {

	/** Fields that can be read, by property name. */
	public static final Set<String> FIELDS = Set.of("governmentInterest", "abstract", "claims");

	private static final String PATENTS = """
			MATCH (p:Patent)
			WHERE p[$field] IS NOT NULL AND ($redo OR NOT EXISTS { (p)-[:HAS_TEXT {field: $field}]->(:Document) })
			RETURN p.number AS number, p[$field] AS text
			ORDER BY p.number
			LIMIT $limit
			""";

	private static final String DOCUMENT = """
			MATCH (p:Patent {number: $number})
			MERGE (d:Document {id: $id})
			ON CREATE SET d.ingestedAt = datetime()
			SET d.name = $name, d.format = 'patent-text', d.patent = $number, d.field = $field, d.bytes = $bytes,
			    d.lastSeenAt = datetime()
			MERGE (p)-[:HAS_TEXT {field: $field}]->(d)
			""";

	private final NlpService nlp;

	private final Driver driver;

	private final TextDocumentWriter writer = new TextDocumentWriter();

	PatentTextService(NlpService nlp, Driver driver) {
		this.nlp = nlp;
		this.driver = driver;
	}

	/**
	 * What a run read.
	 *
	 * @param texts texts analyzed, by field
	 * @param tokens tokens read
	 * @param mentions mentions found
	 * @param facts facts found
	 */
	public record Report(Map<String, Integer> texts, long tokens, long mentions, long facts) {
	}

	/**
	 * @param fields which fields
	 * @param limit at most this many patents per field
	 * @param redo read texts already read again
	 */
	public Report run(List<String> fields, int limit, boolean redo) {
		Map<String, Integer> texts = new LinkedHashMap<>();
		long[] totals = new long[3];
		int threads = this.nlp.properties().effectiveThreads();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			for (String field : fields) {
				if (!FIELDS.contains(field)) {
					throw new IllegalArgumentException("Unknown field '" + field + "'. Known: " + FIELDS);
				}
				List<Map<String, Object>> patents = patents(field, limit, redo);
				TextAnalyzer analyzer = this.nlp.analyzer();
				for (int from = 0; from < patents.size(); from += 100) {
					List<Map<String, Object>> batch = patents.subList(from, Math.min(patents.size(), from + 100));
					List<Future<Analyzed>> futures = new ArrayList<>();
					for (Map<String, Object> patent : batch) {
						futures.add(executor.submit(() -> analyze(analyzer, patent)));
					}
					List<Analyzed> done = new ArrayList<>();
					for (Future<Analyzed> future : futures) {
						done.add(get(future));
					}
					write(done, field);
					for (Analyzed a : done) {
						totals[0] += a.analysis().text().tokenCount();
						totals[1] += a.analysis().mentions().size();
						totals[2] += a.analysis().facts().size();
					}
				}
				texts.put(field, patents.size());
			}
		}
		finally {
			executor.shutdownNow();
		}
		return new Report(texts, totals[0], totals[1], totals[2]);
	}

	private List<Map<String, Object>> patents(String field, int limit, boolean redo) {
		try (Session session = this.driver.session()) {
			return session.run(PATENTS, Map.of("field", field, "limit", limit, "redo", redo))
				.list(r -> Map.<String, Object>of("number", r.get("number").asString(), "text",
						r.get("text").asString()));
		}
	}

	private static Analyzed analyze(TextAnalyzer analyzer, Map<String, Object> patent) {
		String number = (String) patent.get("number");
		String text = (String) patent.get("text");
		DocumentAnalysis analysis = analyzer.analyze(text, new NodeRef("Patent", number, number, Map.of()));
		return new Analyzed(number, text, analysis);
	}

	private void write(List<Analyzed> batch, String field) {
		try (Session session = this.driver.session()) {
			session.executeWrite(tx -> {
				List<TextDocument> documents = new ArrayList<>();
				for (Analyzed a : batch) {
					byte[] bytes = a.text().getBytes(StandardCharsets.UTF_8);
					String id = "sha256:" + NlpModels.sha256(bytes);
					tx.run(DOCUMENT, Map.of("id", id, "number", a.number(), "name", a.number() + " " + field, "field",
							field, "bytes", bytes.length))
						.consume();
					ExtractedText source = new ExtractedText(a.text(), a.number() + " " + field, "text/plain", "UTF-8");
					documents.add(new TextDocument(id, source, a.analysis(), Map.of()));
				}
				// the texts of the batch in one go: each statement writes them all
				this.writer.write(documents, new Tx(tx, null));
				return null;
			});
		}
	}

	private static Analyzed get(Future<Analyzed> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
		}
	}

	private record Analyzed(String number, String text, DocumentAnalysis analysis) {
	}

	/**
	 * The writer's view of a transaction of this service.
	 */
	private record Tx(TransactionContext tx, String documentId) implements WriteContext {

		@Override
		public void run(String cypher, Map<String, Object> parameters) {
			this.tx.run(cypher, new HashMap<>(parameters)).consume();
		}

		@Override
		public List<Object> values(String cypher, Map<String, Object> parameters) {
			return this.tx.run(cypher, new HashMap<>(parameters)).list(r -> r.get(0).asObject());
		}

		@Override
		public void organizationName(String raw, String key) {
		}

	}

}
