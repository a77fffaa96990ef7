package org.ipgraph.reliability;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every importer against damaged copies of a real sample of its format: truncated, bytes
 * flipped, invalid UTF-8, windows-1252 instead of UTF-8, a huge field, binary garbage, an
 * empty file. Each must finish with clear rejections (file, record, reason, no stack
 * trace), keep the graph well-formed, and never throw.
 */
@GraphTest
class ImporterFuzzTest {

	private static final long SEED = 20261121L;

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (String format : List.of("uspto-xml", "lens-csv", "google-patents-csv", "sep-csv", "cpc", "sso-orgs",
				"parent-map", "patentsview")) {
			for (Damage damage : Damage.values()) {
				cases.add(Arguments.of(format, damage));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void aDamagedFileIsReportedNotFatal(String format, Damage damage) throws IOException {
		byte[] sample = sample(format);
		Path file = this.dir.resolve(sampleName(format));
		Files.write(file, damage.apply(sample, new Random(SEED ^ format.hashCode() ^ damage.ordinal())));

		IngestReport[] report = new IngestReport[1];
		assertThatCode(() -> report[0] = this.ingest.ingest(format, List.of(file), IngestListener.NONE))
			.doesNotThrowAnyException();

		for (Rejection rejection : report[0].getRejections()) {
			assertThat(rejection.file()).isEqualTo(file.toString());
			assertThat(rejection.record()).isNotBlank();
			assertThat(rejection.reason()).isNotBlank()
				.doesNotContain("\tat ")
				.doesNotContain("java.lang.")
				.doesNotContain("org.ipgraph.")
				.hasSizeLessThan(2000);
		}
		if (damage.alwaysRejected()) {
			assertThat(report[0].getRejected()).as("%s of %s must be reported", damage, format).isPositive();
		}
		assertWellFormed();
	}

	// What a partial batch would leave behind: nodes without their key, relationships to
	// the
	// wrong kind of node
	private static void assertWellFormed() {
		try (var session = TestNeo4j.driver().session()) {
			assertThat(count(session, "MATCH (p:Patent) WHERE p.number IS NULL OR p.number = '' RETURN count(p)"))
				.isZero();
			assertThat(count(session, "MATCH (o:Organization) WHERE o.id IS NULL OR o.id = '' RETURN count(o)"))
				.isZero();
			assertThat(count(session, "MATCH (x:Person) WHERE x.id IS NULL RETURN count(x)")).isZero();
			assertThat(count(session, "MATCH (a)-[:OWNS]->(b) WHERE NOT b:Patent OR NOT (a:Organization OR a:Person)"
					+ " RETURN count(*)"))
				.isZero();
			assertThat(count(session, "MATCH (p:Patent) WHERE p.stub IS NULL AND NOT (p)-[:RECORDED_IN]->(:Document)"
					+ " RETURN count(p)"))
				.isZero();
		}
	}

	private static long count(org.neo4j.driver.Session session, String cypher) {
		return session.run(cypher).single().get(0).asLong();
	}

	private static String sampleName(String format) {
		return switch (format) {
			case "uspto-xml" -> "ipg-sample.xml";
			case "patentsview" -> "g_patent.tsv";
			case "cpc" -> "cpc-section-H_20220801.txt";
			default -> format + "-sample.csv";
		};
	}

	/**
	 * The first part of a real file of the format (PatentsView: a table this test writes
	 * with the published columns, since no real PatentsView file is among the shared
	 * data).
	 */
	private static byte[] sample(String format) throws IOException {
		return switch (format) {
			case "uspto-xml" -> head(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 6000);
			case "lens-csv" -> head(SharedData.path("lens-drones-patents/drones_fulltext_families_5884.csv"), 40);
			case "google-patents-csv" ->
				head(SharedData.path("google-patents-wearables-2024/gp-search-20250612-003902.csv"), 40);
			case "sep-csv" -> head(SharedData.path("iplytics-sep-sample/declarations.csv"), 40);
			case "cpc" -> head(SharedData.path("cpc-title-list-202208/cpc-section-H_20220801.txt"), 300);
			case "sso-orgs" -> head(SharedData.path("sso-organizations/organization_categories.csv"), 40);
			case "parent-map" -> head(SharedData.path("assignee-parent-subsidiary-maps/subsidiaryManualRemap.csv"), 40);
			case "patentsview" -> patentsViewTable();
			default -> throw new IllegalArgumentException(format);
		};
	}

	private static byte[] head(Path file, int lines) throws IOException {
		try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
			return String.join("\n", all.limit(lines).toList()).concat("\n").getBytes(StandardCharsets.UTF_8);
		}
	}

	private static byte[] patentsViewTable() {
		StringBuilder tsv = new StringBuilder(
				"patent_id\tpatent_type\tpatent_date\tpatent_title\tpatent_abstract\twipo_kind\tnum_claims\twithdrawn\tfilename\n");
		for (int i = 0; i < 30; i++) {
			tsv.append(10000000 + i)
				.append("\tutility\t2018-06-19\tMethod number ")
				.append(i)
				.append(" for sensing gait\tA wearable sensor ")
				.append(i)
				.append(".\tB2\t12\t0\tipg180619.xml\n");
		}
		return tsv.toString().getBytes(StandardCharsets.UTF_8);
	}

	enum Damage {

		TRUNCATED {
			@Override
			byte[] apply(byte[] sample, Random random) {
				return Arrays.copyOf(sample, (int) (sample.length * 0.63));
			}
		},
		FLIPPED_BYTES {
			@Override
			byte[] apply(byte[] sample, Random random) {
				byte[] copy = sample.clone();
				for (int i = 0; i < 25; i++) {
					copy[sample.length / 4 + random.nextInt(sample.length / 2)] = (byte) random.nextInt(256);
				}
				return copy;
			}
		},
		INVALID_UTF8 {
			@Override
			byte[] apply(byte[] sample, Random random) {
				return insert(sample, sample.length / 2,
						new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE });
			}

			@Override
			boolean alwaysRejected() {
				return true;
			}
		},
		WINDOWS_1252 {
			@Override
			byte[] apply(byte[] sample, Random random) {
				String text = new String(sample, StandardCharsets.UTF_8);
				int middle = text.indexOf('\n', text.length() / 2) + 1;
				String accented = text.substring(0, middle) + text.substring(middle).replaceFirst("[aeiou]", "é");
				return accented.getBytes(Charset.forName("windows-1252"));
			}
		},
		HUGE_FIELD {
			@Override
			byte[] apply(byte[] sample, Random random) {
				String text = new String(sample, StandardCharsets.UTF_8);
				int middle = text.indexOf('\n', text.length() / 2) + 1;
				int end = text.indexOf('\n', middle);
				int cut = middle + Math.max(1, (end - middle) / 2);
				return (text.substring(0, cut) + "x".repeat(3_000_000) + text.substring(cut))
					.getBytes(StandardCharsets.UTF_8);
			}
		},
		BINARY_GARBAGE {
			@Override
			byte[] apply(byte[] sample, Random random) {
				byte[] garbage = new byte[64 * 1024];
				random.nextBytes(garbage);
				return garbage;
			}

			@Override
			boolean alwaysRejected() {
				return true;
			}
		},
		EMPTY {
			@Override
			byte[] apply(byte[] sample, Random random) {
				return new byte[0];
			}
		};

		abstract byte[] apply(byte[] sample, Random random);

		boolean alwaysRejected() {
			return false;
		}

		private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
			byte[] out = new byte[bytes.length + inserted.length];
			System.arraycopy(bytes, 0, out, 0, at);
			System.arraycopy(inserted, 0, out, at, inserted.length);
			System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
			return out;
		}

	}

}
