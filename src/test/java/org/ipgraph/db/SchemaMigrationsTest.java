package org.ipgraph.db;

import java.util.List;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTest {

	@Test
	void appliesEachMigrationOnceInVersionOrder() {
		SchemaMigrations migrations = new SchemaMigrations(TestNeo4j.driver());
		migrations.apply();
		assertThat(migrations.apply()).isEmpty();
		try (var session = TestNeo4j.driver().session()) {
			List<String> versions = session
				.run("MATCH (m:__Neo4jMigration) RETURN m.version AS v ORDER BY toInteger(v)")
				.list(r -> r.get("v").asString());
			assertThat(versions).containsExactlyElementsOf(
					SchemaMigrations.load().stream().map(SchemaMigrations.Migration::version).toList());
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name")
				.list(r -> r.get("name").asString());
			assertThat(constraints).contains("patent_number", "organization_id", "person_id", "technology_symbol",
					"document_id");
			List<String> fulltext = session.run("SHOW FULLTEXT INDEXES YIELD name RETURN name")
				.list(r -> r.get("name").asString());
			assertThat(fulltext).contains("organization_names", "patent_text");
		}
	}

	@Test
	void splitsStatementsAtSemicolonsEndingALineAndDropsComments() {
		List<String> statements = SchemaMigrations.statements("""
				// a comment
				CREATE INDEX a IF NOT EXISTS
				  FOR (n:A) ON (n.x);
				CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
				""");
		assertThat(statements).containsExactly("CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)");
	}

	@Test
	void refusesAMigrationEditedAfterItWasApplied() {
		SchemaMigrations migrations = new SchemaMigrations(TestNeo4j.driver());
		migrations.apply();
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (m:__Neo4jMigration {version: '001'}) SET m.checksum = m.checksum + 1").consume();
			try {
				org.assertj.core.api.Assertions.assertThatThrownBy(migrations::apply)
					.hasMessageContaining("V001__Create_key_constraints.cypher was changed");
			}
			finally {
				session.run("MATCH (m:__Neo4jMigration {version: '001'}) SET m.checksum = m.checksum - 1").consume();
			}
		}
	}

}
