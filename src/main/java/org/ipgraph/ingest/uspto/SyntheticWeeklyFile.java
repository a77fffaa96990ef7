package org.ipgraph.ingest.uspto;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * A SYNTHETIC weekly grant file for benchmarks: the grants of real USPTO XML files copied
 * round after round, each copy renumbered (publication number, application number, file
 * name) so that it is a patent of its own, until the file holds as many grants as a real
 * week (about 7,000). Every copy carries a comment saying it is synthetic. The text,
 * parties, classifications and citations are the real grants'; only the numbers are made
 * up: publication numbers from 20,000,001 on, beyond any US grant, and application
 * numbers from 90,000,001 on. Not data: written under a benchmark's work directory only.
 */
@NamedInterface("uspto-synthetic")
public final class SyntheticWeeklyFile {

	/** The first made-up publication number. */
	static final int FIRST_NUMBER = 20_000_001;

	private static final Pattern PUBLICATION = Pattern
		.compile("(<publication-reference>\\s*<document-id>\\s*<country>US</country>\\s*<doc-number>)([^<]*)(<)");

	private static final Pattern APPLICATION = Pattern
		.compile("(<application-reference[^>]*>\\s*<document-id>\\s*<country>US</country>\\s*<doc-number>)([^<]*)(<)");

	private static final Pattern FILE = Pattern.compile("(<us-patent-grant[^>]*\\sfile=\")([^\"]*)(\")");

	private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>(\\s*\\[[^\\]]*\\]>)?");

	private SyntheticWeeklyFile() {
	}

	/**
	 * Writes the file.
	 * @param sources USPTO XML files whose grants are copied
	 * @param grants how many grants to write
	 * @param target the file to write
	 * @return the grants written
	 */
	public static int write(List<Path> sources, int grants, Path target) throws IOException {
		List<String> originals = new ArrayList<>();
		for (Path source : sources) {
			try (InputStream in = Files.newInputStream(source)) {
				DocumentSplitter splitter = new DocumentSplitter(in, UsptoXmlFormat.MAX_DOCUMENT_BYTES,
						GrantMapper.GRANT::equals);
				for (RawDocument raw = splitter.next(); raw != null; raw = splitter.next()) {
					if (GrantMapper.GRANT.equals(raw.root()) && raw.content() != null) {
						originals.add(new String(raw.content(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		if (originals.isEmpty()) {
			throw new IllegalArgumentException("no <us-patent-grant> documents in " + sources);
		}
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
			for (int i = 0; i < grants; i++) {
				String original = originals.get(i % originals.size());
				out.write(copy(original, i / originals.size() + 1, FIRST_NUMBER + i).getBytes(StandardCharsets.UTF_8));
			}
		}
		return grants;
	}

	/**
	 * A grant renumbered as {@code number}, marked as the round's synthetic copy.
	 */
	static String copy(String grant, int round, int number) {
		String publication = replaceFirst(PUBLICATION, grant, String.format("%08d", number));
		Matcher was = PUBLICATION.matcher(grant);
		String original = was.find() ? was.group(2) : "?";
		String renumbered = replaceFirst(APPLICATION, publication,
				String.format("%08d", 90_000_000 + number - FIRST_NUMBER + 1));
		renumbered = replaceFirst(FILE, renumbered, "SYNTHETIC-US" + String.format("%08d", number) + ".XML");
		Matcher doctype = DOCTYPE.matcher(renumbered);
		String comment = "<!-- SYNTHETIC benchmark grant: copy " + round + " of US " + original
				+ ", renumbered; not a real patent -->";
		return doctype.find()
				? renumbered.substring(0, doctype.end()) + "\n" + comment + renumbered.substring(doctype.end())
				: renumbered;
	}

	private static String replaceFirst(Pattern pattern, String text, String value) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		return text.substring(0, matcher.start(2)) + value + text.substring(matcher.end(2));
	}

}
