package org.ipgraph.ingest.uspto;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers over the DOM of one document.
 */
final class Dom {

	/**
	 * ISO 8879 entities seen in USPTO full text. The DTD that declares them is never
	 * read, so they arrive as entity references; an unknown one is kept as written.
	 */
	static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("lsquo", "\u2018"),
			Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
			Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("minus", "\u2212"),
			Map.entry("deg", "\u00B0"), Map.entry("plusmn", "\u00B1"), Map.entry("times", "\u00D7"),
			Map.entry("divide", "\u00F7"), Map.entry("micro", "\u00B5"), Map.entry("middot", "\u00B7"),
			Map.entry("nbsp", "\u00A0"), Map.entry("emsp", "\u2003"), Map.entry("ensp", "\u2002"),
			Map.entry("thinsp", "\u2009"), Map.entry("prime", "\u2032"), Map.entry("Prime", "\u2033"),
			Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"),
			Map.entry("equiv", "\u2261"), Map.entry("ap", "\u2248"), Map.entry("infin", "\u221E"),
			Map.entry("rarr", "\u2192"), Map.entry("larr", "\u2190"), Map.entry("harr", "\u2194"),
			Map.entry("reg", "\u00AE"), Map.entry("copy", "\u00A9"), Map.entry("trade", "\u2122"),
			Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("frac12", "\u00BD"),
			Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"), Map.entry("sup2", "\u00B2"),
			Map.entry("sup3", "\u00B3"), Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"),
			Map.entry("gamma", "\u03B3"), Map.entry("delta", "\u03B4"), Map.entry("Delta", "\u0394"),
			Map.entry("epsi", "\u03B5"), Map.entry("lambda", "\u03BB"), Map.entry("mu", "\u03BC"),
			Map.entry("pi", "\u03C0"), Map.entry("sigma", "\u03C3"), Map.entry("Sigma", "\u03A3"),
			Map.entry("tau", "\u03C4"), Map.entry("phi", "\u03C6"), Map.entry("ohm", "\u2126"),
			Map.entry("Omega", "\u03A9"), Map.entry("omega", "\u03C9"), Map.entry("theta", "\u03B8"),
			Map.entry("agr", "\u03B1"), Map.entry("bgr", "\u03B2"), Map.entry("ggr", "\u03B3"),
			Map.entry("dgr", "\u03B4"), Map.entry("mgr", "\u03BC"), Map.entry("bull", "\u2022"),
			Map.entry("hellip", "\u2026"), Map.entry("dagger", "\u2020"), Map.entry("Dagger", "\u2021"));

	private Dom() {
	}

	static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e;
			}
		}
		return null;
	}

	static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		if (parent != null) {
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && e.getTagName().equals(name)) {
					children.add(e);
				}
			}
		}
		return children;
	}

	/**
	 * Follows a path of child names: {@code path(e, "document-id", "doc-number")}.
	 */
	static Element path(Element start, String... names) {
		Element current = start;
		for (String name : names) {
			current = child(current, name);
		}
		return current;
	}

	/**
	 * The first descendant with that name, in document order.
	 */
	static Element first(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		var found = parent.getElementsByTagName(name);
		return found.getLength() > 0 ? (Element) found.item(0) : null;
	}

	static List<Element> descendants(Element parent, String name) {
		List<Element> all = new ArrayList<>();
		if (parent != null) {
			var found = parent.getElementsByTagName(name);
			for (int i = 0; i < found.getLength(); i++) {
				all.add((Element) found.item(i));
			}
		}
		return all;
	}

	private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

	/**
	 * The text of an element with whitespace runs collapsed, or null when there is none.
	 */
	static String text(Node node) {
		if (node == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		append(node, out);
		String text = WHITESPACE.matcher(out).replaceAll(" ").strip();
		return text.isEmpty() ? null : text;
	}

	static String text(Element parent, String... path) {
		return text(path(parent, path));
	}

	private static void append(Node node, StringBuilder out) {
		switch (node.getNodeType()) {
			case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(node.getNodeValue());
			case Node.ENTITY_REFERENCE_NODE -> {
				if (node.hasChildNodes()) {
					appendChildren(node, out);
				}
				else {
					out.append(ENTITIES.getOrDefault(node.getNodeName(), "&" + node.getNodeName() + ";"));
				}
			}
			case Node.ELEMENT_NODE, Node.DOCUMENT_NODE -> appendChildren(node, out);
			default -> {
				// comments and processing instructions carry no text
			}
		}
	}

	private static void appendChildren(Node node, StringBuilder out) {
		for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
			append(n, out);
		}
	}

	/**
	 * A USPTO date, {@code 20050104}; null when absent or partial ({@code 19010500}).
	 */
	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
