package org.ipgraph.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * The federal-funding statement of a description. USPTO marks it with processing
 * instructions around its paragraphs ({@code <?GOVINT ... end="lead"?>} up to 2012,
 * {@code <?federal-research-statement ...?>} later); applicants who leave them out
 * usually still write a heading such as "STATEMENT REGARDING FEDERALLY SPONSORED
 * RESEARCH". A heading followed only by "Not applicable" is no statement.
 */
final class GovernmentInterest {

	static final Set<String> MARKERS = Set.of("GOVINT", "federal-research-statement");

	static final Pattern HEADING = Pattern.compile(
			"(?i).*(federal(ly)?[\\s-]+(sponsored|funded|research)|government(al)?\\s+(interest|support|rights|grant|contract|license|sponsor)|statement\\s+of\\s+government).*");

	private static final Set<String> PLACEHOLDERS = Set.of("", "notapplicable", "none", "na", "nil",
			"notapplicablenone", "notapplicabe");

	private GovernmentInterest() {
	}

	static String statement(Element description) {
		if (description == null) {
			return null;
		}
		String marked = betweenMarkers(description);
		return marked != null ? marked : underHeading(description);
	}

	private static String betweenMarkers(Element description) {
		List<String> paragraphs = new ArrayList<>();
		boolean inside = false;
		for (Node n = description.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof ProcessingInstruction pi && MARKERS.contains(pi.getTarget())) {
				inside = pi.getData().contains("end=\"lead\"");
			}
			else if (inside && n instanceof Element e && !e.getTagName().equals("heading")) {
				addParagraph(paragraphs, e);
			}
		}
		return join(paragraphs);
	}

	private static String underHeading(Element description) {
		List<String> paragraphs = new ArrayList<>();
		boolean inside = false;
		for (Node n = description.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				if (e.getTagName().equals("heading")) {
					String heading = Dom.text(e);
					inside = heading != null && HEADING.matcher(heading).matches();
				}
				else if (inside) {
					addParagraph(paragraphs, e);
				}
			}
		}
		return join(paragraphs);
	}

	private static void addParagraph(List<String> paragraphs, Element e) {
		addParagraph(paragraphs, Dom.text(e));
	}

	/**
	 * Adds a paragraph's text unless it is empty or a placeholder ("Not applicable").
	 */
	static void addParagraph(List<String> paragraphs, String text) {
		if (text != null && !PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
			paragraphs.add(text);
		}
	}

	static String join(List<String> paragraphs) {
		return paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
	}

}
