package org.ipgraph.evaluation.policies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.Metrics;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.ingest.csv.CsvRow;
import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.policies.Applicant;
import org.ipgraph.policies.PoliciesProperties;
import org.ipgraph.policies.PolicyMatch;
import org.ipgraph.policies.PolicyService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code ipgraph evaluate policies}: the real path on the hand-made set of
 * {@code nlp-models/annotated/policy}. The policy and fund passages and the shared US law
 * texts the set names are ingested as text into a scratch graph (the text pipeline reads
 * their eligibility facts), the organizations' shared data files are ingested beside
 * them, and each labelled (organization, policy) pair is matched. Accuracy on the
 * held-out pairs ({@code heldout8/pairs.tsv}, or the folder {@code --option heldout=DIR}
 * names; when absent the report says there is no held-out figure) and on each development
 * split, beside a keyword-overlap baseline whose threshold is chosen on the development
 * pairs (the dev, the old test split and the old held-out sets of
 * {@link #OLD_HELDOUT_SETS}); the facts read are scored against the gold facts per kind
 * and split.
 */
@Component
class PolicyEvaluation implements Evaluation {

	static final String SET = "nlp-models/annotated/policy";

	/**
	 * A set of pairs in a folder of the annotated set ({@code heldout/pairs.tsv}...): the
	 * folder, the split every row names, and the label of its figures ("development:
	 * matching (old held-out 2 pairs)").
	 */
	record PairSet(String dir, String split, String label) {
	}

	/**
	 * The development sets after {@code pairs.tsv} (dev and old test), in report order:
	 * the old held-out sets, each scored once as held-out and opened afterwards. When the
	 * held-out set has been scored, it becomes one more line here and
	 * {@link #HELDOUT_SET} names the next folder.
	 */
	static final List<PairSet> OLD_HELDOUT_SETS = List.of(new PairSet("heldout", "heldout", "old held-out"),
			new PairSet("heldout2", "heldout2", "old held-out 2"), // session 10
			new PairSet("heldout3", "heldout3", "old held-out 3"), // session 11
			new PairSet("heldout4", "heldout4", "old held-out 4"), // session 11
			new PairSet("heldout5", "heldout5", "old held-out 5"), // session 12
			new PairSet("heldout6", "heldout6", "old held-out 6"), // session 13
			new PairSet("heldout7", "heldout7", "old held-out 7")); // scored in session
																	// 14

	/**
	 * The held-out pairs: {@code --option heldout=DIR} names another folder (a test's
	 * fixture).
	 */
	static final PairSet HELDOUT_SET = new PairSet("heldout8", "heldout8", "held-out");

	static final String HELDOUT_DIR = HELDOUT_SET.dir();

	static final String HELDOUT = HELDOUT_SET.split();

	// the splits of pairs.tsv
	static final String DEV = "dev";

	static final String OLD_TEST = "test";

	/** The development splits, in report order. */
	static final List<String> DEVELOPMENT_SPLITS = java.util.stream.Stream
		.concat(java.util.stream.Stream.of(DEV, OLD_TEST), OLD_HELDOUT_SETS.stream().map(PairSet::split))
		.toList();

	private final IngestService ingest;

	private final PoliciesProperties properties;

	PolicyEvaluation(IngestService ingest, PoliciesProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "policies";
	}

	@Override
	public String description() {
		return "policy and fund matching on hand-labelled (organization, policy) pairs, and eligibility facts "
				+ "against hand-made gold facts";
	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		Path set = set(options.get("dir"));
		// split=dev scores the development pairs and facts only (the dev, the old test
		// split and the old held-out sets): for choosing rules without a look at the
		// held-out pairs
		String only = options.get("split");
		if (only != null && !"dev".equals(only)) {
			throw new IllegalArgumentException("--option split= takes dev (the development pairs only), not '" + only
					+ "'; without it the held-out pairs are scored too");
		}
		Path shared = SharedData.root(options.get("shared"), "us-law-ip-texts")
			.orElseThrow(() -> new IllegalArgumentException("the shared data (us-law-ip-texts) was not found: name "
					+ "it with --option shared=DIR or IPGRAPH_SHARED_DATA"));
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> gold = lines(set.resolve("eligibility.jsonl"), json);
		List<JsonNode> passages = new ArrayList<>(lines(set.resolve("dev.jsonl"), json));
		passages.addAll(lines(set.resolve("test.jsonl"), json));
		List<Pair> pairs = new ArrayList<>(pairs(set.resolve("pairs.tsv")));
		Map<String, List<Path>> pairSources = new LinkedHashMap<>();
		for (PairSet oldSet : OLD_HELDOUT_SETS) {
			Path dir = set.resolve(oldSet.dir());
			PairFile old = PairFile.read(dir, oldSet.split(), shared)
				.orElseThrow(() -> new IllegalArgumentException("the development pairs of " + oldSet.dir()
						+ "/ were not found at " + dir.resolve(PairFile.PAIRS)));
			pairs.addAll(old.pairs());
			pairSources.putAll(old.policyFiles());
		}
		// split=dev never reads the held-out folder
		Path heldoutDir = PairFile.folder(set, options.get("heldout"), HELDOUT_SET.dir());
		Optional<PairFile> heldout = only == null ? PairFile.read(heldoutDir, HELDOUT, shared) : Optional.empty();
		heldout.ifPresent(h -> {
			pairs.addAll(h.pairs());
			pairSources.putAll(h.policyFiles());
		});
		String heldoutStatus = only != null ? "not scored (--option split=dev)" : heldout.isPresent() ? null
				: "no held-out figure: " + heldoutDir.resolve(PairFile.PAIRS) + " does not exist";
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		Path texts = null;
		try (ScratchGraph scratch = ScratchGraph.start()) {
			texts = Files.createTempDirectory("ipgraph-policies");
			Map<String, Path> passageFiles = new HashMap<>();
			for (JsonNode passage : passages) {
				Path file = texts.resolve(passage.get("id").asString() + ".txt");
				Files.writeString(file, passage.get("text").asString(), StandardCharsets.UTF_8);
				passageFiles.put(passage.get("id").asString(), file);
			}
			Map<String, List<Path>> sources = new LinkedHashMap<>();
			Set<Path> lawFiles = new LinkedHashSet<>();
			for (JsonNode record : gold) {
				List<Path> files = new ArrayList<>();
				JsonNode source = record.get("source");
				if ("passage".equals(source.get("kind").asString())) {
					files.add(passageFiles.get(source.get("passage").asString()));
				}
				else {
					for (JsonNode f : source.get("files")) {
						Path file = shared.resolve(f.get("path").asString());
						files.add(file);
						lawFiles.add(file);
					}
				}
				sources.put(record.get("id").asString(), files);
			}
			pairSources.forEach((id, files) -> {
				sources.put(id, files);
				lawFiles.addAll(files);
			});
			IngestService into = this.ingest.on(scratch.driver());
			Set<Path> orgFiles = new LinkedHashSet<>();
			pairs.forEach(p -> orgFiles.add(shared.resolve(p.orgFile())));
			IngestReport organizations = into.ingest("auto", List.copyOf(orgFiles), IngestListener.NONE);
			// the parent maps after, in an ingest of their own: they look up the
			// organizations the patent sources made in the committed graph
			Path parents = shared.resolve("assignee-parent-subsidiary-maps");
			long rejected = organizations.getRejected();
			if (Files.isDirectory(parents)) {
				orgFiles.add(parents);
				rejected += into.ingest("auto", List.of(parents), IngestListener.NONE).getRejected();
			}
			List<Path> textFiles = new ArrayList<>(passageFiles.values());
			textFiles.addAll(lawFiles);
			IngestReport read = into.ingest("text", textFiles, IngestListener.NONE);
			Neo4jClient client = scratch.client();
			PolicyService service = PolicyService.over(client, this.properties);
			Map<String, String> subjects = subjects(client, sources);
			Map<String, List<String>> parts = parts(client, sources);
			facts(report, client, gold, sources);
			matching(report, service, pairs, subjects, parts, policyTexts(sources),
					"dev".equals(options.get("explain")), heldoutStatus);
			report.note("Ingested " + orgFiles.size() + " organization files (" + rejected + " records rejected) and "
					+ textFiles.size() + " texts (" + read.getRejected() + " rejected) into a scratch graph; "
					+ subjects.size() + " of " + sources.size() + " policies got a subject with eligibility facts.");
			report.note("Development pairs: the dev split, the old test split (scored three times by 2026-12-06) and "
					+ "the old held-out pairs of "
					+ String.join(", ", OLD_HELDOUT_SETS.stream().map(s -> s.dir() + "/").toList())
					+ " (each scored once as held-out), all opened for rule writing; the held-out pairs ("
					+ heldoutDir.resolve(PairFile.PAIRS)
					+ ") are the headline. Pairs whose policy got no facts are judged 'not eligible'.");
			report.note("The linker also knows the names of the graph the command runs against; run it against an "
					+ "empty store for figures independent of it.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (texts != null) {
				FileSystemUtils.deleteRecursively(texts.toFile());
			}
		}
		return report.build();
	}

	// the dev, the old test split and the old held-out sets together
	private static final String DEVELOPMENT = "development";

	private static boolean isDevelopment(String split) {
		return DEVELOPMENT_SPLITS.contains(split);
	}

	static String label(String split) {
		if (split.equals(OLD_TEST)) {
			return "old test";
		}
		return java.util.stream.Stream.concat(OLD_HELDOUT_SETS.stream(), java.util.stream.Stream.of(HELDOUT_SET))
			.filter(s -> s.split().equals(split))
			.map(PairSet::label)
			.findFirst()
			.orElse(split);
	}

	private static Path set(String explicit) {
		List<Path> candidates = new ArrayList<>();
		if (explicit != null && !explicit.isBlank()) {
			candidates.add(Path.of(explicit));
		}
		String home = System.getProperty("ipgraph.home");
		if (home != null) {
			candidates.add(Path.of(home).resolve(SET));
		}
		candidates.add(Path.of(SET));
		return candidates.stream()
			.filter(p -> Files.isRegularFile(p.resolve("pairs.tsv")))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"the annotated policy set was not found at " + candidates + ": name it with --option dir=DIR"));
	}

	record Pair(String id, String split, String policy, String orgName, String orgFile, boolean eligible,
			String confidence) {
	}

	private static List<Pair> pairs(Path file) {
		List<Pair> pairs = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); CsvTable table = CsvTable.open(in, '\t')) {
			for (CsvRow row : table.rows()) {
				pairs.add(new Pair(row.get("pair_id"), row.get("split"), row.get("policy_id"), row.get("org_name"),
						row.get("org_file"), "eligible".equals(row.get("label")), row.get("confidence")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return pairs;
	}

	private static List<JsonNode> lines(Path file, JsonMapper json) {
		try {
			List<JsonNode> out = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					out.add(json.readTree(line));
				}
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static final String SUBJECT = """
			MATCH (d:Document) WHERE d.path IN $paths
			MATCH (e:Evidence {type: 'ELIGIBILITY', documentId: d.id})-[:SUBJECT]->(p)
			WITH p, count(e) AS facts
			ORDER BY EXISTS { (p)-[:PART_OF]->(:Policy) } DESC, facts DESC, p.id LIMIT 1
			RETURN p.id
			""";

	/**
	 * The subject each gold policy's text got: the node holding its eligibility facts; of
	 * a statute cut into subsections, the subsection policy (its summary holds the
	 * section's facts too), the one with most facts when its files are several.
	 */
	private static Map<String, String> subjects(Neo4jClient client, Map<String, List<Path>> sources) {
		Map<String, String> out = new LinkedHashMap<>();
		sources.forEach((id, files) -> client.query(SUBJECT)
			.bind(files.stream().map(Path::toString).toList())
			.to("paths")
			.fetchAs(String.class)
			.one()
			.ifPresent(subject -> out.put(id, subject)));
		return out;
	}

	private static final String PARTS = """
			MATCH (d:Document) WHERE d.path IN $paths
			MATCH (e:Evidence {type: 'ELIGIBILITY', documentId: d.id})-[:SUBJECT]->(p:Policy)-[:PART_OF]->(:Policy)
			RETURN DISTINCT p.id AS id ORDER BY id
			""";

	/**
	 * The subsection policies a gold policy's texts went to, for a policy whose files are
	 * two or more subsections that each name their own recipients: the pair is judged
	 * eligible when one of them admits the organization (the policy the annotator read is
	 * those subsections together, and nothing else of their section).
	 */
	private static Map<String, List<String>> parts(Neo4jClient client, Map<String, List<Path>> sources) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		sources.forEach((id, files) -> {
			List<String> ids = List.copyOf(client.query(PARTS)
				.bind(files.stream().map(Path::toString).toList())
				.to("paths")
				.fetchAs(String.class)
				.all());
			if (ids.size() > 1) {
				out.put(id, ids);
			}
		});
		return out;
	}

	private static final String FACTS = """
			MATCH (d:Document) WHERE d.path IN $paths
			MATCH (e:Evidence {type: 'ELIGIBILITY', documentId: d.id})
			RETURN e.kind AS kind, e.value AS value
			""";

	/**
	 * Facts read against the gold facts, per kind and split: a value is right when it
	 * equals a gold value of the same kind and policy text (amounts and dates: the same
	 * written figure; issuing bodies: one name contains the other).
	 */
	private static void facts(EvaluationReport.Builder report, Neo4jClient client, List<JsonNode> gold,
			Map<String, List<Path>> sources) {
		Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
		// gold facts are per policy; read facts per text: texts with several gold
		// policies
		// are scored once, against the union of their gold facts
		Map<List<Path>, Map<String, Set<String>>> goldByText = new LinkedHashMap<>();
		Map<List<Path>, String> splitByText = new LinkedHashMap<>();
		for (JsonNode record : gold) {
			List<Path> files = sources.get(record.get("id").asString());
			splitByText.put(files, record.get("split").asString());
			Map<String, Set<String>> byKind = goldByText.computeIfAbsent(files, f -> new LinkedHashMap<>());
			for (String kind : GoldFacts.KINDS) {
				for (JsonNode fact : record.get(kind)) {
					byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(GoldFacts.values(kind, fact));
				}
			}
		}
		goldByText.forEach((files, byKind) -> {
			Map<String, Set<String>> read = new LinkedHashMap<>();
			client.query(FACTS)
				.bind(files.stream().map(Path::toString).toList())
				.to("paths")
				.fetch()
				.all()
				.forEach(r -> read.computeIfAbsent((String) r.get("kind"), k -> new LinkedHashSet<>())
					.add(GoldFacts.normalize((String) r.get("kind"), (String) r.get("value"))));
			String split = splitByText.get(files);
			for (String kind : GoldFacts.KINDS) {
				Set<String> g = byKind.getOrDefault(kind, Set.of());
				Set<String> p = read.getOrDefault(kind, Set.of());
				long tp = p.stream().filter(v -> GoldFacts.matches(kind, v, g)).count();
				long found = g.stream().filter(v -> GoldFacts.matches(kind, v, p)).count();
				long[] c = counts.computeIfAbsent(split, s -> new LinkedHashMap<>())
					.computeIfAbsent(kind, k -> new long[3]);
				c[0] += tp;
				c[1] += p.size() - tp;
				c[2] += g.size() - found;
			}
		});
		counts.forEach((split, byKind) -> byKind.forEach((kind, c) -> {
			Metrics.Prf prf = Metrics.Prf.of(c[0], c[1], c[2]);
			String task = "facts (" + label(split) + ")";
			report.figure(task, kind, "precision", round(prf.precision()));
			report.figure(task, kind, "recall", round(prf.recall()));
			report.figure(task, kind, "f1", round(prf.f1()));
			report.figure(task, kind, "gold", c[0] + c[2]);
		}));
	}

	private static Map<String, String> policyTexts(Map<String, List<Path>> sources) throws IOException {
		Map<String, String> out = new HashMap<>();
		for (Map.Entry<String, List<Path>> source : sources.entrySet()) {
			StringBuilder text = new StringBuilder();
			for (Path file : source.getValue()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
			out.put(source.getKey(), text.toString());
		}
		return out;
	}

	private void matching(EvaluationReport.Builder report, PolicyService service, List<Pair> pairs,
			Map<String, String> subjects, Map<String, List<String>> parts, Map<String, String> texts,
			boolean explainDev, String heldoutStatus) {
		Map<String, Optional<Applicant>> applicants = new HashMap<>();
		Map<String, Judged> judged = new LinkedHashMap<>();
		for (Pair pair : pairs) {
			Optional<Applicant> applicant = applicants.computeIfAbsent(pair.orgName(), service::applicantNamed);
			String subject = subjects.get(pair.policy());
			List<String> judgedOn = parts.getOrDefault(pair.policy(), subject == null ? List.of() : List.of(subject));
			List<PolicyMatch> matches = applicant.isEmpty() ? List.of() : service.judge(applicant.get(), judgedOn);
			PolicyMatch match = matches.stream()
				.filter(PolicyMatch::predictedEligible)
				.findFirst()
				.orElse(matches.isEmpty() ? null : matches.get(0));
			double overlap = applicant.map(a -> KeywordBaseline.overlap(a, texts.get(pair.policy()))).orElse(0.0);
			judged.put(pair.id(), new Judged(pair, applicant.isPresent(), match, overlap));
		}
		List<Judged> development = judged.values().stream().filter(j -> isDevelopment(j.pair().split())).toList();
		double threshold = KeywordBaseline.threshold(
				development.stream().map(j -> new KeywordBaseline.Scored(j.overlap(), j.pair().eligible())).toList());
		unknownRules(report, development);
		leaveOneSetOut(report, development);
		Map<String, List<Judged>> bySplit = new LinkedHashMap<>();
		for (String split : DEVELOPMENT_SPLITS) {
			bySplit.put(split, judged.values().stream().filter(j -> j.pair().split().equals(split)).toList());
		}
		bySplit.put(DEVELOPMENT, development);
		if (heldoutStatus == null) {
			bySplit.put(HELDOUT, judged.values().stream().filter(j -> j.pair().split().equals(HELDOUT)).toList());
		}
		score(report, bySplit, threshold, heldoutStatus);
		if (explainDev) {
			// the development pairs only: the held-out pairs are never looked at pair by
			// pair
			// every pair, the misses first: what each criterion said, to weigh a rule on
			// all development pairs and not only on those it fixes
			for (boolean miss : List.of(true, false)) {
				development.stream()
					.filter(j -> (predicted(j) != j.pair().eligible()) == miss)
					.forEach(j -> report.note("development " + (miss ? "miss" : "hit") + " (" + label(j.pair().split())
							+ ") " + j.pair().id() + ": gold " + (j.pair().eligible() ? "eligible" : "not-eligible")
							+ ", keyword overlap " + String.format(Locale.ROOT, "%.3f", j.overlap()) + ", "
							+ (j.match() == null ? "no match" : j.match().eligible() + " "
									+ j.match().reasons().stream().map(org.ipgraph.policies.Reason::text).toList())));
			}
		}
		if (explainDev) {
			// what matching knows of each development organization (against the pairs'
			// own columns, to tell an organization's facts inferred wrongly from a text
			// read wrongly)
			development.stream().map(j -> j.pair().orgName()).distinct().forEach(name -> {
				Optional<Applicant> a = applicants.getOrDefault(name, Optional.empty());
				report.note("development organization " + name + ": " + a
					.map(x -> "kind=" + x.kind() + ", country=" + x.country() + ", subdivision=" + x.subdivision()
							+ ", size=" + x.size() + ", patents=" + x.patents() + ", cpc=" + x.cpc().size())
					.orElse("not found"));
			});
			// the facts each development policy got, with their sentences
			development.stream().map(j -> j.pair().policy()).distinct().forEach(id -> {
				String subject = subjects.get(id);
				if (subject == null) {
					report.note("development policy " + id + ": no subject with eligibility facts");
					return;
				}
				List<String> read = service.policy(subject)
					.facts()
					.stream()
					.filter(f -> EXPLAINED.contains(f.kind()))
					.map(f -> f.kind() + "=" + f.value() + (f.detail() == null ? "" : " (" + f.detail() + ")") + " «"
							+ abbreviate(f.sentence()) + "»")
					.toList();
				report.note("development policy " + id + " (" + subject + "): " + String.join(" | ", read));
			});
		}
		report.note(String.format(Locale.ROOT,
				"baseline.keyword: eligible when the share of the organization's words (name, kind, country, "
						+ "CPC) found in the policy's text is at least %.3f, the threshold best on the development pairs.",
				threshold));
	}

	private static final Set<String> EXPLAINED = Set.of("applicants", "excluded", "size", "region", "fields");

	private static String abbreviate(String sentence) {
		String flat = sentence == null ? "" : sentence.replaceAll("\\s+", " ").strip();
		return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
	}

	private static boolean predicted(Judged j) {
		return j.match() != null && j.match().predictedEligible();
	}

	/**
	 * The figures of each split, the matcher and keyword overlap side by side: the
	 * development splits (each, and together) under {@code development}, and the held-out
	 * pairs as the headline ({@code policies.accuracy},
	 * {@code baseline.keyword.accuracy}) when they were read; else {@code heldoutStatus}
	 * says plainly why there is no held-out figure, and no headline is given.
	 */
	static void score(EvaluationReport.Builder report, Map<String, List<Judged>> bySplit, double threshold,
			String heldoutStatus) {
		bySplit.forEach((split, in) -> {
			boolean heldout = split.equals(HELDOUT);
			String task = heldout ? "matching (held-out pairs)" : "development: matching (" + label(split) + " pairs)";
			double accuracy = figures(report, task, "policies", in, PolicyEvaluation::predicted);
			double keyword = figures(report, task, "baseline.keyword", in, j -> j.overlap() >= threshold);
			figures(report, task, "baseline.all-eligible", in, j -> true);
			if (heldout) {
				report.headline("policies.accuracy", accuracy).headline("baseline.keyword.accuracy", keyword);
			}
			List<Judged> high = in.stream().filter(j -> "high".equals(j.pair().confidence())).toList();
			figures(report, task + " high confidence", "policies", high, PolicyEvaluation::predicted);
			figures(report, task + " high confidence", "baseline.keyword", high, j -> j.overlap() >= threshold);
			report.figure(task, "policies", "organizations found", in.stream().filter(Judged::found).count());
			report.figure(task, "policies", "unknown criteria",
					in.stream().filter(j -> j.match() != null && "possibly".equals(j.match().eligible())).count());
		});
		if (heldoutStatus != null) {
			report.figure("matching (held-out pairs)", "policies", "status", heldoutStatus);
			report.note("Held-out pairs: " + heldoutStatus + "; the figures above are development figures only.");
		}
	}

	/**
	 * Every rule for unknown verdicts on the development pairs: each set of criteria
	 * whose unknown verdict counts as not met, with its accuracy, and the best (then the
	 * smallest) noted. The held-out pairs are never looked at here; the figures of the
	 * matcher use the rule it ships with, {@link PolicyMatch#UNKNOWN_NOT_MET}.
	 */
	private static void unknownRules(EvaluationReport.Builder report, List<Judged> dev) {
		String task = "rule for unknown criteria (development pairs)";
		for (Set<String> rule : UNKNOWN_RULES) {
			figures(report, task,
					rule.isEmpty() ? "none counted as not met" : "counted as not met: " + String.join(", ", rule), dev,
					j -> predicted(j, rule));
		}
		Set<String> best = bestUnknownRule(dev);
		double bestAccuracy = round(accuracy(dev, j -> predicted(j, best)));
		report.note("On the development pairs the best rule counts unknown verdicts of "
				+ (best.isEmpty() ? "no criterion" : String.join(", ", best)) + " as not met (" + bestAccuracy
				+ "); the matcher ships with "
				+ (PolicyMatch.UNKNOWN_NOT_MET.isEmpty() ? "none"
						: String.join(", ", new java.util.TreeSet<>(PolicyMatch.UNKNOWN_NOT_MET)))
				+ " (docs/policies.md says why).");
	}

	private static final List<String> CRITERIA = List.of("kind", "exclusion", "size", "region", "residence", "field",
			"recipient");

	/**
	 * The 128 rules for unknown verdicts: each set of criteria whose unknown verdict
	 * counts as not met, the smaller sets first.
	 */
	static final List<Set<String>> UNKNOWN_RULES = java.util.stream.IntStream.range(0, 1 << CRITERIA.size())
		.mapToObj(mask -> {
			Set<String> rule = new java.util.TreeSet<>();
			for (int c = 0; c < CRITERIA.size(); c++) {
				if ((mask & (1 << c)) != 0) {
					rule.add(CRITERIA.get(c));
				}
			}
			return java.util.Collections.unmodifiableSet(rule);
		})
		.sorted(java.util.Comparator.comparingInt(Set::size))
		.toList();

	/**
	 * The rule for unknown verdicts that is right on most of these pairs; of equals, the
	 * smallest (then the first of {@link #UNKNOWN_RULES}).
	 */
	static Set<String> bestUnknownRule(List<Judged> pairs) {
		Set<String> best = Set.of();
		long bestRight = -1;
		for (Set<String> rule : UNKNOWN_RULES) {
			long right = pairs.stream().filter(j -> predicted(j, rule) == j.pair().eligible()).count();
			if (right > bestRight) {
				best = rule;
				bestRight = right;
			}
		}
		return best;
	}

	private static boolean predicted(Judged j, Set<String> unknownNotMet) {
		return j.match() != null && j.match().predictedEligible(unknownNotMet);
	}

	/**
	 * The development set a split belongs to, for leave-one-set-out: {@code pairs.tsv}
	 * (the dev and the old test split, written together) or the folder of an old held-out
	 * set.
	 */
	static String setOf(String split) {
		if (split.equals(DEV) || split.equals(OLD_TEST)) {
			return "pairs.tsv";
		}
		return OLD_HELDOUT_SETS.stream()
			.filter(s -> s.split().equals(split))
			.map(s -> s.dir() + "/")
			.findFirst()
			.orElse(split);
	}

	/**
	 * Leave one set out on the development pairs: for each development set (each written
	 * on other statutes at another time), what the evaluation fits (the rule for unknown
	 * verdicts and the keyword threshold) is chosen on the other sets alone and scored on
	 * it; the mean over the sets is {@code development.loso}. The reading rules and the
	 * matcher's criteria are not refitted: they were written on all the sets, so this
	 * figure says how stable the fitted choices are, not how the rules carry to unseen
	 * statutes (docs/policies.md).
	 */
	static void leaveOneSetOut(EvaluationReport.Builder report, List<Judged> development) {
		Map<String, List<Judged>> bySet = new LinkedHashMap<>();
		development.forEach(j -> bySet.computeIfAbsent(setOf(j.pair().split()), s -> new ArrayList<>()).add(j));
		if (bySet.size() < 2) {
			return;
		}
		double[] sums = new double[3];
		for (Map.Entry<String, List<Judged>> left : bySet.entrySet()) {
			List<Judged> fit = development.stream()
				.filter(j -> !setOf(j.pair().split()).equals(left.getKey()))
				.toList();
			Set<String> rule = bestUnknownRule(fit);
			double threshold = KeywordBaseline.threshold(
					fit.stream().map(j -> new KeywordBaseline.Scored(j.overlap(), j.pair().eligible())).toList());
			String task = "development: leave one set out (" + left.getKey() + " left out)";
			sums[0] += figures(report, task, "policies", left.getValue(), j -> predicted(j, rule));
			report.figure(task, "policies", "rule for unknown criteria fitted on the other sets",
					rule.isEmpty() ? "none counted as not met" : String.join(", ", rule));
			sums[1] += figures(report, task, "baseline.keyword", left.getValue(), j -> j.overlap() >= threshold);
			report.figure(task, "baseline.keyword", "threshold fitted on the other sets", round(threshold));
			sums[2] += figures(report, task, "baseline.all-eligible", left.getValue(), j -> true);
		}
		String task = "development: leave one set out (mean of " + bySet.size() + " sets)";
		double[] means = java.util.Arrays.stream(sums).map(s -> round(s / bySet.size())).toArray();
		report.figure(task, "policies", "accuracy", means[0]);
		report.figure(task, "baseline.keyword", "accuracy", means[1]);
		report.figure(task, "baseline.all-eligible", "accuracy", means[2]);
		report.headline("development.loso.accuracy", means[0])
			.headline("development.loso.baseline.keyword.accuracy", means[1])
			.headline("development.loso.baseline.all-eligible.accuracy", means[2]);
	}

	private static double accuracy(List<Judged> pairs, java.util.function.Predicate<Judged> predicted) {
		return pairs.isEmpty() ? Double.NaN
				: (double) pairs.stream().filter(j -> predicted.test(j) == j.pair().eligible()).count() / pairs.size();
	}

	// the accuracy, or NaN without pairs
	private static double figures(EvaluationReport.Builder report, String task, String model, List<Judged> pairs,
			java.util.function.Predicate<Judged> predicted) {
		long right = pairs.stream().filter(j -> predicted.test(j) == j.pair().eligible()).count();
		double accuracy = pairs.isEmpty() ? Double.NaN : round((double) right / pairs.size());
		report.figure(task, model, "accuracy", accuracy);
		report.figure(task, model, "pairs", pairs.size());
		return accuracy;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	record Judged(Pair pair, boolean found, PolicyMatch match, double overlap) {
	}

}
