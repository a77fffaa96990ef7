package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.ipgraph.graph.Schema;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * Valuation's reads and writes through the Java API of the database this process runs:
 * the same facts as {@link ValueGraphReader}'s queries (the patents by label, then each
 * kind of relationship by its type, naming patents by node id) and the same properties as
 * {@link BoltValueAccess}'s write, without Bolt, Cypher planning or result serialization.
 * Each phase runs in a read transaction of its own; classifications and citations are
 * read side by side with the other events, as there.
 * <p>
 * Node ids (deprecated in the Java API as in Cypher's {@code id()}) name nodes only for
 * the length of one batch valuation, as there; the write checks each patent's number
 * again.
 */
@SuppressWarnings("removal")
final class EmbeddedValueAccess implements ValueAccess {

	private static final Label PATENT = Label.label(Schema.PATENT);

	private static final Label TECHNOLOGY = Label.label(Schema.TECHNOLOGY);

	private static final Label ORGANIZATION = Label.label(Schema.ORGANIZATION);

	private static final Label LITIGATION_CASE = Label.label(Schema.LITIGATION_CASE);

	private static final Label STANDARD = Label.label(Schema.STANDARD);

	private static final Label POOL = Label.label(Schema.POOL);

	private static final String[] PATENT_PROPERTIES = { "stub", "number", "familyId", "jurisdiction", "grantDate",
			"publicationDate", "filingDate", "type", "expiry", "claims" };

	private final GraphDatabaseService database;

	EmbeddedValueAccess(GraphDatabaseService database) {
		this.database = database;
	}

	@Override
	public Via via() {
		return Via.EMBEDDED;
	}

	@Override
	public ValueData read() {
		ValueData graph = new ValueData();
		long start = System.nanoTime();
		try (Transaction tx = this.database.beginTx(); ResourceIterator<Node> patents = tx.findNodes(PATENT)) {
			while (patents.hasNext()) {
				Node p = patents.next();
				Map<String, Object> v = p.getProperties(PATENT_PROPERTIES);
				if (Boolean.TRUE.equals(v.get("stub"))) {
					continue;
				}
				LocalDate grant = (LocalDate) v.get("grantDate");
				LocalDate filing = (LocalDate) v.get("filingDate");
				LocalDate published = (LocalDate) v.get("publicationDate");
				graph.patent(p.getId(), (String) v.get("number"), (String) v.get("familyId"),
						(String) v.get("jurisdiction"), grant != null ? grant : published != null ? published : filing,
						PatentTerm.expiry((LocalDate) v.get("expiry"), (String) v.get("type"), filing, grant),
						Claims.count((String) v.get("claims")));
			}
		}
		graph.patentsRead();
		graph.timings.put("patents", seconds(start));
		try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
			long others = System.nanoTime();
			CompletableFuture<Void> classifications = CompletableFuture.runAsync(() -> classifications(graph), side);
			CompletableFuture<Void> citations = CompletableFuture.runAsync(
					() -> relationships(Schema.CITES, r -> graph.citation(r.getStartNodeId(), r.getEndNodeId())), side);
			events(graph);
			graph.timings.put("events", seconds(others));
			others = System.nanoTime();
			CompletableFuture.allOf(classifications, citations).join();
			graph.timings.put("classifications and citations", seconds(others));
		}
		return graph;
	}

	private void classifications(ValueData graph) {
		Map<Long, String> symbols = new HashMap<>();
		try (Transaction tx = this.database.beginTx(); ResourceIterator<Node> technologies = tx.findNodes(TECHNOLOGY)) {
			technologies.forEachRemaining(t -> symbols.put(t.getId(), (String) t.getProperty("symbol", null)));
		}
		relationships(Schema.CLASSIFIED_AS, r -> graph.classification(r.getStartNodeId(), symbols.get(r.getEndNodeId()),
				Boolean.TRUE.equals(r.getProperty("first", null))));
	}

	private void events(ValueData graph) {
		relationships(Schema.OWNS, r -> {
			LocalDate to = (LocalDate) r.getProperty("to", null);
			if (to != null) {
				graph.event(r.getEndNodeId(), ValueData.Kind.REASSIGNMENT, to);
			}
		});
		relationships(Schema.ASSERTED_IN, r -> {
			Node c = r.getEndNode();
			if (c.hasLabel(LITIGATION_CASE)) {
				boolean ptab = ValueGraphReader.PTAB_TYPES.contains(c.getProperty("caseType", "civil"));
				graph.event(r.getStartNodeId(), ptab ? ValueData.Kind.PTAB : ValueData.Kind.CASE,
						(LocalDate) c.getProperty("filedOn", null));
			}
		});
		relationships(Schema.DECLARED_ESSENTIAL_TO, r -> {
			if (r.getEndNode().hasLabel(STANDARD)) {
				graph.event(r.getStartNodeId(), ValueData.Kind.DECLARATION,
						(LocalDate) r.getProperty("declaredOn", null));
			}
		});
		relationships(Schema.MEMBER_OF, r -> {
			Node pool = r.getEndNode();
			if (pool.hasLabel(POOL) && !Boolean.TRUE.equals(pool.getProperty("candidate", null))) {
				graph.event(r.getStartNodeId(), ValueData.Kind.LICENCE, null);
			}
		});
		// each licensor's dated deals, then a licence event per deal on each patent it
		// holds now
		Map<Long, List<LocalDate>> deals = new HashMap<>();
		relationships(Schema.LICENSED_TO, r -> {
			if (r.getStartNode().hasLabel(ORGANIZATION) && r.getEndNode().hasLabel(ORGANIZATION)) {
				List<LocalDate> dates = deals.computeIfAbsent(r.getStartNodeId(), o -> new ArrayList<>());
				LocalDate on = (LocalDate) r.getProperty("on", null);
				if (on != null) {
					dates.add(on);
				}
			}
		});
		try (Transaction tx = this.database.beginTx()) {
			RelationshipType owns = RelationshipType.withName(Schema.OWNS);
			deals.forEach((owner, dates) -> {
				for (Relationship h : tx.getNodeById(owner).getRelationships(Direction.OUTGOING, owns)) {
					if (!h.hasProperty("to")) {
						dates.forEach(on -> graph.event(h.getEndNodeId(), ValueData.Kind.LICENCE, on));
					}
				}
			});
		}
	}

	// every relationship of a type, in one read transaction
	private void relationships(String type, Consumer<Relationship> consumer) {
		try (Transaction tx = this.database.beginTx();
				ResourceIterator<Relationship> all = tx.findRelationships(RelationshipType.withName(type))) {
			all.forEachRemaining(consumer);
		}
	}

	@Override
	public long store(Batch batch) {
		long stored = 0;
		try (Transaction tx = this.database.beginTx()) {
			for (int i = 0; i < batch.size(); i++) {
				Node p = patent(tx, batch.nodes()[i], batch.numbers()[i]);
				if (p != null) {
					p.setProperty("value", batch.values()[i]);
					p.setProperty("valuePercentile", batch.percentiles()[i]);
					p.setProperty("valueModel", batch.model());
					p.setProperty("valuedAt", batch.at());
					stored++;
				}
			}
			tx.commit();
		}
		return stored;
	}

	// the patent at a node if that node is still the patent with this number, else null
	private static Node patent(Transaction tx, long node, String number) {
		if (node < 0) {
			return null;
		}
		try {
			Node p = tx.getNodeById(node);
			return p.hasLabel(PATENT) && number.equals(p.getProperty("number", null)) ? p : null;
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static double seconds(long start) {
		return Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
	}

}
