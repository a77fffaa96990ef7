package org.ipgraph.db;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application on a {@code neo4j://} routing URI: the in-process test server answers
 * the routing procedure as a cluster of one (itself leader and reader), so the routing
 * driver, the access modes and the bookmarks run as they would against a cluster. That
 * the modes reach the server shows in its refusal of a write in a READ session. The read
 * API is checked endpoint by endpoint: a request that opens a WRITE session other than
 * its audit record fails {@link #theReadApiRunsInReadSessionsOnly}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestNeo4j.Initializer.class, RoutingTest.Routing.class })
class RoutingTest {

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	org.ipgraph.security.AuditLog audit;

	@Autowired
	Neo4jBookmarkManager bookmarks;

	@Autowired
	GraphConnection connection;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLoader demo;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void theApplicationConnectsThroughARoutingUri() {
		assertThat(this.connection.uri().getScheme()).isEqualTo("neo4j");
		assertThat(this.driver).isInstanceOf(ScopedDriver.class);
		this.driver.verifyConnectivity();
		// the routing table the driver asked for: this server in every role
		List<String> roles = this.neo4j
			.query("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers "
					+ "UNWIND servers AS s RETURN s.role AS role ORDER BY role")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(roles).containsExactly("READ", "ROUTE", "WRITE");
	}

	@Test
	void queriesInAReadScopeOpenReadSessionsAndOthersWriteSessions() {
		List<AccessMode> read = GraphAccess.sessionsOpenedBy(() -> GraphAccess
			.read(() -> this.neo4j.query("MATCH (n) RETURN count(n) AS n").fetchAs(Long.class).one()));
		List<AccessMode> unmarked = GraphAccess
			.sessionsOpenedBy(() -> this.neo4j.query("MATCH (n) RETURN count(n) AS n").fetchAs(Long.class).one());
		List<AccessMode> driverRead = GraphAccess.sessionsOpenedBy(() -> GraphAccess.read(() -> {
			try (var session = this.driver.session()) {
				session.run("RETURN 1").consume();
			}
		}));
		assertThat(read).containsExactly(AccessMode.READ);
		assertThat(unmarked).containsExactly(AccessMode.WRITE);
		assertThat(driverRead).containsExactly(AccessMode.READ);
	}

	@Test
	void theServerRefusesAWriteInAReadScopeUnlessItIsMarkedAsAWrite() {
		assertThatThrownBy(() -> GraphAccess.read(() -> this.neo4j.query("CREATE (:RoutingProbe)").run()))
			.hasMessageContaining("read access mode");
		List<AccessMode> modes = GraphAccess.sessionsOpenedBy(() -> GraphAccess
			.read(() -> GraphAccess.write(() -> this.neo4j.query("CREATE (:RoutingProbe)").run())));
		assertThat(modes).containsExactly(AccessMode.WRITE);
		assertThat(this.neo4j.query("MATCH (p:RoutingProbe) RETURN count(p)").fetchAs(Long.class).one()).contains(1L);
	}

	@Test
	void aReadAfterAWriteWaitsForTheWritesBookmarkWhicheverApiDidIt() {
		// a write through Spring Data's client (as the ingest and the API do)
		Set<Bookmark> before = Set.copyOf(this.bookmarks.getBookmarks());
		this.neo4j.query("CREATE (:RoutingProbe {id: 'a'})").run();
		Set<Bookmark> afterClientWrite = Set.copyOf(this.bookmarks.getBookmarks());
		assertThat(afterClientWrite).isNotEmpty().isNotEqualTo(before);
		// the next session opened on the driver directly carries those bookmarks
		ScopedDriver scoped = (ScopedDriver) this.driver;
		assertThat(scoped.scoped(SessionConfig.defaultConfig()).bookmarkManager().orElseThrow().getBookmarks())
			.containsAll(afterClientWrite);

		// a write through a driver session (as the watch and expert identities do) ...
		Set<Bookmark> written;
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("CREATE (:RoutingProbe {id: 'b'})").consume());
			written = session.lastBookmarks();
		}
		// ... is in the bookmarks Spring Data's client and transactions send next
		assertThat(written).isNotEmpty();
		assertThat(this.bookmarks.getBookmarks()).containsAll(written);
		// and the read that follows, on a reader, sees both writes
		List<String> ids = GraphAccess.read(() -> this.neo4j.query("MATCH (p:RoutingProbe) RETURN p.id ORDER BY p.id")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList());
		assertThat(ids).containsExactly("a", "b");
	}

	@Test
	void aSessionKeepsEverythingElseTheCallerSet() {
		ScopedDriver scoped = (ScopedDriver) this.driver;
		var own = org.neo4j.driver.BookmarkManagers
			.defaultManager(org.neo4j.driver.BookmarkManagerConfig.builder().build());
		SessionConfig asked = everything(own, AccessMode.WRITE);
		SessionConfig expected = everything(own, AccessMode.READ);
		assertThat(scoped.scoped(asked)).isEqualTo(asked);
		assertThat(GraphAccess.read(() -> scoped.scoped(asked))).isEqualTo(expected);
	}

	private static SessionConfig everything(org.neo4j.driver.BookmarkManager own, AccessMode mode) {
		return SessionConfig.builder()
			.withDatabase("neo4j")
			.withFetchSize(77)
			.withImpersonatedUser("someone")
			.withBookmarks(Set.of())
			.withBookmarkManager(own)
			.withDefaultAccessMode(mode)
			.withMinimumNotificationSeverity(org.neo4j.driver.NotificationSeverity.WARNING)
			.build();
	}

	@Test
	void theReadApiRunsInReadSessionsOnly() throws Exception {
		this.demo.load(new DemoParameters(DemoParameters.MIN_PATENTS, 5, 0.1), DemoProgress.NONE);
		String organization = this.neo4j.query("""
				MATCH (o:Organization)-[:OWNS]->(p:Patent)
				WITH o, count(p) AS n ORDER BY n DESC, o.id LIMIT 1 RETURN o.id""")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		String patent = this.neo4j.query("""
				MATCH (:Organization {id: $id})-[:OWNS]->(p:Patent) WHERE p.title IS NOT NULL
				RETURN p.number ORDER BY p.number LIMIT 1""")
			.bind(organization)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		String cpc = this.neo4j.query("""
				MATCH (p:Patent)-[:CLASSIFIED_AS]->(t:Technology) WHERE size(split(t.symbol, '/')) > 1
				WITH split(t.symbol, '/')[0] AS g, count(p) AS n ORDER BY n DESC, g LIMIT 1 RETURN g""")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		String org = URLEncoder.encode(organization, StandardCharsets.UTF_8).replace("+", "%20");
		List<String> reads = List.of("/api/v1/stats", "/api/v1/patents/" + patent,
				"/api/v1/patents/" + patent + "/value", "/api/v1/organizations?q=" + org,
				"/api/v1/organizations/" + org, "/api/v1/organizations/" + org + "/portfolio",
				"/api/v1/evidence?entity=" + org, "/api/v1/partners?organization=" + org,
				"/api/v1/experts?patent=" + patent, "/api/v1/experts?topic=sensor", "/api/v1/pools?cpc=" + cpc,
				"/api/v1/pools?topic=sensor", "/api/v1/risk/npe?organization=" + org,
				"/api/v1/risk/exposure?organization=" + org, "/api/v1/risk/patent/" + patent);
		ScopedDriver scoped = (ScopedDriver) this.driver;
		int readSessions = 0;
		for (String read : reads) {
			// the first request builds what the endpoint precomputes (in the snapshots'
			// read scope) and what is made once (the experts' handle key, a write)
			assertThat(statusOf(read)).as(read).isEqualTo(200);
			this.audit.flush();
			long audited = auditEvents();
			long writesBefore = scoped.writeSessions();
			int[] status = new int[1];
			List<AccessMode> modes = GraphAccess.sessionsOpenedBy(() -> status[0] = statusOf(read));
			// hidden experts' records are queued and written by the log's writer
			this.audit.flush();
			long audits = auditEvents() - audited;
			assertThat(status[0]).as(read).isEqualTo(200);
			// (some answer from their snapshot alone, opening no session)
			readSessions += (int) modes.stream().filter(AccessMode.READ::equals).count();
			// a read writes nothing but its audit records: risk reports' on the request's
			// thread, hidden experts' (a page of people without consent) by the writer
			long threadWrites = modes.stream().filter(AccessMode.WRITE::equals).count();
			assertThat(threadWrites).as(read).isEqualTo(read.startsWith("/api/v1/experts") ? 0 : audits);
			// and on no other thread (the count of every WRITE session opened)
			assertThat(scoped.writeSessions() - writesBefore).as(read).isEqualTo(audits);
			if (read.startsWith("/api/v1/risk/")) {
				assertThat(audits).as(read).isEqualTo(1);
			}
		}
		assertThat(readSessions).isGreaterThan(reads.size());
	}

	private int statusOf(String path) {
		try {
			return this.mvc.perform(get(URI.create(path)).with(user("reader").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long auditEvents() {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (e:AuditEvent) RETURN count(e) AS n").single().get("n").asLong();
		}
	}

	/**
	 * The test server's Bolt address with the routing scheme.
	 */
	static class Routing implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String bolt = TestNeo4j.server().boltUri().toString();
			TestPropertyValues.of(Map.of("ipgraph.neo4j.uri", bolt.replaceFirst("^bolt://", "neo4j://"),
					// no background writes beside the requests whose sessions are counted
					"ipgraph.notify.background", "false"))
				.applyTo(context);
		}

	}

}
