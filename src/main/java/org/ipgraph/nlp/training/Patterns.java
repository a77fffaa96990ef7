package org.ipgraph.nlp.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.nlp.EntityType;

/**
 * Regular expressions that label dates, amounts, patent numbers, statute titles and place
 * names. They label derived training text, and they are the rule half of the
 * dictionary-only baseline.
 */
final class Patterns {

	private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

	private static final Pattern DATE = Pattern
		.compile("\\b(?:" + MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}|\\d{1,2} " + MONTH + "\\.? \\d{4}|" + MONTH
				+ "\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");

	private static final Pattern MONEY = Pattern.compile(
			"(?:(?:US|USD |EUR |RMB |CNY |GBP |€|£|¥)?\\$? ?\\d[\\d,]*(?:\\.\\d+)?(?: (?:million|billion|thousand|trillion))?"
					+ " (?:dollars|euros|yuan|yen|pounds)|(?:US)?\\$ ?\\d[\\d,]*(?:\\.\\d+)?(?: ?(?:million|billion|thousand|trillion))?"
					+ "|(?:USD|EUR|RMB|CNY|GBP|€|£|¥) ?\\d[\\d,]*(?:\\.\\d+)?(?: (?:million|billion|thousand|trillion))?)");

	private static final Pattern PATENT = Pattern
		.compile("(?:U\\.S\\. |US )?Pat(?:ent|\\.)? Nos?\\.? ?((?:RE|D)?\\d{1,2},\\d{3},\\d{3})"
				+ "|\\b(?:US|EP|WO|CN|JP|KR|DE) ?\\d{4}/\\d{6,7}(?: ?[AB]\\d)?\\b|\\b(?:US|EP) ?\\d{1,2},?\\d{3},?\\d{3} ?[AB]\\d?\\b");

	private static final Pattern LISTED_PATENT = Pattern
		.compile("(?:,| and| or|, and|, or) ((?:RE|D)?\\d{1,2},\\d{3},\\d{3})\\b");

	private static final Pattern ACT = Pattern
		.compile("\\b((?:[A-Z][\\w'’.-]*)(?: (?:[A-Z][\\w'’.-]*|of|and|for|the|on|in|to|de))*?"
				+ " Act(?: of (?:19|20)\\d{2})?)\\b");

	private static final Pattern OTHER_POLICY = Pattern.compile("\\b(Executive Order \\d{4,5}|OMB Circular A-\\d+"
			+ "|Federal Acquisition Regulation|Uniform Guidance|Bayh-Dole(?: Act)?|Stevenson-Wydler(?: Act)?)\\b");

	private static final Set<String> NOT_ACT_STARTS = Set.of("The", "This", "That", "Such", "Each", "Any", "An", "A",
			"Under", "Section", "Sec.", "Title", "Chapter", "Part", "If", "In", "Of", "For", "To", "No");

	private static final List<String> LOCATIONS = load("locations.txt");

	private static final Pattern LOCATION = Pattern.compile("\\b(?:" + String.join("|",
			LOCATIONS.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList())
			+ ")\\b");

	private Patterns() {
	}

	static List<String> locations() {
		return LOCATIONS;
	}

	static List<CharLabel> dates(String text) {
		return find(DATE, text, EntityType.DATE, 0);
	}

	static List<CharLabel> money(String text) {
		return find(MONEY, text, EntityType.MONEY, 0).stream()
			.filter(l -> text.substring(l.start(), l.end())
				.matches(".*(\\$|€|£|¥|USD|EUR|RMB|CNY|GBP|dollars|euros|yuan|yen|pounds).*"))
			.toList();
	}

	static List<CharLabel> patents(String text) {
		List<CharLabel> out = new ArrayList<>(find(PATENT, text, EntityType.PATENT_NUMBER, 0));
		for (CharLabel first : List.copyOf(out)) {
			// "U.S. Pat. Nos. 4,762,096 and 5,660,153": each number is a mention
			int at = first.end();
			Matcher more = LISTED_PATENT.matcher(text);
			while (true) {
				more.region(at, text.length());
				if (!more.lookingAt()) {
					break;
				}
				out.add(new CharLabel(more.start(1), more.end(1), EntityType.PATENT_NUMBER));
				at = more.end();
			}
		}
		return out;
	}

	static List<CharLabel> policies(String text) {
		List<CharLabel> out = new ArrayList<>();
		Matcher m = ACT.matcher(text);
		while (m.find()) {
			String act = m.group(1);
			String first = act.split(" ")[0];
			int start = m.start(1);
			if (NOT_ACT_STARTS.contains(first)) {
				int space = act.indexOf(' ');
				if (space < 0) {
					continue;
				}
				String rest = act.substring(space + 1);
				if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || rest.startsWith("Act")) {
					continue;
				}
				start += space + 1;
			}
			if (text.substring(start, m.end(1)).split(" ").length >= 2) {
				out.add(new CharLabel(start, m.end(1), EntityType.POLICY));
			}
		}
		out.addAll(find(OTHER_POLICY, text, EntityType.POLICY, 1));
		return out;
	}

	static List<CharLabel> locations(String text) {
		return find(LOCATION, text, EntityType.LOCATION, 0);
	}

	/**
	 * All pattern labels, longest first where they overlap.
	 */
	static List<CharLabel> all(String text) {
		List<CharLabel> out = new ArrayList<>();
		out.addAll(patents(text));
		out.addAll(money(text));
		out.addAll(dates(text));
		out.addAll(policies(text));
		out.addAll(locations(text));
		return out;
	}

	private static List<CharLabel> find(Pattern pattern, String text, EntityType type, int group) {
		List<CharLabel> out = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int g = group > 0 && m.group(group) != null ? group : 0;
			if (m.end(g) > m.start(g)) {
				out.add(new CharLabel(m.start(g), m.end(g), type));
			}
		}
		return out;
	}

	private static List<String> load(String resource) {
		List<String> out = new ArrayList<>();
		try (var in = Patterns.class.getResourceAsStream(resource);
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					out.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
