package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ipgraph.nlp.EntityType;
import org.jsoup.parser.Parser;

/**
 * Patent text labelled from the patent records it comes with (USPTO grant XML): the
 * assignees' names where the description mentions them (ORGANIZATION), the inventors of
 * cited patents ("U.S. Pat. No. 4,255,837 issued to H. Holtz") and of the patent itself
 * (PERSON), patent numbers, dates and sums by pattern, and agencies by the agency list
 * (federal-funding paragraphs).
 */
final class PatentTextCorpus {

	static final String DIR = "uspto-ipg-fixtures";

	private static final Pattern DOC_NUMBER = Pattern
		.compile("<publication-reference>.*?<doc-number>(\\w+)</doc-number>", Pattern.DOTALL);

	private static final Pattern ORGNAME = Pattern.compile("<assignee>.*?<orgname>(.*?)</orgname>", Pattern.DOTALL);

	private static final Pattern PARTY = Pattern.compile(
			"<(applicant|inventor)[ >].*?<last-name>(.*?)</last-name>\\s*<first-name>(.*?)</first-name>",
			Pattern.DOTALL);

	private static final Pattern CITED_NAME = Pattern.compile("<patcit[^>]*>.*?<name>(.*?)</name>", Pattern.DOTALL);

	private static final Pattern PARAGRAPH = Pattern.compile("<(?:p|heading)[^>]*>(.*?)</(?:p|heading)>",
			Pattern.DOTALL);

	private static final Pattern TEXT_PART = Pattern.compile("<(abstract|description)[^>]*>(.*?)</\\1>",
			Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private static final Set<String> NOT_GIVEN_NAMES = Set.of("The", "In", "See", "Patent", "Pat.", "No.", "U.S.",
			"Application", "Published", "Publication", "Ser.", "Serial", "Also", "And", "By", "To", "Issued", "FIG.",
			"Inc.", "Corp.", "Co.", "Ltd.", "Pub.", "Appl.", "As", "Described", "Disclosed", "Entitled");

	private PatentTextCorpus() {
	}

	static List<LabelledDocument> documents(Path data, DocumentLabeler labeler) {
		List<LabelledDocument> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(data.resolve(DIR))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
				String xml = Files.readString(file, StandardCharsets.UTF_8);
				for (String doc : xml.split("<\\?xml")) {
					if (doc.contains("<us-patent-grant")) {
						LabelledDocument labelled = document(doc, labeler);
						if (labelled != null) {
							out.add(labelled);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private static LabelledDocument document(String xml, DocumentLabeler labeler) {
		Matcher number = DOC_NUMBER.matcher(xml);
		if (!number.find()) {
			return null;
		}
		String id = number.group(1);
		Set<String> organizations = new LinkedHashSet<>(all(ORGNAME, xml, 1));
		Set<String> surnames = new LinkedHashSet<>();
		Set<String> fullNames = new LinkedHashSet<>();
		Matcher party = PARTY.matcher(xml);
		while (party.find()) {
			String last = text(party.group(2));
			String first = text(party.group(3));
			surnames.add(last);
			fullNames.add(first + " " + last);
		}
		for (String cited : all(CITED_NAME, xml, 1)) {
			String name = cited.replaceAll("(?i)\\s+et al\\.?", "").strip();
			if (name.matches("\\p{Lu}[\\p{L}'-]+") && name.length() > 2) {
				surnames.add(name);
			}
		}
		StringBuilder text = new StringBuilder();
		Matcher part = TEXT_PART.matcher(xml);
		while (part.find()) {
			Matcher p = PARAGRAPH.matcher(part.group(2));
			while (p.find()) {
				text.append(text(p.group(1))).append("\n\n");
			}
		}
		List<TrainingSample> samples = labeler.label(text.toString(),
				sentence -> labels(sentence, organizations, surnames, fullNames));
		boolean heldOut = Math.floorMod(id.hashCode(), 7) == 0;
		return new LabelledDocument("US" + id, samples, heldOut);
	}

	static List<CharLabel> labels(String sentence, Set<String> organizations, Set<String> surnames,
			Set<String> fullNames) {
		List<CharLabel> out = new ArrayList<>();
		for (String organization : organizations) {
			int at = sentence.indexOf(organization);
			while (organization.length() > 3 && at >= 0) {
				out.add(new CharLabel(at, at + organization.length(), EntityType.ORGANIZATION));
				at = sentence.indexOf(organization, at + 1);
			}
		}
		for (String name : fullNames) {
			int at = sentence.indexOf(name);
			if (at >= 0) {
				out.add(new CharLabel(at, at + name.length(), EntityType.PERSON));
			}
		}
		for (String surname : surnames) {
			Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(sentence);
			while (m.find()) {
				int start = extendLeft(sentence, m.start());
				boolean cue = sentence.startsWith(" et al", m.end())
						|| sentence.substring(Math.max(0, start - 4), start).matches(".*\\b(to|by|of) $");
				if (start < m.start() || cue) {
					out.add(new CharLabel(start, m.end(), EntityType.PERSON));
				}
			}
		}
		return out;
	}

	/**
	 * Widens a surname to the initials and given names written before it: "John S.
	 * Kettlestrings".
	 */
	private static int extendLeft(String sentence, int start) {
		int at = start;
		for (int words = 0; words < 3; words++) {
			int space = at - 1;
			if (space <= 0 || sentence.charAt(space) != ' ') {
				break;
			}
			int wordStart = sentence.lastIndexOf(' ', space - 1) + 1;
			String word = sentence.substring(wordStart, space);
			boolean initial = word.matches("\\p{Lu}\\.(\\p{Lu}\\.)?");
			boolean given = word.matches("\\p{Lu}\\p{Ll}{1,12}") && !NOT_GIVEN_NAMES.contains(word);
			if (!initial && !given) {
				break;
			}
			at = wordStart;
		}
		return at;
	}

	private static List<String> all(Pattern pattern, String xml, int group) {
		List<String> out = new ArrayList<>();
		Matcher m = pattern.matcher(xml);
		while (m.find()) {
			out.add(text(m.group(group)));
		}
		return out;
	}

	private static String text(String xml) {
		return Parser.unescapeEntities(TAG.matcher(xml).replaceAll(" "), false).replaceAll("\\s+", " ").strip();
	}

}
