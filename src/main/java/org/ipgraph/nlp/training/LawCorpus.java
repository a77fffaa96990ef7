package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ipgraph.nlp.text.ExtractedText;
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.TextExtractor;

/**
 * US statutes and regulations on patents, federally funded inventions, technology
 * transfer and SBIR, labelled by the agency and program lists (ORGANIZATION, FUND),
 * statute titles and other patterns (POLICY, DATE, MONEY, LOCATION). One file in seven is
 * held out.
 */
final class LawCorpus {

	static final String DIR = "us-law-ip-texts";

	private LawCorpus() {
	}

	static List<LabelledDocument> documents(Path data, DocumentLabeler labeler) {
		List<LabelledDocument> out = new ArrayList<>();
		try (Stream<Path> files = Files.walk(data.resolve(DIR))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("SOURCE.md"))
				.sorted()
				.toList()) {
				ExtractedText text;
				try {
					text = TextExtractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
				}
				catch (TextExtractionException ex) {
					continue;
				}
				String id = data.resolve(DIR).relativize(file).toString();
				boolean heldOut = Math.floorMod(id.hashCode(), 7) == 0;
				out.add(new LabelledDocument(id, labeler.label(text.text(), s -> List.of()), heldOut));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
