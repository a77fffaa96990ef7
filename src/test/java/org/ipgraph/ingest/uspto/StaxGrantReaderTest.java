package org.ipgraph.ingest.uspto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming reader against the DOM reader it replaces: the same records, field by
 * field, on every shared USPTO v4 file, and the same rejections on bad input.
 */
class StaxGrantReaderTest {

	private final UsptoXmlFormat dom = new UsptoXmlFormat(UsptoXmlFormat.MAX_DOCUMENT_BYTES, UsptoXmlFormat.Parser.DOM);

	private final UsptoXmlFormat stax = new UsptoXmlFormat(UsptoXmlFormat.MAX_DOCUMENT_BYTES,
			UsptoXmlFormat.Parser.STAX);

	@Test
	void givesTheDomReadersRecordsOnEverySharedFile() throws IOException {
		List<Path> files = v4Files();
		// the 9 weekly excerpts and the v4 single grants and applications of the samples
		assertThat(files).hasSizeGreaterThanOrEqualTo(15);
		int records = 0;
		int withGovernmentInterest = 0;
		int withTerm = 0;
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			RecordingSink expected = read(this.dom, bytes);
			RecordingSink actual = read(this.stax, bytes);
			assertThat(actual.rejections).as(file.toString()).isEqualTo(expected.rejections);
			assertThat(actual.records.keySet()).as(file.toString())
				.containsExactlyElementsOf(expected.records.keySet());
			for (Map.Entry<String, PatentRecord> entry : expected.records.entrySet()) {
				PatentRecord want = entry.getValue();
				PatentRecord got = actual.records.get(entry.getKey());
				assertThat(got).as(file + " " + entry.getKey()).usingRecursiveComparison().isEqualTo(want);
				assertThat(got).as(file + " " + entry.getKey()).isEqualTo(want);
				records++;
				withGovernmentInterest += want.governmentInterest() != null ? 1 : 0;
				withTerm += want.term() != null ? 1 : 0;
			}
		}
		assertThat(records).isGreaterThanOrEqualTo(225 + 6);
		// the comparison covers the fields that are hardest to find
		assertThat(withGovernmentInterest).isGreaterThanOrEqualTo(5);
		assertThat(withTerm).isGreaterThanOrEqualTo(225);
	}

	@Test
	void rejectsBadDocumentsForTheDomReadersReasons() throws IOException {
		byte[] week = Files.readAllBytes(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"));
		String text = new String(week, StandardCharsets.UTF_8);
		List<byte[]> bad = new ArrayList<>();
		// cut off inside document 10
		bad.add(java.util.Arrays.copyOf(week, indexOf(week, "</us-patent-grant>", 10) - 200));
		// an invalid UTF-8 byte
		byte[] invalid = week.clone();
		invalid[indexOf(invalid, "Shoe structure</invention-title>", 1) + 1] = (byte) 0xC3;
		bad.add(invalid);
		bad.add(utf8(text.replace("Shoe structure</invention-title>", "Shoe structure</invention-titel>")));
		bad.add(utf8(text.replace("<doc-number>06836979</doc-number>", "<doc-number> </doc-number>")));
		bad.add(utf8(text.replace("<doc-number>06836979</doc-number>", "<doc-number>nonsense</doc-number>")));
		bad.add(utf8(text.replaceFirst("<us-term-extension>\\d+</us-term-extension>",
				"<us-term-extension>many</us-term-extension>")));
		bad.add(utf8(text.replaceFirst("<us-bibliographic-data-grant>", "<us-bibliographic-data>")
			.replaceFirst("</us-bibliographic-data-grant>", "</us-bibliographic-data>")));
		bad.add(utf8(text.replace("</us-patent-grant>", "</us-patent-grant><trailing/>")));
		for (byte[] bytes : bad) {
			RecordingSink expected = read(this.dom, bytes);
			RecordingSink actual = read(this.stax, bytes);
			assertThat(expected.rejections).isNotEmpty();
			assertThat(actual.rejections).isEqualTo(expected.rejections);
			assertThat(actual.records).isEqualTo(expected.records);
		}
	}

	@Test
	void resolvesNamedEntitiesAsTheDomReaderDoes() throws IOException {
		byte[] bytes = utf8(UsptoXmlFormatTest.grant("1234567")
			.replace("[ ]>", "[<!ENTITY co \"Widget Co\">]>")
			.replace("A widget", "A widget &co; &deg; &madeup; &amp; &#x41;"));
		RecordingSink expected = read(this.dom, bytes);
		RecordingSink actual = read(this.stax, bytes);
		assertThat(actual.patent("US1234567").title()).isEqualTo("A widget &co; \u00B0 &madeup; & A");
		assertThat(actual.records).isEqualTo(expected.records);
	}

	@Test
	void expandsNoNestedEntities() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"");
			entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		byte[] bytes = utf8(UsptoXmlFormatTest.grant("1234567")
			.replace("[ ]>", "[" + entities + "]>")
			.replace("A widget", "A widget &lol9;"));
		RecordingSink sink = read(this.stax, bytes);
		// a billion "lol"s if expanded
		assertThat(sink.records.values()).allSatisfy(r -> assertThat(r.title()).hasSizeLessThan(200));
		assertThat(sink.records.size() + sink.rejections.size()).isEqualTo(1);
	}

	private static RecordingSink read(UsptoXmlFormat format, byte[] bytes) throws IOException {
		RecordingSink sink = new RecordingSink();
		format.read(Path.of("test.xml"), new ByteArrayInputStream(bytes), sink);
		return sink;
	}

	private List<Path> v4Files() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("uspto-ipg-fixtures", "uspto-format-samples")) {
			try (Stream<Path> all = Files.walk(SharedData.path(folder))) {
				for (Path file : all.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
					try (InputStream in = Files.newInputStream(file)) {
						if (this.stax.accepts(file, in.readNBytes(8192))) {
							files.add(file);
						}
					}
				}
			}
		}
		return files;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Where the n-th occurrence (from 1) of an ASCII text starts.
	 */
	private static int indexOf(byte[] bytes, String text, int occurrence) {
		String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = -1;
		for (int i = 0; i < occurrence; i++) {
			at = ascii.indexOf(text, at + 1);
			assertThat(at).as(text + " #" + occurrence).isNotNegative();
		}
		return at;
	}

}
