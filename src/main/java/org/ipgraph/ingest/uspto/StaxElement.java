package org.ipgraph.ingest.uspto;

import java.util.ArrayList;
import java.util.List;

/**
 * An element kept by the streaming reader: its name, attributes, text and child elements,
 * and nothing else (no comments, no processing instructions). Only the parts of a grant
 * that the record needs are kept this way; the rest of the document is scanned and
 * dropped. The helpers are null-safe like {@link Dom}'s, and {@link #text} gives the same
 * text as {@link Dom#text} does for the same element.
 */
final class StaxElement {

	private final String name;

	private final StaxElement parent;

	private final String[] attributes;

	/** Text pieces (String) and child elements, in document order. */
	private final List<Object> content = new ArrayList<>(4);

	StaxElement(String name, StaxElement parent, String[] attributes) {
		this.name = name;
		this.parent = parent;
		this.attributes = attributes;
	}

	String name() {
		return this.name;
	}

	StaxElement parent() {
		return this.parent;
	}

	void add(Object textOrElement) {
		this.content.add(textOrElement);
	}

	/**
	 * The attribute's value, or "" when absent, as DOM's {@code getAttribute}.
	 */
	String attribute(String attribute) {
		for (int i = 0; i < this.attributes.length; i += 2) {
			if (this.attributes[i].equals(attribute)) {
				return this.attributes[i + 1];
			}
		}
		return "";
	}

	static StaxElement child(StaxElement parent, String name) {
		if (parent != null) {
			for (Object o : parent.content) {
				if (o instanceof StaxElement e && e.name.equals(name)) {
					return e;
				}
			}
		}
		return null;
	}

	static List<StaxElement> children(StaxElement parent, String name) {
		List<StaxElement> children = new ArrayList<>();
		if (parent != null) {
			for (Object o : parent.content) {
				if (o instanceof StaxElement e && e.name.equals(name)) {
					children.add(e);
				}
			}
		}
		return children;
	}

	static StaxElement path(StaxElement start, String... names) {
		StaxElement current = start;
		for (String name : names) {
			current = child(current, name);
		}
		return current;
	}

	/**
	 * The first descendant with that name, in document order (the element itself not
	 * included).
	 */
	static StaxElement first(StaxElement parent, String name) {
		if (parent != null) {
			for (Object o : parent.content) {
				if (o instanceof StaxElement e) {
					if (e.name.equals(name)) {
						return e;
					}
					StaxElement below = first(e, name);
					if (below != null) {
						return below;
					}
				}
			}
		}
		return null;
	}

	static List<StaxElement> descendants(StaxElement parent, String name) {
		List<StaxElement> all = new ArrayList<>();
		if (parent != null) {
			collect(parent, name, all);
		}
		return all;
	}

	private static void collect(StaxElement parent, String name, List<StaxElement> all) {
		for (Object o : parent.content) {
			if (o instanceof StaxElement e) {
				if (e.name.equals(name)) {
					all.add(e);
				}
				collect(e, name, all);
			}
		}
	}

	/**
	 * The text of an element with whitespace runs collapsed, or null when there is none.
	 */
	static String text(StaxElement element) {
		if (element == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		element.append(out);
		return collapse(out);
	}

	static String text(StaxElement parent, String... path) {
		return text(path(parent, path));
	}

	private void append(StringBuilder out) {
		for (Object o : this.content) {
			if (o instanceof StaxElement e) {
				e.append(out);
			}
			else {
				out.append((String) o);
			}
		}
	}

	/**
	 * Each run of XML whitespace (the characters of the regular expression {@code \s}) as
	 * one space, then stripped; null when nothing is left. The same as {@link Dom#text}'s
	 * {@code replaceAll("\\s+", " ").strip()}, without a regular expression.
	 */
	static String collapse(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				space = true;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		if (space) {
			out.append(' ');
		}
		String collapsed = out.toString().strip();
		return collapsed.isEmpty() ? null : collapsed;
	}

}
