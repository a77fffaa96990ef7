package org.ipgraph.nlp.text;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page: scripts, styles and navigation dropped, one
 * paragraph per block element so that sentences do not run into each other.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
			"h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "pre", "dd", "dt", "dl",
			"figcaption", "caption", "address", "hr", "br", "title", "body");

	private static final String DROPPED = "script, style, noscript, template, svg, nav, iframe, object, head";

	private HtmlText() {
	}

	static ExtractedText extract(String html, String charset) {
		Document document = Jsoup.parse(html);
		String title = document.title().isBlank() ? null : document.title().strip();
		document.select(DROPPED).remove();
		StringBuilder out = new StringBuilder(html.length() / 2);
		document.body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					out.append(text.getWholeText().replaceAll("\\s+", " "));
				}
				else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					paragraph(out);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					paragraph(out);
				}
			}
		});
		return new ExtractedText(Texts.tidy(out.toString()), title, "text/html", charset);
	}

	private static void paragraph(StringBuilder out) {
		if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
			out.append("\n\n");
		}
	}

}
