package org.ipgraph.security;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.ipgraph.db.GraphAccess;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log of sensitive reads (risk reports, hidden experts), kept in
 * the graph. The code only ever creates events; nothing updates or deletes them.
 * <p>
 * {@link #record} writes the event before it returns. {@link #recordSoon} (for reads on a
 * latency budget, e.g. experts) queues it with the caller and the time of the call and
 * returns at once; one writer thread writes what is queued in batches, one transaction
 * per batch, as soon as the previous batch is written (no timer: the delay is the write
 * of the batch before). A crash loses the events queued and not yet written: those of the
 * last batch's write time (milliseconds), at most {@link #QUEUE} of them; a full queue
 * makes the caller write its event itself. {@link #query} and a shutdown write the queue
 * first.
 */
@Service
public class AuditLog {

	private static final Log logger = LogFactory.getLog(AuditLog.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Events queued at most; beyond, {@link #recordSoon} writes its own. */
	static final int QUEUE = 10_000;

	/** Events per transaction of the writer. */
	static final int BATCH = 500;

	private static final String CREATE = """
			UNWIND $rows AS row
			CREATE (:AuditEvent {id: row.id, at: datetime(row.at), user: row.user, action: row.action,
			                     target: row.target, parameters: row.parameters})
			""";

	private final Neo4jClient neo4j;

	private final LinkedBlockingQueue<Map<String, Object>> queue = new LinkedBlockingQueue<>(QUEUE);

	// held while a batch is taken from the queue and written
	private final ReentrantLock writing = new ReentrantLock();

	// a permit per event queued: wakes the writer
	private final Semaphore signal = new Semaphore(0);

	private volatile Thread writer;

	private volatile boolean stopped;

	AuditLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Records an access by the current caller.
	 * @param action what was read, e.g. {@code risk.exposure}
	 * @param target the key of what it concerned
	 * @param parameters the request parameters
	 */
	public void record(String action, String target, Map<String, ?> parameters) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", UUID.randomUUID().toString());
		row.put("user", Callers.name());
		row.put("action", action);
		row.put("target", target);
		row.put("parameters", JSON.writeValueAsString(parameters == null ? Map.of() : parameters));
		// a write, also when the read it records runs in a read scope
		GraphAccess.write(() -> this.neo4j.query("""
				CREATE (:AuditEvent {id: $id, at: datetime(), user: $user, action: $action, target: $target,
				                     parameters: $parameters})
				""").bindAll(row).run());
	}

	/**
	 * Records an access by the current caller within a short delay, without waiting for
	 * the write: the event keeps the caller and the time of this call. See the class
	 * comment for what a crash loses.
	 * @param action what was read, e.g. {@code experts.hidden}
	 * @param target the key of what it concerned
	 * @param parameters the request parameters
	 */
	public void recordSoon(String action, String target, Map<String, ?> parameters) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", UUID.randomUUID().toString());
		row.put("at", Instant.now().toString());
		row.put("user", Callers.name());
		row.put("action", action);
		row.put("target", target);
		row.put("parameters", JSON.writeValueAsString(parameters == null ? Map.of() : parameters));
		if (this.stopped || !this.queue.offer(row)) {
			write(List.of(row));
			return;
		}
		this.signal.release();
		startWriter();
	}

	/**
	 * Writes every event queued before this call and returns when they are in the graph
	 * (e.g. before the log is read). Events leave the queue only while the write lock is
	 * held, so a batch the writer took is written before this takes the lock.
	 */
	public void flush() {
		this.writing.lock();
		try {
			List<Map<String, Object>> batch = new ArrayList<>();
			while (this.queue.drainTo(batch, BATCH) > 0) {
				writeOrLog(batch);
				batch.clear();
			}
		}
		finally {
			this.writing.unlock();
		}
	}

	@PreDestroy
	void close() {
		this.stopped = true;
		flush();
		Thread thread = this.writer;
		if (thread != null) {
			thread.interrupt();
		}
	}

	private void startWriter() {
		if (this.writer == null) {
			synchronized (this) {
				if (this.writer == null) {
					this.writer = Thread.ofPlatform().name("audit-writer").daemon(true).start(this::writeLoop);
				}
			}
		}
	}

	private void writeLoop() {
		while (!this.stopped) {
			try {
				if (this.signal.tryAcquire(1, TimeUnit.SECONDS)) {
					// the events signalled so far go in this batch (or a flush wrote
					// them)
					this.signal.drainPermits();
					flush();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.error("Audit writer: " + ex.getMessage(), ex);
			}
		}
	}

	// a batch that fails is tried once more, then each of its events is logged as lost
	private void writeOrLog(List<Map<String, Object>> batch) {
		try {
			write(batch);
		}
		catch (RuntimeException first) {
			try {
				write(batch);
			}
			catch (RuntimeException ex) {
				batch.forEach(row -> logger.error("Audit event not written: " + row, ex));
			}
		}
	}

	private void write(List<Map<String, Object>> rows) {
		// a write, also when the read it records runs in a read scope
		GraphAccess.write(() -> this.neo4j.query(CREATE).bindAll(Map.of("rows", List.copyOf(rows))).run());
	}

	/**
	 * Events, newest first, optionally for one user, one action, or since a time.
	 */
	public Page<AuditEvent> query(String user, String action, ZonedDateTime since, PageRequest page) {
		flush();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", user);
		parameters.put("action", action);
		parameters.put("since", since);
		parameters.put("skip", page.skip());
		parameters.put("limit", page.size() + 1);
		List<AuditEvent> events = this.neo4j.query("""
				MATCH (e:AuditEvent)
				WHERE ($user IS NULL OR e.user = $user) AND ($action IS NULL OR e.action = $action)
				  AND ($since IS NULL OR e.at >= $since)
				RETURN e ORDER BY e.at DESC, e.id SKIP $skip LIMIT $limit
				""").bindAll(parameters).fetchAs(AuditEvent.class).mappedBy((types, r) -> {
			var e = r.get("e");
			return new AuditEvent(e.get("id").asString(), e.get("at").asZonedDateTime(), e.get("user").asString(),
					e.get("action").asString(), e.get("target").asString(null), e.get("parameters").asString(null));
		}).all().stream().toList();
		return Page.of(events, page);
	}

}
