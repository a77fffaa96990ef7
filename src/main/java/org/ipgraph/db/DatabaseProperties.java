package org.ipgraph.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph is. With a blank {@code uri} ipgraph runs Neo4j in-process in
 * {@code dataDir}.
 *
 * @param uri an external server ({@code NEO4J_URI}); blank for the in-process one
 * @param username user on the external server ({@code NEO4J_USERNAME})
 * @param password password on the external server ({@code NEO4J_PASSWORD})
 * @param dataDir home of the in-process store ({@code IPGRAPH_DATA_DIR})
 * @param boltAddress Bolt listen address of the in-process server
 * @param httpAddress HTTP (Browser) listen address of the in-process server, blank for
 * none
 * @param pageCache page cache of the in-process server
 * @param transactionTimeout longest any transaction may run, so one heavy request cannot
 * stall the database
 * @param settings further Neo4j settings for the in-process server
 */
@ConfigurationProperties("ipgraph.neo4j")
public record DatabaseProperties(@DefaultValue("") String uri, @DefaultValue("neo4j") String username,
		@DefaultValue("") String password, @DefaultValue("./data/neo4j") Path dataDir,
		@DefaultValue("127.0.0.1:7687") String boltAddress, @DefaultValue("127.0.0.1:7474") String httpAddress,
		@DefaultValue("512m") String pageCache, @DefaultValue("120s") Duration transactionTimeout,
		@DefaultValue Map<String, String> settings) {

	public boolean external() {
		return this.uri != null && !this.uri.isBlank();
	}

	EmbeddedNeo4j.Settings embeddedSettings() {
		return new EmbeddedNeo4j.Settings(this.dataDir, this.boltAddress, this.httpAddress, this.pageCache,
				this.transactionTimeout, this.settings == null ? Map.of() : this.settings);
	}

}
