package org.ipgraph.db;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	GraphConnection graphConnection(DatabaseProperties properties) {
		return GraphConnection.open(properties, System.out);
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(GraphConnection connection) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return connection.uri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(connection.username(), connection.password());
			}

		};
	}

	@Bean
	SchemaMigrations schemaMigrations(Driver driver) {
		SchemaMigrations migrations = new SchemaMigrations(driver);
		migrations.apply();
		return migrations;
	}

}
