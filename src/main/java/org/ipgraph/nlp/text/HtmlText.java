package org.ipgraph.nlp.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page: scripts, styles and navigation dropped, one block
 * per block element (headings, list items, table cells, quotations, paragraphs) so that
 * sentences do not run into each other. Source offsets are not kept.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
			"h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "pre", "dd", "dt", "dl",
			"figcaption", "caption", "address", "hr", "title", "body");

	private static final String DROPPED = "script, style, noscript, template, svg, nav, iframe, object, head";

	private HtmlText() {
	}

	static ExtractedText extract(String html, String charset) {
		Document document = Jsoup.parse(html);
		String title = document.title().isBlank() ? null : document.title().strip();
		document.select(DROPPED).remove();
		TextBuilder out = new TextBuilder(false);
		Deque<TextBlock.Kind> open = new ArrayDeque<>();
		open.push(TextBlock.Kind.PARAGRAPH);
		document.body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					String whole = text.getWholeText();
					for (int i = 0; i < whole.length(); i++) {
						char c = whole.charAt(i);
						out.append(Character.isWhitespace(c) ? ' ' : c, -1);
					}
				}
				else if (node instanceof Element element && element.normalName().equals("br")) {
					out.newline(-1);
				}
				else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					out.endBlock(open.peek());
					open.push(kind(element.normalName()));
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					out.endBlock(open.pop());
				}
			}
		});
		out.endBlock(open.peek());
		return out.build(title, "text/html", charset);
	}

	private static TextBlock.Kind kind(String element) {
		return switch (element) {
			case "h1", "h2", "h3", "h4", "h5", "h6", "title" -> TextBlock.Kind.HEADING;
			case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
			case "td", "th", "caption" -> TextBlock.Kind.TABLE_CELL;
			case "blockquote", "pre" -> TextBlock.Kind.QUOTE;
			default -> TextBlock.Kind.PARAGRAPH;
		};
	}

}
