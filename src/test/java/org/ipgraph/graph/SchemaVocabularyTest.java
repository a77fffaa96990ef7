package org.ipgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema vocabulary is the one place for names: every label and relationship type the
 * Cypher of the code, the migrations and the analyst queries uses is declared in
 * {@link Schema}, and graph-model/README.md documents each.
 */
class SchemaVocabularyTest {

	// (n:Label or (:Label, and [r:TYPE] or [:TYPE_A|TYPE_B]
	private static final Pattern LABEL = Pattern.compile("\\([a-z0-9_]*:([A-Z][A-Za-z]+)");

	private static final Pattern TYPES = Pattern.compile("\\[[a-z0-9_]*:([A-Z_|]+)[\\]\\s{*]");

	@Test
	void everyLabelAndTypeInCypherIsDeclared() throws IOException {
		Set<String> labels = new TreeSet<>();
		Set<String> types = new TreeSet<>();
		for (Path root : new Path[] { Path.of("src/main/java"), Path.of("graph-model") }) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".cypher"))
					.toList()) {
					for (String line : Files.readAllLines(file)) {
						if (isComment(line)) {
							continue;
						}
						collect(LABEL, line, labels);
						collect(TYPES, line, types);
					}
				}
			}
		}
		labels.remove("Neo4jMigration");
		assertThat(labels).isNotEmpty();
		assertThat(Schema.LABELS).containsAll(labels);
		assertThat(Schema.RELATIONSHIP_TYPES).containsAll(types);
	}

	@Test
	void everyDeclaredNameIsDocumented() throws IOException {
		String model = Files.readString(Path.of("graph-model/README.md"));
		Stream.concat(Schema.LABELS.stream(), Schema.RELATIONSHIP_TYPES.stream())
			.forEach(name -> assertThat(model).as(name).containsPattern("\\b" + name + "\\b"));
		assertThat(Schema.LABELS).containsAll(Schema.KEYS.keySet());
	}

	private static boolean isComment(String line) {
		String stripped = line.strip();
		return stripped.startsWith("*") || stripped.startsWith("//") || stripped.startsWith("/*");
	}

	private static void collect(Pattern pattern, String line, Set<String> into) {
		Matcher m = pattern.matcher(line);
		while (m.find()) {
			for (String name : m.group(1).split("\\|")) {
				if (!name.isEmpty()) {
					into.add(name);
				}
			}
		}
	}

}
