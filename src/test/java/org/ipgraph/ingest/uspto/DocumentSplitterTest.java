package org.ipgraph.ingest.uspto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocumentSplitterTest {

	@Test
	void splitsAtEachDeclarationWithBomCrlfAndBlankLines() throws IOException {
		String text = "\uFEFF<?xml version=\"1.0\"?>\r\n<a>one</a>\r\n\r\n<?xml version=\"1.0\"?>\r\n<!DOCTYPE b>\r\n"
				+ "<b>\r\ntwo</b>\r\n\n\n<?xml version=\"1.0\"?>\n<c/>";
		List<RawDocument> documents = split(text, 1000, root -> !root.equals("b"));
		assertThat(documents).extracting(RawDocument::number, RawDocument::line, RawDocument::root, RawDocument::lines)
			.containsExactly(tuple(1, 1L, "a", 3L), tuple(2, 4L, "b", 6L), tuple(3, 10L, "c", 2L));
		assertThat(new String(documents.get(0).content(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF<?xml version=\"1.0\"?>\r\n<a>one</a>\r\n\r\n");
		assertThat(documents.get(1).content()).as("not wanted: counted, not kept").isNull();
		assertThat(new String(documents.get(2).content(), StandardCharsets.UTF_8)).endsWith("<c/>");
	}

	@Test
	void aDeclarationInsideALineDoesNotStartADocument() throws IOException {
		List<RawDocument> documents = split("<?xml version=\"1.0\"?>\n<a>see <?xml version?> here\n</a>\n", 1000,
				root -> true);
		assertThat(documents).singleElement().extracting(RawDocument::lines).isEqualTo(3L);
	}

	@Test
	void marksADocumentOverTheLimitAndKeepsNothingOfIt() throws IOException {
		List<RawDocument> documents = split(
				"<?xml version=\"1.0\"?>\n<a>" + "x".repeat(500) + "</a>\n<?xml version=\"1.0\"?>\n<b/>\n", 100,
				root -> true);
		assertThat(documents).extracting(RawDocument::oversized).containsExactly(true, false);
		assertThat(documents.get(0).content()).isNull();
		assertThat(documents.get(1).root()).isEqualTo("b");
	}

	@Test
	void textBeforeAnyDeclarationIsADocumentThatDoesNotLookLikeXml() throws IOException {
		List<RawDocument> documents = split("Hello\nworld\n<?xml version=\"1.0\"?>\n<a/>\n", 1000, root -> true);
		assertThat(documents).extracting(RawDocument::looksLikeXml, RawDocument::root)
			.containsExactly(tuple(false, null), tuple(true, "a"));
	}

	private static List<RawDocument> split(String text, int max, java.util.function.Predicate<String> wanted)
			throws IOException {
		DocumentSplitter splitter = new DocumentSplitter(
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max, wanted);
		List<RawDocument> documents = new ArrayList<>();
		for (RawDocument d = splitter.next(); d != null; d = splitter.next()) {
			documents.add(d);
		}
		return documents;
	}

}
