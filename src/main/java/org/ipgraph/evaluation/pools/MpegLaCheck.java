package org.ipgraph.evaluation.pools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;

/**
 * The MPEG LA video-codec seed list (US patents in the HEVC, AVC, MPEG-2 and MPEG-4 Visual pools)
 * would be real pool membership labels. This checks which of them the US grant data we have
 * holds, and how: as full records with an owner, or only as cited stubs.
 */
final class MpegLaCheck {

	static final String SEEDS = "mpegla-video-codec-seed";

	static final String GRANTS = "uspto-ipg-fixtures";

	private static final String LOOKUP = """
			UNWIND $numbers AS number
			MATCH (p:Patent {number: number})
			RETURN p.number AS number, coalesce(p.stub, false) AS stub,
			       COUNT { (p)<-[:OWNS]-() } AS owners, COUNT { (p)<-[:CITES]-() } AS citedBy
			ORDER BY number
			""";

	private final IngestService ingest;

	private final ScratchGraph graph;

	MpegLaCheck(IngestService ingest, ScratchGraph graph) {
		this.ingest = ingest;
		this.graph = graph;
	}

	void run(EvaluationReport.Builder report) {
		Path seeds = SharedData.find(SEEDS).orElse(null);
		Path grants = SharedData.find(GRANTS).orElse(null);
		if (seeds == null || grants == null) {
			report.note("MPEG LA seed list or USPTO grant fixtures not found; skipped.");
			return;
		}
		List<String> numbers = numbers(seeds.resolve("video_codec.seed.csv"));
		this.graph.clear();
		this.ingest.ingest("uspto-xml", List.of(grants), IngestListener.NONE);
		long patents = this.graph.client().query("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Map<String, Object>> found = List.copyOf(this.graph.client().query(LOOKUP)
			.bindAll(Map.of("numbers", numbers))
			.fetch()
			.all());
		long full = found.stream().filter(r -> !(Boolean) r.get("stub")).count();
		String task = "MPEG LA seed patents in the US grant data we have";
		report.figure(task, "lookup", "seedPatents", (double) numbers.size());
		report.figure(task, "lookup", "grantsLoaded", (double) patents);
		report.figure(task, "lookup", "asFullRecords", (double) full);
		report.figure(task, "lookup", "asCitedStubs", (double) (found.size() - full));
		report.note(String.format(Locale.ROOT,
				"MPEG LA seed list: %d US patents; the USPTO grant fixtures (%d grants) hold %d of them as records and "
						+ "%d only as cited stubs (%s): no owner, CPC or text, so no pool can be checked against them. "
						+ "Scoring pools against the list needs the listed grants' records (PatentsView or USPTO "
						+ "bulk files), which are not in the shared data.",
				numbers.size(), patents, full, found.size() - full,
				String.join(", ", found.stream().map(r -> (String) r.get("number")).toList())));
	}

	static List<String> numbers(Path file) {
		try {
			return Files.readAllLines(file)
				.stream()
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(s -> PatentNumber.parse(s, "US").map(PatentNumber::key).orElse(null))
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
