package org.ipgraph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * ipgraph's Neo4j Browser guide and style. The guide is Markdown, which Browser 5 plays
 * as slides ({@code :guide URL} or {@code :play URL} of a {@code .md} file; slides split
 * at {@code ---}, {@code cypher} code blocks become runnable cells). It is written from
 * the graph model's README and every query in {@code graph-model/queries} as shipped on
 * the classpath, so it cannot drift from them. The style is
 * {@code graph-model/browser/ipgraph.grass}.
 */
final class BrowserGuide {

	/**
	 * File name of the guide, below Browser's {@code /browser/} and the API's
	 * {@code /browser-guide/}.
	 */
	static final String GUIDE = "ipgraph-guide.md";

	/** File name of the style. */
	static final String STYLE = "ipgraph.grass";

	private static final String MODEL = "graph-model/";

	private static final Pattern PARAM = Pattern.compile("^// @param (\\w+): (.+)$");

	private static final Pattern LABEL = Pattern.compile("^### [A-Z][A-Za-z]+( \\(.+\\))?$");

	private static final Pattern SECTION = Pattern.compile("^## (.+)$", Pattern.MULTILINE);

	private static String guide;

	private BrowserGuide() {
	}

	/**
	 * @return the guide as Markdown, made once per process
	 */
	static synchronized String markdown() {
		if (guide == null) {
			guide = write(read(MODEL + "README.md"), queries());
		}
		return guide;
	}

	/**
	 * @return the style in GraSS, as Browser's {@code :style} reads it
	 */
	static String style() {
		return read(MODEL + "browser/" + STYLE);
	}

	/**
	 * The Browser settings of an in-process server that applies the style and opens the
	 * guide when Browser connects, only when its HTTP address is a loopback one: another
	 * host name is not known here, and Browser fetches only from allowlisted hosts.
	 * @param httpAddress host:port of the in-process server's HTTP connector
	 * @return {@code browser.*} settings, empty when not on loopback
	 */
	static Map<String, String> onConnect(String httpAddress) {
		int colon = httpAddress.lastIndexOf(':');
		// a blank host is Neo4j's default listen address, which ipgraph sets to 127.0.0.1
		String host = colon <= 0 ? "127.0.0.1" : httpAddress.substring(0, colon);
		if (!loopback(host)) {
			return Map.of();
		}
		String base = "http://" + host + ":" + (colon < 0 ? "7474" : httpAddress.substring(colon + 1)) + "/browser/";
		Map<String, String> settings = new LinkedHashMap<>();
		// Neo4j's default list is guides.neo4j.com,localhost; Browser compares host names
		// only
		settings.put("browser.remote_content_hostname_whitelist",
				"guides.neo4j.com,localhost" + (host.equals("localhost") ? "" : "," + host.replaceAll("[\\[\\]]", "")));
		// Browser puts the colon in front of each command
		settings.put("browser.post_connect_cmd", "style " + base + STYLE + "; guide " + base + GUIDE);
		return settings;
	}

	private static boolean loopback(String host) {
		try {
			return !host.isBlank() && InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static String write(String readme, Map<String, String> queries) {
		List<String> slides = new ArrayList<>();
		slides.add("""
				## ipgraph: the IP ecosystem graph

				Patents and the actors around them (owners, inventors and experts, service institutions,
				agencies), the policies and funds that shape them, standards and pools, litigation, and the
				documents every fact came from. Nodes of the demo graph carry `synthetic: true`.

				Click a grey block to put it in the editor, then run it. What the graph holds, per label:

				```cypher
				CALL db.labels() YIELD label WHERE NOT label STARTS WITH '__'
				CALL (label) { MATCH (n:$(label)) RETURN count(n) AS nodes }
				RETURN label, nodes ORDER BY nodes DESC
				```

				The schema as Neo4j sees it, drawn with ipgraph's colours (`:style` shows and edits them):

				```cypher
				CALL db.schema.visualization()
				```

				The next slides describe the model (`graph-model/README.md`), then every analyst query of
				`graph-model/queries/`, each with its parameters.
				""");
		slides.add("## The nodes\n\n" + nodes(section(readme, "Nodes")));
		slides.add("## The relationships\n\n" + relationships(section(readme, "Relationships")));
		slides.add("""
				## Choose the parameters

				The queries take parameters (`$organization`, `$cpc`, ...), set with `:param`. Each query's
				slide sets its documented default; replace it with a key from your graph. The biggest owners:

				```cypher
				MATCH (o:Organization)-[:OWNS]->(p:Patent)
				RETURN o.id AS organization, o.name AS name, count(p) AS patents
				ORDER BY patents DESC, organization LIMIT 10
				```

				Standards and CPC subclasses with the most patents:

				```cypher
				MATCH (s:Standard) OPTIONAL MATCH (p:Patent)-[:DECLARED_ESSENTIAL_TO]->(s)
				RETURN s.id AS standard, s.title AS title, count(p) AS declared ORDER BY declared DESC LIMIT 10
				```

				```cypher
				MATCH (p:Patent)-[:CLASSIFIED_AS]->(t:Technology)
				RETURN left(t.symbol, 4) AS cpc, count(DISTINCT p) AS patents ORDER BY patents DESC LIMIT 10
				```

				Then, for example, `:param organization => 'the id'` and run the query again.
				""");
		queries.forEach((name, text) -> slides.add(query(name, text)));
		slides.add("""
				## Further

				- Every answer of the REST API (partners, pools, experts, NPE risk) carries its score
				  components, graph paths and source sentences: `/swagger-ui` on the API's port.
				- The notebooks in `notebooks/` chart the portfolio landscape, citation flows, partner
				  candidates, pool concentration and NPE exposure from Python.
				- `:guide` lists this guide again among the remote guides; `:style reset` goes back to
				  Browser's own colours.
				""");
		// Browser titles a guide by the first <title> in its text; in Markdown a link
		// reference
		// definition holds it without showing it
		return "[//]: # (<title>ipgraph: the IP ecosystem graph</title>)\n\n"
				+ String.join("\n---\n\n", slides.stream().map(String::strip).toList()) + "\n";
	}

	static String query(String name, String text) {
		List<String> about = new ArrayList<>();
		List<String> params = new ArrayList<>();
		List<String> body = new ArrayList<>();
		for (String line : text.strip().split("\\R")) {
			Matcher param = PARAM.matcher(line);
			if (param.matches()) {
				params.add(":param " + param.group(1) + " => " + param.group(2).strip());
			}
			else if (body.isEmpty() && line.startsWith("//")) {
				about.add(line.substring(2).strip());
			}
			else {
				body.add(line);
			}
		}
		String title = name.replaceFirst("\\.cypher$", "").replace('-', ' ');
		StringBuilder slide = new StringBuilder("## ").append(Character.toUpperCase(title.charAt(0)))
			.append(title.substring(1))
			.append("\n\n")
			.append(String.join(" ", about))
			.append("\n\n");
		if (!params.isEmpty()) {
			slide.append("Parameters:\n\n```cypher\n").append(String.join("\n", params)).append("\n```\n\n");
		}
		return slide.append("`graph-model/queries/")
			.append(name)
			.append("`:\n\n```cypher\n")
			.append(String.join("\n", body).strip())
			.append("\n```\n")
			.toString();
	}

	// each "### Label" with its first paragraph up to its properties, as a bullet
	private static String nodes(String section) {
		StringBuilder out = new StringBuilder();
		String[] lines = section.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (LABEL.matcher(lines[i]).matches()) {
				StringBuilder paragraph = new StringBuilder();
				for (int j = i + 1; j < lines.length && !lines[j].isBlank() && !lines[j].startsWith("|")
						&& !lines[j].startsWith("- ") && !lines[j].startsWith("#"); j++) {
					paragraph.append(' ').append(lines[j].strip());
				}
				int properties = paragraph.indexOf(" Properties:");
				out.append("- **")
					.append(lines[i].substring(4).strip())
					.append("**:")
					.append(properties < 0 ? paragraph : paragraph.substring(0, properties))
					.append('\n');
			}
		}
		return out.toString();
	}

	// the README's relationship table without its properties column, which the sidebar
	// has no room for
	private static String relationships(String section) {
		StringBuilder out = new StringBuilder("| type | from → to | meaning |\n|---|---|---|\n");
		section.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| type ")).forEach(line -> {
			String[] cells = line.split("\\|");
			if (cells.length >= 5) {
				out.append("| ")
					.append(cells[1].strip())
					.append(" | ")
					.append(cells[2].strip())
					.append(" | ")
					.append(cells[4].strip())
					.append(" |\n");
			}
		});
		return out.toString();
	}

	private static String section(String markdown, String title) {
		Matcher headings = SECTION.matcher(markdown);
		while (headings.find()) {
			if (headings.group(1).strip().equals(title)) {
				int start = headings.end();
				int end = headings.find() ? headings.start() : markdown.length();
				return markdown.substring(start, end);
			}
		}
		throw new IllegalStateException("graph-model/README.md has no section '## " + title + "'");
	}

	private static Map<String, String> queries() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver(BrowserGuide.class.getClassLoader())
				.getResources("classpath*:" + MODEL + "queries/*.cypher");
			Map<String, String> queries = new LinkedHashMap<>();
			Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.forEach(file -> queries.put(file.getFilename(), text(file)));
			if (queries.isEmpty()) {
				throw new IllegalStateException("No analyst queries on the classpath (" + MODEL + "queries)");
			}
			return queries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		Resource file = new ClassPathResource(path, BrowserGuide.class.getClassLoader());
		if (!file.exists()) {
			throw new IllegalStateException(path + " is not on the classpath");
		}
		return text(file);
	}

	private static String text(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
