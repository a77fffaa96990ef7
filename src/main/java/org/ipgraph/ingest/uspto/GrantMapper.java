package org.ipgraph.ingest.uspto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.PatentRecord;
import org.w3c.dom.Element;

import static org.ipgraph.ingest.uspto.Dom.child;
import static org.ipgraph.ingest.uspto.Dom.children;
import static org.ipgraph.ingest.uspto.Dom.date;
import static org.ipgraph.ingest.uspto.Dom.descendants;
import static org.ipgraph.ingest.uspto.Dom.first;
import static org.ipgraph.ingest.uspto.Dom.path;
import static org.ipgraph.ingest.uspto.Dom.text;

/**
 * Maps a v4.x {@code us-patent-grant} or {@code us-patent-application} document to a
 * {@link PatentRecord}. Only what the document states is set: no CPC before 2013, no
 * assignee on most applications.
 */
final class GrantMapper {

	static final String GRANT = "us-patent-grant";

	static final String APPLICATION = "us-patent-application";

	// appl-type values; PatentsView's wording for the rarer ones, so both sources agree
	private static final Map<String, String> TYPES = Map.of("utility", "utility", "design", "design", "plant", "plant",
			"reissue", "reissue", "sir", "statutory invention registration");

	private GrantMapper() {
	}

	static PatentRecord map(Element root) throws InvalidDocumentException {
		boolean grant = root.getTagName().equals(GRANT);
		Element biblio = child(root, grant ? "us-bibliographic-data-grant" : "us-bibliographic-data-application");
		if (biblio == null) {
			throw new InvalidDocumentException("no <us-bibliographic-data-" + (grant ? "grant" : "application")
					+ "> element: not a USPTO v4 full-text document");
		}
		Element published = path(biblio, "publication-reference", "document-id");
		PatentNumber number = number(published);
		LocalDate date = date(text(published, "date"));
		Element application = child(biblio, "application-reference");
		PatentRecord.Builder record = PatentRecord.builder(number)
			.title(text(child(biblio, "invention-title")))
			.abstractText(paragraphs(child(root, "abstract")))
			.claims(claims(child(root, "claims")))
			.publicationDate(date)
			.grantDate(grant ? date : null)
			.filingDate(date(text(application, "document-id", "date")))
			.applicationNumber(text(application, "document-id", "doc-number"))
			.priorityDate(priorityDate(biblio))
			.type(grant ? type(application, number) : "application")
			.governmentInterest(GovernmentInterest.statement(child(root, "description")));
		if (grant) {
			record.term(term(biblio));
		}
		Parties.assignees(biblio).forEach(record::owner);
		Parties.inventors(biblio).forEach(record::inventor);
		cpc(biblio).forEach(record::cpc);
		citations(biblio, record);
		return record.build();
	}

	private static PatentNumber number(Element published) throws InvalidDocumentException {
		return publicationNumber(text(published, "doc-number"), text(published, "country"), text(published, "kind"));
	}

	/**
	 * The publication number of a document from its {@code <document-id>} texts.
	 */
	static PatentNumber publicationNumber(String docNumber, String countryText, String kind)
			throws InvalidDocumentException {
		if (docNumber == null) {
			throw new InvalidDocumentException(
					"no publication number: <publication-reference><document-id><doc-number> is missing or empty");
		}
		String country = Objects.requireNonNullElse(countryText, "US");
		PatentNumber parsed = PatentNumber.parse(docNumber, country)
			.orElseThrow(() -> new InvalidDocumentException(
					"publication number '" + docNumber + "' is not a patent number"));
		return new PatentNumber(parsed.jurisdiction(), parsed.docNumber(), kind);
	}

	private static String type(Element application, PatentNumber number) {
		return type(application == null ? "" : application.getAttribute("appl-type"), number);
	}

	/**
	 * The patent type from the declared {@code appl-type} ("" when absent) or the kind.
	 */
	static String type(String declared, PatentNumber number) {
		String type = TYPES.get(declared.toLowerCase(Locale.ROOT));
		if (type != null) {
			return type;
		}
		String kind = number.kind() == null ? "" : number.kind();
		return switch (kind.isEmpty() ? ' ' : kind.charAt(0)) {
			case 'S' -> "design";
			case 'P' -> "plant";
			case 'E' -> "reissue";
			case 'H' -> "statutory invention registration";
			case 'B' -> "utility";
			default -> declared.isEmpty() ? null : declared;
		};
	}

	/**
	 * What the grant says about its term: the adjustment ({@code us-term-extension}, 0
	 * when absent), a stated length ({@code length-of-grant}), a terminal disclaimer, and
	 * the earliest filing date of the US and PCT applications it continues or divides.
	 */
	private static PatentRecord.TermData term(Element biblio) throws InvalidDocumentException {
		Element term = child(biblio, "us-term-of-grant");
		int adjustment = number(text(term, "us-term-extension"), "us-term-extension");
		String length = text(term, "length-of-grant");
		boolean disclaimer = child(term, "disclaimer") != null;
		List<LocalDate> parents = new ArrayList<>();
		Element related = child(biblio, "us-related-documents");
		for (String relation : List.of("continuation", "division", "continuation-in-part")) {
			for (Element element : children(related, relation)) {
				for (Element parent : descendants(element, "parent-doc")) {
					parents.add(date(text(parent, "document-id", "date")));
					parents.add(date(text(parent, "parent-pct-document", "document-id", "date")));
				}
			}
		}
		LocalDate earliest = parents.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
		return new PatentRecord.TermData(adjustment, length == null ? null : number(length, "length-of-grant"),
				disclaimer, earliest);
	}

	static int number(String text, String element) throws InvalidDocumentException {
		if (text == null) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidDocumentException("<" + element + "> is not a number: '" + text + "'");
		}
	}

	/**
	 * The earliest date of a foreign priority claim or a US provisional application.
	 */
	private static LocalDate priorityDate(Element biblio) {
		List<LocalDate> dates = new ArrayList<>();
		for (Element claim : children(child(biblio, "priority-claims"), "priority-claim")) {
			dates.add(date(text(claim, "date")));
		}
		for (Element provisional : descendants(child(biblio, "us-related-documents"), "us-provisional-application")) {
			dates.add(date(text(provisional, "document-id", "date")));
		}
		return dates.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

	private static String paragraphs(Element block) {
		if (block == null) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (Element p : children(block, "p")) {
			Optional.ofNullable(text(p)).ifPresent(texts::add);
		}
		return texts.isEmpty() ? text(block) : String.join("\n", texts);
	}

	private static String claims(Element claims) {
		List<String> texts = new ArrayList<>();
		for (Element claim : children(claims, "claim")) {
			Optional.ofNullable(text(claim)).ifPresent(texts::add);
		}
		return texts.isEmpty() ? null : String.join("\n", texts);
	}

	/**
	 * CPC in document order: the main classification first, then further ones and those
	 * of combination sets.
	 */
	private static List<CpcSymbol> cpc(Element biblio) {
		List<CpcSymbol> symbols = new ArrayList<>();
		for (Element c : descendants(child(biblio, "classifications-cpc"), "classification-cpc")) {
			cpcSymbol(text(c, "section"), text(c, "class"), text(c, "subclass"), text(c, "main-group"),
					text(c, "subgroup"))
				.ifPresent(symbols::add);
		}
		return symbols;
	}

	/**
	 * A CPC symbol from the parts of a {@code <classification-cpc>}.
	 */
	static Optional<CpcSymbol> cpcSymbol(String section, String klass, String subclass, String mainGroup,
			String subgroup) {
		return CpcSymbol
			.parse(Objects.toString(section, "") + Objects.toString(klass, "") + Objects.toString(subclass, "")
					+ Objects.toString(mainGroup, "") + "/" + Objects.toString(subgroup, ""));
	}

	private static void citations(Element biblio, PatentRecord.Builder record) {
		Element references = first(biblio, "us-references-cited");
		if (references == null) {
			references = first(biblio, "references-cited");
		}
		for (Element patcit : descendants(references, "patcit")) {
			Element id = child(patcit, "document-id");
			String category = text(child((Element) patcit.getParentNode(), "category"));
			cited(id).ifPresent(number -> record.cites(number, category));
		}
	}

	/**
	 * A cited document's number; foreign numbers lose a repeated office prefix
	 * ({@code WO/96/41640}) and the dashes of their local forms ({@code JP 2001-001765}),
	 * and those that still do not parse are left out.
	 */
	private static Optional<PatentNumber> cited(Element id) {
		return cited(text(id, "country"), text(id, "doc-number"), text(id, "kind"));
	}

	/**
	 * A cited document's number from its {@code <document-id>} texts.
	 */
	static Optional<PatentNumber> cited(String country, String docNumber, String kind) {
		if (country == null || docNumber == null) {
			return Optional.empty();
		}
		String cleaned = docNumber;
		if (!"US".equals(country)) {
			cleaned = cleaned.replaceFirst("^" + Pattern.quote(country) + "[\\s/-]*(?=\\d)", "")
				.replaceAll("(?<=\\d)-(?=\\d)", "");
		}
		return PatentNumber.parse(cleaned, country)
			.map(n -> new PatentNumber(n.jurisdiction(), n.docNumber(), kind != null ? kind : n.kind()));
	}

}
