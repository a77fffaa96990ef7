package org.ipgraph.ingest.uspto;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;

import static org.ipgraph.ingest.uspto.Dom.date;
import static org.ipgraph.ingest.uspto.StaxElement.child;
import static org.ipgraph.ingest.uspto.StaxElement.children;
import static org.ipgraph.ingest.uspto.StaxElement.descendants;
import static org.ipgraph.ingest.uspto.StaxElement.first;
import static org.ipgraph.ingest.uspto.StaxElement.path;
import static org.ipgraph.ingest.uspto.StaxElement.text;

/**
 * Reads one v4.x grant or application document with a streaming (StAX) parser into the
 * same {@link PatentRecord} as {@link SafeXml} and {@link GrantMapper} give through a
 * DOM. Only the bibliographic data, the abstract and the claims are kept as small trees;
 * the description (most of a grant's bytes) is scanned for its federal-funding statement
 * and otherwise dropped, and drawings and other parts are skipped. The whole document is
 * still parsed to its end, so a document that is not well-formed is rejected as before,
 * with the same reasons.
 */
final class StaxGrantReader {

	private final XMLInputFactory factory = SafeXml.staxFactory();

	/**
	 * The record of a document.
	 * @param content the bytes
	 * @param firstLine the document's first line in the file, for messages
	 * @param root the expected root element, to recognise a truncated document
	 */
	PatentRecord read(byte[] content, long firstLine, String root) throws InvalidDocumentException {
		Parsed parsed;
		XMLStreamReader reader = null;
		try {
			reader = this.factory.createXMLStreamReader(new ByteArrayInputStream(content));
			parsed = parse(reader);
		}
		catch (XMLStreamException ex) {
			Location at = ex.getLocation();
			throw new InvalidDocumentException(SafeXml.reason(ex, message(ex), at == null ? 0 : at.getLineNumber(),
					at == null ? 0 : at.getColumnNumber(), firstLine, content, root));
		}
		finally {
			close(reader);
		}
		return map(parsed);
	}

	/**
	 * The parts of a document that the record is made of.
	 */
	private record Parsed(String root, StaxElement biblio, StaxElement abstractBlock, StaxElement claims,
			String governmentInterest) {
	}

	private static Parsed parse(XMLStreamReader reader) throws XMLStreamException {
		String root = null;
		StaxElement biblio = null;
		StaxElement abstractBlock = null;
		StaxElement claims = null;
		String governmentInterest = null;
		boolean description = false;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				root = reader.getLocalName();
				String biblioName = GrantMapper.GRANT.equals(root) ? "us-bibliographic-data-grant"
						: "us-bibliographic-data-application";
				for (event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String name = reader.getLocalName();
					if (biblio == null && name.equals(biblioName)) {
						biblio = build(reader, null);
					}
					else if (abstractBlock == null && name.equals("abstract")) {
						abstractBlock = build(reader, null);
					}
					else if (claims == null && name.equals("claims")) {
						claims = build(reader, null);
					}
					else if (!description && name.equals("description")) {
						description = true;
						governmentInterest = governmentInterest(reader);
					}
					else {
						skip(reader);
					}
				}
			}
		}
		return new Parsed(root, biblio, abstractBlock, claims, governmentInterest);
	}

	/**
	 * The element the reader is at, with its text and children, up to its end tag.
	 */
	private static StaxElement build(XMLStreamReader reader, StaxElement parent) throws XMLStreamException {
		int count = reader.getAttributeCount();
		String[] attributes = new String[2 * count];
		for (int i = 0; i < count; i++) {
			attributes[2 * i] = reader.getAttributeLocalName(i);
			attributes[2 * i + 1] = reader.getAttributeValue(i);
		}
		StaxElement element = new StaxElement(reader.getLocalName(), parent, attributes);
		while (true) {
			switch (reader.next()) {
				case XMLStreamConstants.START_ELEMENT -> element.add(build(reader, element));
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					element.add(reader.getText());
				case XMLStreamConstants.ENTITY_REFERENCE -> element.add(entity(reader));
				case XMLStreamConstants.END_ELEMENT -> {
					return element;
				}
				default -> {
					// comments and processing instructions carry no text
				}
			}
		}
	}

	/**
	 * A named entity as {@link Dom#text} resolves the entity reference nodes of the DOM:
	 * the known ISO 8879 ones as their characters, any other as written. Declarations in
	 * the document's internal subset are not used (the DOM reader does not use them
	 * either), so nothing is ever expanded.
	 */
	private static String entity(XMLStreamReader reader) {
		String name = reader.getLocalName();
		return Dom.ENTITIES.getOrDefault(name, "&" + name + ";");
	}

	/**
	 * Reads past the element the reader is at, keeping nothing.
	 */
	private static void skip(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * The federal-funding statement of the description the reader is at, as
	 * {@link GovernmentInterest#statement} finds it: the paragraphs between markers, or
	 * else those under a heading that names it. Only headings and those paragraphs are
	 * kept.
	 */
	private static String governmentInterest(XMLStreamReader reader) throws XMLStreamException {
		List<String> marked = new ArrayList<>();
		List<String> headed = new ArrayList<>();
		boolean insideMarkers = false;
		boolean underHeading = false;
		for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
			if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
				if (GovernmentInterest.MARKERS.contains(reader.getPITarget())) {
					String data = reader.getPIData();
					insideMarkers = data != null && data.contains("end=\"lead\"");
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				if (reader.getLocalName().equals("heading")) {
					String heading = text(build(reader, null));
					underHeading = heading != null && GovernmentInterest.HEADING.matcher(heading).matches();
				}
				else if (insideMarkers || underHeading) {
					String paragraph = text(build(reader, null));
					if (insideMarkers) {
						GovernmentInterest.addParagraph(marked, paragraph);
					}
					if (underHeading) {
						GovernmentInterest.addParagraph(headed, paragraph);
					}
				}
				else {
					skip(reader);
				}
			}
		}
		String statement = GovernmentInterest.join(marked);
		return statement != null ? statement : GovernmentInterest.join(headed);
	}

	private static PatentRecord map(Parsed parsed) throws InvalidDocumentException {
		boolean grant = GrantMapper.GRANT.equals(parsed.root());
		StaxElement biblio = parsed.biblio();
		if (biblio == null) {
			throw new InvalidDocumentException("no <us-bibliographic-data-" + (grant ? "grant" : "application")
					+ "> element: not a USPTO v4 full-text document");
		}
		StaxElement published = path(biblio, "publication-reference", "document-id");
		PatentNumber number = GrantMapper.publicationNumber(text(published, "doc-number"), text(published, "country"),
				text(published, "kind"));
		LocalDate date = date(text(published, "date"));
		StaxElement application = child(biblio, "application-reference");
		PatentRecord.Builder record = PatentRecord.builder(number)
			.title(text(child(biblio, "invention-title")))
			.abstractText(paragraphs(parsed.abstractBlock()))
			.claims(claims(parsed.claims()))
			.publicationDate(date)
			.grantDate(grant ? date : null)
			.filingDate(date(text(application, "document-id", "date")))
			.applicationNumber(text(application, "document-id", "doc-number"))
			.priorityDate(priorityDate(biblio))
			.type(grant ? GrantMapper.type(application == null ? "" : application.attribute("appl-type"), number)
					: "application")
			.governmentInterest(parsed.governmentInterest());
		if (grant) {
			record.term(term(biblio));
		}
		assignees(biblio).forEach(record::owner);
		inventors(biblio).forEach(record::inventor);
		for (StaxElement c : descendants(child(biblio, "classifications-cpc"), "classification-cpc")) {
			GrantMapper
				.cpcSymbol(text(c, "section"), text(c, "class"), text(c, "subclass"), text(c, "main-group"),
						text(c, "subgroup"))
				.ifPresent(record::cpc);
		}
		citations(biblio, record);
		return record.build();
	}

	private static PatentRecord.TermData term(StaxElement biblio) throws InvalidDocumentException {
		StaxElement term = child(biblio, "us-term-of-grant");
		int adjustment = GrantMapper.number(text(term, "us-term-extension"), "us-term-extension");
		String length = text(term, "length-of-grant");
		boolean disclaimer = child(term, "disclaimer") != null;
		List<LocalDate> parents = new ArrayList<>();
		StaxElement related = child(biblio, "us-related-documents");
		for (String relation : List.of("continuation", "division", "continuation-in-part")) {
			for (StaxElement element : children(related, relation)) {
				for (StaxElement parent : descendants(element, "parent-doc")) {
					parents.add(date(text(parent, "document-id", "date")));
					parents.add(date(text(parent, "parent-pct-document", "document-id", "date")));
				}
			}
		}
		return new PatentRecord.TermData(adjustment,
				length == null ? null : GrantMapper.number(length, "length-of-grant"), disclaimer, earliest(parents));
	}

	private static LocalDate priorityDate(StaxElement biblio) {
		List<LocalDate> dates = new ArrayList<>();
		for (StaxElement claim : children(child(biblio, "priority-claims"), "priority-claim")) {
			dates.add(date(text(claim, "date")));
		}
		for (StaxElement provisional : descendants(child(biblio, "us-related-documents"),
				"us-provisional-application")) {
			dates.add(date(text(provisional, "document-id", "date")));
		}
		return earliest(dates);
	}

	private static LocalDate earliest(List<LocalDate> dates) {
		return dates.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

	private static String paragraphs(StaxElement block) {
		if (block == null) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (StaxElement p : children(block, "p")) {
			Optional.ofNullable(text(p)).ifPresent(texts::add);
		}
		return texts.isEmpty() ? text(block) : String.join("\n", texts);
	}

	private static String claims(StaxElement claims) {
		List<String> texts = new ArrayList<>();
		for (StaxElement claim : children(claims, "claim")) {
			Optional.ofNullable(text(claim)).ifPresent(texts::add);
		}
		return texts.isEmpty() ? null : String.join("\n", texts);
	}

	private static List<Party> assignees(StaxElement biblio) {
		List<Party> owners = new ArrayList<>();
		for (StaxElement assignee : children(first(biblio, "assignees"), "assignee")) {
			StaxElement book = child(assignee, "addressbook");
			Party party = party(book != null ? book : assignee);
			if (party != null) {
				owners.add(party);
			}
		}
		return owners;
	}

	/**
	 * As {@link Parties#inventors}: the {@code <inventors>} of v4.3 on, else the
	 * applicant-inventors.
	 */
	private static List<Party> inventors(StaxElement biblio) {
		List<Party> inventors = new ArrayList<>();
		StaxElement listed = first(biblio, "inventors");
		if (listed != null) {
			for (StaxElement inventor : children(listed, "inventor")) {
				addPerson(inventors, child(inventor, "addressbook"));
			}
			return inventors;
		}
		StaxElement applicants = first(biblio, "applicants");
		if (applicants == null) {
			applicants = first(biblio, "us-applicants");
		}
		if (applicants != null) {
			String item = "us-applicants".equals(applicants.name()) ? "us-applicant" : "applicant";
			for (StaxElement applicant : children(applicants, item)) {
				if ("applicant-inventor".equals(applicant.attribute("app-type"))) {
					addPerson(inventors, child(applicant, "addressbook"));
				}
			}
		}
		return inventors;
	}

	private static void addPerson(List<Party> people, StaxElement book) {
		Party party = party(book);
		if (party != null && party.isPerson()) {
			people.add(party);
		}
	}

	private static Party party(StaxElement book) {
		if (book == null) {
			return null;
		}
		StaxElement address = child(book, "address");
		return Parties.party(text(child(book, "orgname")), text(child(book, "first-name")),
				text(child(book, "last-name")), text(address, "city"), text(address, "state"),
				text(address, "country"));
	}

	private static void citations(StaxElement biblio, PatentRecord.Builder record) {
		StaxElement references = first(biblio, "us-references-cited");
		if (references == null) {
			references = first(biblio, "references-cited");
		}
		for (StaxElement patcit : descendants(references, "patcit")) {
			StaxElement id = child(patcit, "document-id");
			String category = text(child(patcit.parent(), "category"));
			GrantMapper.cited(text(id, "country"), text(id, "doc-number"), text(id, "kind"))
				.ifPresent(cited -> record.cites(cited, category));
		}
	}

	/**
	 * The parser's own message, without the position it prefixes (reported apart).
	 */
	private static String message(XMLStreamException ex) {
		String message = ex.getMessage();
		if (message == null) {
			return String.valueOf(ex.getNestedException());
		}
		int at = message.indexOf("Message: ");
		return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message;
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing held: the input is an array
			}
		}
	}

}
