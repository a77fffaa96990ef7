package org.ipgraph.db;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.net.ServerAddress;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application against a Neo4j server in a container through a {@code neo4j://}
 * routing URI: the server's own routing table, access modes and bookmarks, as with a
 * cluster. Skipped where there is no Docker engine (as on the team machine); the same
 * paths run against the in-process server in {@link RoutingTest}.
 * <p>
 * The container advertises its Bolt port inside Docker; a resolver maps that address to
 * the port Docker published, as a client outside a cluster's network would.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ClusterContainerTest {

	static final String PASSWORD = "cluster-test-password";

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08").withAdminPassword(PASSWORD);

	@DynamicPropertySource
	static void graph(DynamicPropertyRegistry registry) {
		registry.add("ipgraph.neo4j.uri", () -> "neo4j://" + neo4j.getHost() + ":" + neo4j.getMappedPort(7687));
		registry.add("ipgraph.neo4j.username", () -> "neo4j");
		registry.add("ipgraph.neo4j.password", () -> PASSWORD);
		registry.add("ipgraph.demo.on-empty", () -> "false");
		registry.add("ipgraph.watch.interval", () -> "0s");
		registry.add("ipgraph.watch.sweep-interval", () -> "0s");
	}

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient client;

	@Autowired
	Neo4jBookmarkManager bookmarks;

	@Test
	void readsRouteAsReadsWritesAsWritesAndAReadWaitsForTheLastWrite() {
		assertThat(this.driver).isInstanceOf(ScopedDriver.class);
		List<AccessMode> read = GraphAccess.sessionsOpenedBy(
				() -> GraphAccess.read(() -> this.client.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one()));
		assertThat(read).containsExactly(AccessMode.READ);
		assertThatThrownBy(() -> GraphAccess.read(() -> this.client.query("CREATE (:ContainerProbe)").run()))
			.hasMessageContaining("read access mode");

		Set<Bookmark> written;
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("CREATE (:ContainerProbe {id: 'x'})").consume());
			written = session.lastBookmarks();
		}
		assertThat(this.bookmarks.getBookmarks()).containsAll(written);
		assertThat(GraphAccess.read(() -> this.client.query("MATCH (p:ContainerProbe {id: 'x'}) RETURN count(p)")
			.fetchAs(Long.class)
			.one())).contains(1L);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class PublishedPort {

		@Bean
		ConfigBuilderCustomizer publishedBoltPort() {
			return builder -> builder
				.withResolver(address -> Set.of(ServerAddress.of(neo4j.getHost(), neo4j.getMappedPort(7687))));
		}

	}

}
