package org.ipgraph.db;

import java.net.URI;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DatabaseProperties.class, GdsProperties.class })
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	GraphConnection graphConnection(DatabaseProperties properties) {
		// standard error: a command's standard output is its answer (--json included)
		return GraphConnection.open(properties, System.err);
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

	/**
	 * The application's bookmarks, one set: Spring Data Neo4j's client and transaction
	 * manager pick this bean up, and {@link ScopedDriver} gives it to every session
	 * opened on the driver directly.
	 */
	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	/**
	 * Wraps the driver Spring Boot builds in a {@link ScopedDriver}.
	 */
	@Bean
	static BeanPostProcessor scopedDriverPostProcessor(ObjectProvider<Neo4jBookmarkManager> bookmarks) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof Driver driver && !(bean instanceof ScopedDriver)) {
					return new ScopedDriver(driver, bookmarks.getObject());
				}
				return bean;
			}

		};
	}

	/**
	 * {@code ipgraph.neo4j.sessions{mode=read|write}}: the sessions opened per access
	 * mode, to see on a cluster how much of the load the secondaries can take.
	 */
	@Bean
	MeterBinder neo4jSessionMetrics(Driver driver) {
		return registry -> {
			if (driver instanceof ScopedDriver scoped) {
				FunctionCounter.builder("ipgraph.neo4j.sessions", scoped, ScopedDriver::readSessions)
					.tag("mode", "read")
					.description("Neo4j sessions opened in access mode READ")
					.register(registry);
				FunctionCounter.builder("ipgraph.neo4j.sessions", scoped, ScopedDriver::writeSessions)
					.tag("mode", "write")
					.description("Neo4j sessions opened in access mode WRITE")
					.register(registry);
			}
		};
	}

	@Bean(destroyMethod = "close")
	GdsConnection gdsConnection(GdsProperties properties, GraphConnection connection, Driver driver) {
		return GdsConnection.open(properties, connection, driver);
	}

	@Bean
	SchemaMigrations schemaMigrations(Driver driver) {
		SchemaMigrations migrations = new SchemaMigrations(driver);
		migrations.apply();
		return migrations;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class ReadScopes implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new ReadScopeInterceptor());
		}

	}

}
