package org.ipgraph.ingest.uspto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reader on the real USPTO files, without a database. Expected values were read off
 * the XML by hand.
 */
class UsptoXmlFormatTest {

	private final UsptoXmlFormat format = new UsptoXmlFormat();

	@Test
	void readsAllTwentyFiveGrantsOfEachWeeklyFixture() throws IOException {
		Map<String, Integer> perFile = new TreeMap<>();
		List<PatentRecord> all = new ArrayList<>();
		for (Path file : ipgFiles()) {
			RecordingSink sink = read(file);
			assertThat(sink.rejections).as(file.toString()).isEmpty();
			perFile.put(file.getFileName().toString(), sink.records.size());
			all.addAll(sink.patents());
		}
		assertThat(perFile).hasSize(9).allSatisfy((file, count) -> assertThat(count).as(file).isEqualTo(25));
		assertThat(all.stream().map(r -> r.number().key()).distinct()).hasSize(225);
		// counted with grep on appl-type="..." in the fixtures
		assertThat(all.stream().collect(Collectors.groupingBy(PatentRecord::type, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("utility", 199L, "design", 24L, "plant", 1L, "statutory invention registration", 1L));
	}

	@Test
	void skipsSequenceListingsButKeepsTheirPlaceInTheDocumentCount() throws IOException {
		RecordingSink sink = read(SharedData.path("uspto-ipg-fixtures/ipg060103.small.xml"));
		// 27 <?xml declarations: documents 13 and 15 are <sequence-cwu> listings
		assertThat(sink.records).hasSize(25).doesNotContainKeys("document 13 (line 6448)", "document 15 (line 8652)");
		assertThat(sink.records.get("document 14 (line 6658)").number().key()).isEqualTo("US6982157");
		assertThat(sink.records.get("document 16 (line 8842)").number().key()).isEqualTo("US6982249");
		assertThat(sink.rejections).isEmpty();
	}

	@Test
	void readsAVersion40GrantWithApplicantInventors() throws IOException {
		PatentRecord dell = read(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml")).patent("US6837063");
		assertThat(dell.number().kind()).isEqualTo("B1");
		assertThat(dell.title()).isEqualTo("Power management of a computer with vapor-cooled processor");
		assertThat(dell.grantDate()).isEqualTo(LocalDate.of(2005, 1, 4));
		assertThat(dell.filingDate()).isEqualTo(LocalDate.of(2003, 7, 31));
		assertThat(dell.applicationNumber()).isEqualTo("10631157");
		assertThat(dell.owners()).singleElement()
			.isEqualTo(Party.organization("Dell Products L.P.").at("Round Rock", "TX", "US"));
		assertThat(dell.inventors()).extracting(Party::rawName, Party::city, Party::state)
			.containsExactly(tuple("Charles D. Hood, III", "Cedar Park", "TX"),
					tuple("Curtis L. Progl", "Austin", "TX"));
		// 19 patent citations and one non-patent citation, which is not a patent
		assertThat(dell.citations()).hasSize(19);
		assertThat(dell.citations().get(0)).satisfies(c -> {
			assertThat(c.cited().key()).isEqualTo("US4674004");
			assertThat(c.category()).isEqualTo("cited by other");
		});
		assertThat(dell.claims().lines()).hasSize(20).first().asString().startsWith("1. A dual mode cooling system");
		assertThat(dell.cpc()).isEmpty();
	}

	@Test
	void readsAVersion41GrantWithProvisionalPriorityAndGovernmentInterest() throws IOException {
		PatentRecord grant = read(SharedData.path("uspto-ipg-fixtures/ipg060103.small.xml")).patent("US6982249");
		assertThat(grant.title()).isEqualTo("Bradykinin analogs as selective inhibitors of cell activation");
		assertThat(grant.owners()).extracting(Party::rawName, Party::city, Party::country)
			.containsExactly(tuple("The Regents of the University of Michigan", "Ann Arbor", "US"));
		assertThat(grant.inventors()).extracting(Party::rawName, Party::city)
			.containsExactly(tuple("Alvin H. Schmaier", "Ann Arbor"), tuple("Ahmed A. K. Hasan", "Dexter"));
		assertThat(grant.filingDate()).isEqualTo(LocalDate.of(1998, 4, 21));
		assertThat(grant.priorityDate()).isEqualTo(LocalDate.of(1997, 4, 23));
		// 15 US and 3 WO patent citations; the Australian "B-39431/89" has no usable
		// number
		assertThat(grant.citations()).extracting(c -> c.cited().key())
			.hasSize(18)
			.contains("US4585757", "WO9217201", "WO9411021", "WO9641640");
		assertThat(grant.claims().lines()).hasSize(12);
		assertThat(grant.governmentInterest()).isEqualTo(
				"The invention described herein was made, in part, in the course of work supported by the National"
						+ " Heart Lung and Blood Institute under Grant Nos. HL35553, HL55907, HL52779, and HL56415."
						+ " The government has certain rights in the invention.");
	}

	@Test
	void readsAVersion42Grant() throws IOException {
		PatentRecord grant = read(SharedData.path("uspto-ipg-fixtures/ipg070102.small.xml")).patent("US7157516");
		assertThat(grant.title()).isEqualTo("Polyolefin nanocomposites");
		assertThat(grant.owners()).extracting(Party::rawName, Party::city, Party::state)
			.containsExactly(tuple("UChicago Argonne, LLC", "Chicago", "IL"));
		assertThat(grant.inventors()).extracting(Party::rawName, Party::city)
			.containsExactly(tuple("David J. Chaiko", "Naperville"));
		assertThat(grant.citations()).hasSize(38)
			.first()
			.satisfies(c -> assertThat(c.cited().key()).isEqualTo("US3977594"))
			.satisfies(c -> assertThat(c.category()).isEqualTo("cited by other"));
		assertThat(grant.claims()).startsWith("1. A method of preparing a nanocomposite");
		assertThat(grant.governmentInterest()).startsWith("The United States Government has rights in this invention")
			.endsWith("representing Argonne National Laboratory.");
	}

	@Test
	void readsAVersion43GrantWithSeparateInventors() throws IOException {
		RecordingSink sink = read(SharedData.path("uspto-ipg-fixtures/ipg130416.small.xml"));
		PatentRecord grant = sink.records.get("document 16 (line 13306)");
		assertThat(grant.number().key()).isEqualTo("US8420318");
		assertThat(grant.title()).isEqualTo("Microfabricated integrated DNA analysis system");
		assertThat(grant.owners()).extracting(Party::rawName, Party::city)
			.containsExactly(tuple("The Regents of the University of California", "Oakland"));
		assertThat(grant.inventors()).extracting(Party::rawName, Party::city)
			.containsExactly(tuple("Richard A. Mathies", "San Francisco"), tuple("Robert Blazej", "San Francisco"),
					tuple("Chung Liu", "Albany"), tuple("Palani Kumaresan", "Los Angeles"),
					tuple("Stephanie H. I. Yeung", "Berkeley"));
		assertThat(grant.citations()).hasSize(295)
			.first()
			.satisfies(c -> assertThat(c.cited().key()).isEqualTo("US3190310"))
			.satisfies(c -> assertThat(c.category()).isEqualTo("cited by applicant"));
		assertThat(grant.claims().lines()).hasSize(18);
		assertThat(grant.priorityDate()).isEqualTo(LocalDate.of(2004, 6, 1));
		assertThat(grant.governmentInterest()).contains("Grant Numbers AI056472, CA77664, and HG001399");
		assertThat(grant.cpc()).as("no CPC in 2013-04 grants").isEmpty();
	}

	@Test
	void readsTheCpcOfAVersion45GrantMainClassificationFirst() throws IOException {
		PatentRecord grant = read(SharedData.path("uspto-format-samples/xml2014/US08926509.xml")).patent("US8926509");
		assertThat(grant.title()).isEqualTo("Wireless physiological sensor patches and systems");
		assertThat(grant.owners()).extracting(Party::rawName).containsExactly("Hmicro, Inc.");
		assertThat(grant.inventors()).first()
			.extracting(Party::rawName, Party::city)
			.containsExactly("Surendar Magar", "Dublin");
		assertThat(grant.cpc()).first().isEqualTo(new CpcSymbol("A61B5/0205", "subgroup"));
		// H04W84/18 appears only in a combination set
		assertThat(grant.cpc()).extracting(CpcSymbol::symbol)
			.contains("G06F19/3418", "H04L67/125", "H04W84/18")
			.doesNotHaveDuplicates();
	}

	@Test
	void readsApplicationPublicationsAsKindA1() throws IOException {
		PatentRecord application = read(SharedData.path("uspto-format-samples/xmlApp2004/US20050004974A1.xml"))
			.patent("US20050004974");
		assertThat(application.number().kind()).isEqualTo("A1");
		assertThat(application.type()).isEqualTo("application");
		assertThat(application.title()).isEqualTo("Device model agent");
		assertThat(application.publicationDate()).isEqualTo(LocalDate.of(2005, 1, 6));
		assertThat(application.grantDate()).isNull();
		assertThat(application.owners()).extracting(Party::rawName).containsExactly("Xerox Corporation");
		assertThat(application.inventors()).first()
			.extracting(Party::rawName, Party::city)
			.containsExactly("Naveen Sharma", "Perinton");
	}

	@Test
	void aFederallySponsoredHeadingFollowedByNotApplicableIsNoStatement() throws IOException {
		// the heading "STATEMENT REGARDING FEDERALLY SPONSORED RESEARCH OR DEVELOPMENT"
		// then "Not Applicable"
		assertThat(read(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml")).patent("US6837536")
			.governmentInterest()).isNull();
		// the same heading followed by an em dash
		assertThat(read(SharedData.path("uspto-ipg-fixtures/ipg080101.small.xml")).patent("US7315006")
			.governmentInterest()).isNull();
	}

	@Test
	void findsTheFiveGovernmentInterestStatementsOfTheFixtures() throws IOException {
		List<String> withStatement = new ArrayList<>();
		for (Path file : ipgFiles()) {
			read(file).patents()
				.stream()
				.filter(r -> r.governmentInterest() != null)
				.forEach(r -> withStatement.add(r.number().key()));
		}
		// the five <?GOVINT?> sections found with grep
		assertThat(withStatement).containsExactlyInAnyOrder("US6982249", "US6982482", "US7157516", "US7472652",
				"US8420318");
	}

	@Test
	void keepsTheCompleteDocumentsOfATruncatedFileAndRejectsTheCutOne() throws IOException {
		// document 10 of ipg050104 spans lines 4914-5404
		byte[] cut = lines(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 5100);
		RecordingSink sink = read(cut);
		assertThat(sink.records).hasSize(9);
		assertThat(sink.rejections).containsOnlyKeys("document 10 (line 4914)");
		assertThat(sink.rejections.get("document 10 (line 4914)")).startsWith("truncated:")
			.contains("</us-patent-grant>");
	}

	@Test
	void rejectsADocumentWithAnInvalidUtf8ByteAndNamesItsLine() throws IOException {
		byte[] bytes = lines(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 2116);
		int at = indexOf(bytes, "Shoe structure</invention-title>");
		bytes[at + 1] = (byte) 0xC3; // a two-byte lead followed by 'o': not UTF-8
		RecordingSink sink = read(bytes);
		assertThat(sink.records).hasSize(2);
		assertThat(sink.rejections).containsOnlyKeys("document 2 (line 917)");
		assertThat(sink.rejections.get("document 2 (line 917)"))
			.startsWith("invalid UTF-8 byte sequence at line " + lineOf(bytes, at) + " ");
	}

	@Test
	void rejectsMalformedXmlWithLineAndParserMessage() throws IOException {
		String text = new String(lines(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 2116),
				StandardCharsets.UTF_8);
		text = text.replace("Shoe structure</invention-title>", "Shoe structure</invention-titel>");
		int line = lineOf(text.getBytes(StandardCharsets.UTF_8),
				indexOf(text.getBytes(StandardCharsets.UTF_8), "</invention-titel>"));
		RecordingSink sink = read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(sink.records).hasSize(2);
		assertThat(sink.rejections).containsOnlyKeys("document 2 (line 917)");
		assertThat(sink.rejections.get("document 2 (line 917)")).startsWith("not well-formed XML at line " + line)
			.contains("invention-title");
	}

	@Test
	void rejectsADocumentWithoutPublicationNumber() throws IOException {
		String text = new String(lines(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 2116),
				StandardCharsets.UTF_8);
		RecordingSink sink = read(text.replace("<doc-number>06836979</doc-number>", "<doc-number> </doc-number>")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(sink.records.values()).extracting(r -> r.number().key()).containsExactly("US6836899", "US6837063");
		assertThat(sink.rejections).containsExactly(Map.entry("document 2 (line 917)",
				"no publication number: <publication-reference><document-id><doc-number> is missing or empty"));
	}

	@Test
	void rejectsContentThatIsNotXml() throws IOException {
		RecordingSink sink = read("patent_id\ttitle\n7654321\tA widget\n".getBytes(StandardCharsets.UTF_8));
		assertThat(sink.records).isEmpty();
		assertThat(sink.rejections).containsOnlyKeys("document 1 (line 1)");
		assertThat(sink.rejections.get("document 1 (line 1)")).startsWith("not XML: it starts with \"patent_id?title");
	}

	@Test
	void rejectsXmlThatIsNotAPatentDocument() throws IOException {
		RecordingSink sink = read(("<?xml version=\"1.0\"?>\n<html><body>no patent</body></html>\n" + grant("1234567"))
			.getBytes(StandardCharsets.UTF_8));
		assertThat(sink.rejections).containsExactly(Map.entry("document 1 (line 1)",
				"<html> is not a USPTO v4 grant or application (expected <us-patent-grant> or <us-patent-application>)"));
		assertThat(sink.records).containsOnlyKeys("document 2 (line 3)");
	}

	@Test
	void rejectsADocumentLargerThanTheLimitWithoutHoldingIt() throws IOException {
		RecordingSink sink = new RecordingSink();
		new UsptoXmlFormat(2000).read(Path.of("big.xml"),
				new ByteArrayInputStream((grant("1111111") + grant("2222222").replace("A widget", "x".repeat(3000)))
					.getBytes(StandardCharsets.UTF_8)),
				sink);
		assertThat(sink.records).containsOnlyKeys("document 1 (line 1)");
		assertThat(sink.rejections.get("document 2 (line 16)")).startsWith("larger than 2000 bytes");
	}

	@Test
	void resolvesNamedEntitiesWhoseDtdIsNeverRead() throws IOException {
		RecordingSink sink = read(grant("1234567").replace("A widget", "A widget &mdash; with &unknownthing;")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.patent("US1234567").title()).isEqualTo("A widget \u2014 with &unknownthing;");
	}

	@Test
	void neverReadsExternalEntitiesOrDtds(@TempDir Path dir) throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		// reading the DTD would fail the document: it does not exist
		Path dtd = dir.resolve("missing.dtd");
		String xml = grant("1234567")
			.replace("<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v42-2006-08-23.dtd\" [ ]>",
					"<!DOCTYPE us-patent-grant SYSTEM \"" + dtd.toUri() + "\" [<!ENTITY xxe SYSTEM \"" + secret.toUri()
							+ "\">]>")
			.replace("A widget", "A widget &xxe;");
		RecordingSink sink = read(xml.getBytes(StandardCharsets.UTF_8));
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.patent("US1234567").title()).isEqualTo("A widget &xxe;");
	}

	@Test
	void recognisesGrantAndApplicationFilesByContent() throws IOException {
		assertThat(accepts("uspto-ipg-fixtures/ipg090106.small.xml")).isTrue();
		assertThat(accepts("uspto-format-samples/xmlApp2004/US20050004437A1.xml")).isTrue();
		assertThat(this.format.accepts(Path.of("renamed.txt"), grant("1234567").getBytes(StandardCharsets.UTF_8)))
			.isTrue();
		// 2001 pre-grant publications and SGML grants are other formats
		assertThat(accepts("uspto-format-samples/pap/US20010000044A1.xml")).isFalse();
		assertThat(accepts("uspto-format-samples/sgml/US06336130.xml")).isFalse();
		// it mentions <us-patent-grant> documents
		assertThat(accepts("uspto-ipg-fixtures/SOURCE.md")).isFalse();
	}

	private boolean accepts(String relative) throws IOException {
		Path file = SharedData.path(relative);
		try (InputStream in = Files.newInputStream(file)) {
			return this.format.accepts(file, in.readNBytes(8192));
		}
	}

	private RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		try (InputStream in = Files.newInputStream(file)) {
			this.format.read(file, in, sink);
		}
		return sink;
	}

	private RecordingSink read(byte[] content) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.format.read(Path.of("test.xml"), new ByteArrayInputStream(content), sink);
		return sink;
	}

	private static List<Path> ipgFiles() throws IOException {
		try (Stream<Path> files = Files.list(SharedData.path("uspto-ipg-fixtures"))) {
			return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
		}
	}

	/**
	 * The first lines of a file, as bytes.
	 */
	private static byte[] lines(Path file, int count) throws IOException {
		byte[] all = Files.readAllBytes(file);
		int end = 0;
		for (int seen = 0; end < all.length && seen < count; end++) {
			if (all[end] == '\n') {
				seen++;
			}
		}
		return java.util.Arrays.copyOf(all, end);
	}

	private static int indexOf(byte[] bytes, String text) {
		String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = ascii.indexOf(text);
		assertThat(at).as(text).isNotNegative();
		return at;
	}

	private static int lineOf(byte[] bytes, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * A minimal v4.2 grant of 15 lines, the last one blank.
	 */
	static String grant(String number) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v42-2006-08-23.dtd" [ ]>
				<us-patent-grant lang="EN" dtd-version="v4.2 2006-08-23" country="US">
				<us-bibliographic-data-grant>
				<publication-reference><document-id><country>US</country><doc-number>%s</doc-number><kind>B2</kind><date>20070102</date></document-id></publication-reference>
				<application-reference appl-type="utility"><document-id><country>US</country><doc-number>10123456</doc-number><date>20040623</date></document-id></application-reference>
				<invention-title id="t1">A widget</invention-title>
				<parties><applicants><applicant sequence="001" app-type="applicant-inventor"><addressbook><last-name>Lee</last-name><first-name>Ann</first-name><address><city>Austin</city><state>TX</state><country>US</country></address></addressbook></applicant></applicants></parties>
				<assignees><assignee><addressbook><orgname>Widget Works Inc.</orgname><role>02</role><address><city>Austin</city><state>TX</state><country>US</country></address></addressbook></assignee></assignees>
				</us-bibliographic-data-grant>
				<abstract id="abstract"><p id="p-0001" num="0000">A widget that works.</p></abstract>
				<description id="description"><p id="p-0002" num="0001">It works.</p></description>
				<claims id="claims"><claim id="CLM-00001" num="00001"><claim-text>1. A widget.</claim-text></claim></claims>
				</us-patent-grant>

				"""
			.formatted(number);
	}

}
