package org.ipgraph.db;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ipgraph's Neo4j Browser guide and style: written from the model and every analyst
 * query, in a form Browser 5.24 reads, served by the in-process server, and applied on
 * connect.
 */
class BrowserGuideTest {

	static final Path QUERIES = Path.of("graph-model", "queries");

	static final Pattern LABEL = Pattern.compile("^### ([A-Z][A-Za-z]+)( \\(.+\\))?$", Pattern.MULTILINE);

	// a selector and its declarations, whose quoted values may hold braces
	static final Pattern RULE = Pattern.compile("([^{}\\s]+)\\s*\\{((?:[^{}\"]|\"[^\"]*\")*)\\}");

	@Test
	void theGuideHasEveryAnalystQueryAsARunnableCellWithItsParameters() throws IOException {
		String guide = BrowserGuide.markdown();
		List<Path> files;
		try (Stream<Path> list = Files.list(QUERIES)) {
			files = list.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(10);
		for (Path file : files) {
			String text = Files.readString(file);
			String body = text.lines()
				.dropWhile(line -> line.startsWith("//"))
				.reduce((a, b) -> a + "\n" + b)
				.orElseThrow()
				.strip();
			assertThat(guide).as(file.toString()).contains("```cypher\n" + body + "\n```");
			Matcher param = Pattern.compile("^// @param (\\w+): (.+)$", Pattern.MULTILINE).matcher(text);
			while (param.find()) {
				assertThat(guide).contains(":param " + param.group(1) + " => " + param.group(2).strip());
			}
		}
	}

	@Test
	void theGuideIsMarkdownSlidesThatBrowserSplitsAndRuns() {
		String guide = BrowserGuide.markdown();
		// Browser 5 splits a Markdown guide at lines of three dashes and runs ```cypher
		// blocks
		assertThat(guide).startsWith("[//]: # (<title>ipgraph: the IP ecosystem graph</title>)\n\n");
		String[] slides = guide.substring(guide.indexOf("\n\n")).split("\\r?\\n---\\r?\\n");
		assertThat(slides).hasSizeGreaterThanOrEqualTo(4 + 10);
		for (String slide : slides) {
			assertThat(slide.strip()).startsWith("## ");
			assertThat(slide.split("```", -1).length % 2).as("balanced code fences in\n" + slide).isEqualTo(1);
		}
		assertThat(guide).contains("CALL db.schema.visualization()");
	}

	@Test
	void theGuideDescribesEveryLabelAndRelationshipOfTheModel() throws IOException {
		String readme = Files.readString(Path.of("graph-model", "README.md"));
		String guide = BrowserGuide.markdown();
		Matcher label = LABEL.matcher(readme);
		while (label.find()) {
			assertThat(guide).contains("- **" + label.group(1));
		}
		String relationships = readme.substring(readme.indexOf("## Relationships"), readme.indexOf("## Indexes"));
		List<String> types = relationships.lines()
			.filter(line -> line.startsWith("| ") && !line.startsWith("| type "))
			.map(line -> line.split("\\|")[1].strip())
			.toList();
		assertThat(types).hasSizeGreaterThan(20).contains("OWNS", "CITES", "DECLARED_ESSENTIAL_TO");
		types.forEach(type -> assertThat(guide).contains("| " + type + " |"));
	}

	@Test
	void theStyleColoursAndCaptionsEveryLabelInAFormBrowserParses() throws IOException {
		Map<String, Map<String, String>> rules = grass(BrowserGuide.style());
		String readme = Files.readString(Path.of("graph-model", "README.md"));
		Matcher label = LABEL.matcher(readme);
		while (label.find()) {
			Map<String, String> rule = rules.get("node." + label.group(1));
			assertThat(rule).as("a style for " + label.group(1)).isNotNull().containsKeys("color", "caption");
			// a caption names a property the model documents for that label
			String property = rule.get("caption").replaceAll("[\"']", "").replaceAll("^\\{(\\w+)\\}.*", "$1");
			String section = readme.substring(label.start(), readme.indexOf("\n### ", label.end()) < 0 ? readme.length()
					: readme.indexOf("\n### ", label.end()));
			assertThat(section).as(label.group(1) + " documents " + property).containsPattern("\\b" + property + "\\b");
		}
		for (String migration : List.of("V001__Create_key_constraints.cypher",
				"V004__Create_security_constraints.cypher", "V010__Create_nlp_constraints.cypher")) {
			Matcher constrained = Pattern.compile("FOR \\(n:(\\w+)\\)")
				.matcher(Files.readString(Path.of("graph-model", "migrations", migration)));
			while (constrained.find()) {
				assertThat(rules).containsKey("node." + constrained.group(1));
			}
		}
		assertThat(rules).containsKeys("node", "relationship");
	}

	@Test
	void anInProcessServerOnLoopbackAppliesTheStyleAndOpensTheGuideOnConnect() throws Exception {
		EmbeddedNeo4j server = TestNeo4j.server();
		String http = server.httpUri().orElseThrow().toString();
		Map<String, String> config = new LinkedHashMap<>();
		try (var session = TestNeo4j.driver().session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
			session.run("CALL dbms.clientConfig()")
				.forEachRemaining(r -> config.put(r.get("name").asString(), r.get("value").asString()));
		}
		String host = URI.create(http).getHost();
		assertThat(config.get("browser.remote_content_hostname_whitelist").split(",")).contains(host, "localhost");
		// Browser puts the colon in front of each command itself
		assertThat(config.get("browser.post_connect_cmd"))
			.isEqualTo("style " + http + "/browser/ipgraph.grass; guide " + http + "/browser/ipgraph-guide.md");
		HttpClient client = HttpClient.newHttpClient();
		for (String command : config.get("browser.post_connect_cmd").split(";")) {
			String url = command.strip().split(" ")[1];
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(url).isEqualTo(200);
			assertThat(response.body()).isEqualTo(url.endsWith(".md") ? BrowserGuide.markdown() : BrowserGuide.style());
			// Browser may be opened under another loopback name than the one in the
			// command
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		}
	}

	@Test
	void appliesOnlyOnLoopback() {
		assertThat(BrowserGuide.onConnect("127.0.0.1:7474")).containsEntry("browser.post_connect_cmd",
				"style http://127.0.0.1:7474/browser/ipgraph.grass; guide http://127.0.0.1:7474/browser/ipgraph-guide.md");
		assertThat(BrowserGuide.onConnect("localhost:7475")).containsEntry("browser.remote_content_hostname_whitelist",
				"guides.neo4j.com,localhost");
		assertThat(BrowserGuide.onConnect(":7474").get("browser.post_connect_cmd")).contains("http://127.0.0.1:7474/");
		assertThat(BrowserGuide.onConnect("0.0.0.0:7474")).isEmpty();
		assertThat(BrowserGuide.onConnect("192.0.2.10:7474")).isEmpty();
	}

	@Test
	void settingsGivenToIpgraphReplaceOrSwitchOffWhatItSetsForBrowser(@TempDir Path home) {
		var properties = new Binder(new MapConfigurationPropertySource(Map.of(
				"ipgraph.neo4j.settings.browser.remote_content_hostname_whitelist", "graph.example.org",
				"ipgraph.neo4j.settings.browser.post_connect_cmd", "", "ipgraph.neo4j.http-address", "127.0.0.1:7474")))
			.bindOrCreate("ipgraph.neo4j", DatabaseProperties.class);
		Map<String, String> config = EmbeddedNeo4j.configuration(home, properties.embeddedSettings());
		assertThat(config).containsEntry("browser.remote_content_hostname_whitelist", "graph.example.org")
			.containsEntry("browser.post_connect_cmd", "");
	}

	// the rules as Browser's GraSS parser reads them: "selector { key: value; ... }"
	static Map<String, Map<String, String>> grass(String text) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		Matcher rule = RULE.matcher(text);
		while (rule.find()) {
			Map<String, String> properties = new LinkedHashMap<>();
			for (String declaration : rule.group(2).split(";")) {
				if (declaration.isBlank()) {
					continue;
				}
				String[] parts = declaration.split(":");
				assertThat(parts).as("Browser needs exactly one colon in '" + declaration.strip() + "'").hasSize(2);
				properties.put(parts[0].strip(), parts[1].strip());
			}
			rules.put(rule.group(1), properties);
		}
		return rules;
	}

}
