package org.ipgraph.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the Cypher migrations in {@code graph-model/migrations} (on the classpath under
 * {@code neo4j/migrations}) in version order, once each, following the conventions of
 * neo4j-migrations: files named {@code V001__Description.cypher}, one
 * {@code __Neo4jMigration} node per applied file with its CRC32 checksum, and a refusal
 * to run when an applied file was edited afterwards.
 */
public final class SchemaMigrations {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final String LOCATION = "classpath*:neo4j/migrations/*.cypher";

	private final Driver driver;

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	/**
	 * @return the versions applied by this call
	 */
	public List<String> apply() {
		List<Migration> migrations = load();
		List<String> applied = new ArrayList<>();
		try (Session session = this.driver.session()) {
			session
				.run("CREATE CONSTRAINT neo4j_migration_version IF NOT EXISTS "
						+ "FOR (m:__Neo4jMigration) REQUIRE m.version IS UNIQUE")
				.consume();
			Map<String, Long> done = session
				.run("MATCH (m:__Neo4jMigration) RETURN m.version AS version, m.checksum AS checksum")
				.list()
				.stream()
				.collect(java.util.stream.Collectors.toMap((Record r) -> r.get("version").asString(),
						(Record r) -> r.get("checksum").asLong()));
			for (Migration migration : migrations) {
				Long checksum = done.get(migration.version());
				if (checksum != null) {
					if (checksum != migration.checksum()) {
						throw new IllegalStateException("Migration " + migration.file() + " was changed after it "
								+ "was applied. Migrations are never edited: add a new file instead.");
					}
					continue;
				}
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
				session.run("""
						CREATE (m:__Neo4jMigration {version: $version, description: $description,
						        checksum: $checksum, installedOn: datetime()})""", Map.of("version",
						migration.version(), "description", migration.description(), "checksum", migration.checksum()))
					.consume();
				applied.add(migration.version());
				logger.info("Applied schema migration " + migration.file());
			}
		}
		return applied;
	}

	static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader())
				.getResources(LOCATION);
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher name = NAME.matcher(resource.getFilename());
				if (!name.matches()) {
					throw new IllegalStateException("Migration file name " + resource.getFilename()
							+ " does not follow V###__Description.cypher");
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(name.group(1), name.group(2).replace('_', ' '), resource.getFilename(),
						checksum(text), statements(text)));
			}
			migrations.sort(Comparator.comparing(m -> Long.parseLong(m.version())));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the schema migrations", ex);
		}
	}

	private static long checksum(String text) {
		CRC32 crc = new CRC32();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}

	// Statements end with a semicolon at the end of a line; // comment lines are dropped
	static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	record Migration(String version, String description, String file, long checksum, List<String> statements) {
	}

}
