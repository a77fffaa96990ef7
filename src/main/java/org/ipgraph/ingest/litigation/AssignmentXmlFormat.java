package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.BadRecordException;

import org.springframework.stereotype.Component;

/**
 * USPTO assignment-search responses (Solr XML): one {@code <doc>} per recorded assignment
 * with its reel and frame, conveyance text, assignors with execution dates, assignees
 * with addresses, and the patents it covers as parallel arrays ({@code patNum},
 * {@code applNum}, {@code filingDate}, {@code issueDate}, {@code publNum},
 * {@code inventionTitle}, {@code inventors}; {@code NULL} where a value is absent).
 */
@Component
class AssignmentXmlFormat extends NamedFormat {

	AssignmentXmlFormat() {
		super("uspto-assignment-xml",
				"USPTO patent assignment records (assignment-search XML: reel/frame, conveyance, assignors, assignees)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		return text.contains("<response") && text.contains("name=\"reelNo\"");
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		int index = 0;
		try (SolrDocuments documents = new SolrDocuments(in)) {
			for (Map<String, List<String>> doc = documents.next(); doc != null; doc = documents.next()) {
				String ref = "doc " + (++index) + " (line " + documents.line() + ")";
				try {
					sink.accept(ref, assignment(doc));
				}
				catch (BadRecordException ex) {
					sink.reject(ref, ex.getMessage());
				}
			}
		}
		catch (XMLStreamException ex) {
			sink.reject("file", "not well-formed XML: " + ex.getMessage());
		}
	}

	static Assignment assignment(Map<String, List<String>> doc) throws BadRecordException {
		String reel = one(doc, "reelNo");
		String frame = one(doc, "frameNo");
		if (reel == null || frame == null) {
			throw new BadRecordException("missing reelNo or frameNo");
		}
		String conveyance = one(doc, "conveyanceText");
		LocalDate executed = null;
		for (String value : all(doc, "patAssignorExDate")) {
			LocalDate date = date(value, "patAssignorExDate");
			if (date != null && (executed == null || date.isBefore(executed))) {
				executed = date;
			}
		}
		List<String> assignors = all(doc, "patAssignorName").stream().filter(n -> n != null).toList();
		List<String> names = all(doc, "patAssigneeName");
		List<Assignment.Assignee> assignees = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i) != null) {
				assignees.add(new Assignment.Assignee(names.get(i), address(doc, i)));
			}
		}
		List<Assignment.AssignedPatent> patents = new ArrayList<>();
		List<String> applications = all(doc, "applNum");
		int size = Math.max(applications.size(), Math.max(all(doc, "patNum").size(), all(doc, "publNum").size()));
		for (int i = 0; i < size; i++) {
			Optional<PatentNumber> granted = number(at(doc, "patNum", i));
			Optional<PatentNumber> number = granted.isPresent() ? granted : number(at(doc, "publNum", i));
			if (number.isEmpty()) {
				continue;
			}
			String inventors = at(doc, "inventors", i);
			patents.add(new Assignment.AssignedPatent(number.get(), at(doc, "applNum", i),
					date(at(doc, "filingDate", i), "filingDate"), date(at(doc, "issueDate", i), "issueDate"),
					at(doc, "inventionTitle", i),
					inventors == null ? List.of() : List.of(inventors.split("\\s*,\\s*"))));
		}
		if (patents.isEmpty()) {
			throw new BadRecordException("reel/frame " + reel + "/" + frame + " names no patent or publication number");
		}
		List<String> correspondentAddress = new ArrayList<>();
		for (String field : List.of("corrAddress1", "corrAddress2", "corrAddress3", "corrAddress4")) {
			String line = one(doc, field);
			if (line != null) {
				correspondentAddress.add(line);
			}
		}
		return new Assignment(reel, frame, conveyance, Conveyance.of(conveyance),
				date(one(doc, "recordedDate"), "recordedDate"), executed, assignors, assignees, patents,
				one(doc, "corrName"), List.copyOf(correspondentAddress));
	}

	private static String address(Map<String, List<String>> doc, int i) {
		List<String> parts = new ArrayList<>();
		for (String field : List.of("patAssigneeAddress1", "patAssigneeAddress2", "patAssigneeCity")) {
			String value = at(doc, field, i);
			if (value != null) {
				parts.add(value);
			}
		}
		String state = at(doc, "patAssigneeState", i);
		String postcode = at(doc, "patAssigneePostcode", i);
		String tail = String.join(" ", java.util.stream.Stream.of(state, postcode).filter(v -> v != null).toList());
		if (!tail.isEmpty()) {
			parts.add(tail);
		}
		String country = at(doc, "patAssigneeCountryName", i);
		if (country != null) {
			parts.add(country);
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	private static Optional<PatentNumber> number(String value) {
		return value == null ? Optional.empty() : PatentNumber.parse(value, "US");
	}

	private static String one(Map<String, List<String>> doc, String field) {
		return at(doc, field, 0);
	}

	private static List<String> all(Map<String, List<String>> doc, String field) {
		return doc.getOrDefault(field, List.of()).stream().map(AssignmentXmlFormat::clean).toList();
	}

	private static String at(Map<String, List<String>> doc, String field, int i) {
		List<String> values = doc.getOrDefault(field, List.of());
		return i < values.size() ? clean(values.get(i)) : null;
	}

	private static String clean(String value) {
		return value == null || value.isBlank() || value.equals("NULL") ? null : value.strip();
	}

	/**
	 * A Solr date ({@code 2006-09-14T04:00:00Z}: the USPTO's day at midnight Eastern);
	 * the placeholder {@code 0001-01-01} is no date.
	 */
	static LocalDate date(String value, String field) throws BadRecordException {
		if (value == null || value.startsWith("0001-01-01")) {
			return null;
		}
		try {
			return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRecordException("unparseable date '" + value + "' in " + field);
		}
	}

}
