package org.ipgraph.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class AuditLogTest {

	@Autowired
	AuditLog audit;

	@BeforeEach
	void clear() {
		this.audit.flush();
		TestNeo4j.clear();
	}

	@Test
	@WithMockUser(username = "ann", roles = "ANALYST")
	void aQueuedEventKeepsItsCallerAndTimeAndIsReadByTheNextQuery() {
		Instant before = Instant.now();
		this.audit.recordSoon("test.soon", "topic:gait", Map.of("page", 0));
		Instant after = Instant.now();
		// read at once: the query writes what is queued first
		List<AuditEvent> events = this.audit.query(null, "test.soon", null, PageRequest.of(0, 10)).items();
		assertThat(events).hasSize(1);
		AuditEvent event = events.get(0);
		assertThat(event.user()).isEqualTo("ann");
		assertThat(event.target()).isEqualTo("topic:gait");
		assertThat(event.parameters()).isEqualTo("{\"page\":0}");
		assertThat(event.at().toInstant()).isBetween(before, after);
	}

	@Test
	void everyEventQueuedFromManyThreadsIsWrittenOnceInBatches() throws Exception {
		int threads = 4;
		int each = 400;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						this.audit.recordSoon("test.many", thread + ":" + i, Map.of());
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		this.audit.flush();
		Set<String> targets = new HashSet<>();
		long events;
		try (var session = TestNeo4j.driver().session()) {
			events = session.run("MATCH (e:AuditEvent {action: 'test.many'}) RETURN count(e) AS n")
				.single()
				.get("n")
				.asLong();
			session.run("MATCH (e:AuditEvent {action: 'test.many'}) RETURN e.target AS t")
				.forEachRemaining(r -> targets.add(r.get("t").asString()));
		}
		assertThat(events).isEqualTo((long) threads * each);
		assertThat(targets).hasSize(threads * each);
	}

	@Test
	void aWrittenEventIsWrittenAtOnce() {
		this.audit.record("test.now", "x", Map.of());
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (e:AuditEvent {action: 'test.now'}) RETURN count(e) AS n")
				.single()
				.get("n")
				.asLong()).isEqualTo(1);
		}
	}

}
