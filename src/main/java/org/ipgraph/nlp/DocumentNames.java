package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one reading, within a document: a name found once (by the name finder, the
 * gazetteer or a rule) is found wherever else the document writes it the same way, and a
 * person's surname alone stands for the person named in full ("Michel Rocard" ...
 * "Rocard"), a company's name without its legal form for the company ("Timeline Inc." ...
 * "Timeline"). Where a name was read as two types, the more frequent reading wins.
 */
final class DocumentNames {

	private static final double CONFIDENCE = 0.6;

	/** A name written with a lower-case start and a capital inside: "ePlus", "eBay". */
	private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern
		.compile("\\p{Ll}{1,2}\\p{Lu}[\\p{L}\\d]+");

	private DocumentNames() {
	}

	/**
	 * @param sentences the document's sentences
	 * @param mentions their mentions, per sentence, not overlapping
	 * @return the mentions per sentence with the names found again added
	 */
	static List<List<Mention>> propagate(List<Sentence> sentences, List<List<Mention>> mentions) {
		Map<String, Map<EntityType, Integer>> seen = new HashMap<>();
		for (int s = 0; s < sentences.size(); s++) {
			String[] t = sentences.get(s).tokens();
			for (Mention m : mentions.get(s)) {
				if (!m.type().linkable() || m.type() == EntityType.PATENT_NUMBER) {
					continue;
				}
				count(seen, key(t, m.tokenStart(), m.tokenEnd()), m.type());
				if (m.type() == EntityType.ORGANIZATION && m.length() >= 2
						&& NameWords.LEGAL_FORMS.contains(t[m.tokenEnd() - 1])) {
					// "Timeline Inc." ... "Timeline"
					count(seen, key(t, m.tokenStart(), m.tokenEnd() - 1), EntityType.ORGANIZATION);
				}
				if (m.type() == EntityType.PERSON && m.length() >= 2) {
					String surname = t[m.tokenEnd() - 1];
					if (NameRules.capitalized(surname) && surname.length() > 2) {
						count(seen, surname, EntityType.PERSON);
					}
				}
			}
		}
		Map<String, List<Known>> byFirstToken = new HashMap<>();
		seen.forEach((surface, types) -> {
			EntityType type = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			String[] words = surface.split(" ");
			if (!NameWords.NOT_NAMES.contains(words[0].toLowerCase(java.util.Locale.ROOT))
					&& (NameRules.capitalized(words[0]) || CAMEL_CASE.matcher(words[0]).matches())) {
				byFirstToken.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Known(words, type));
			}
		});
		byFirstToken.values().forEach(list -> list.sort(Comparator.comparingInt((Known k) -> -k.words().length)));
		List<List<Mention>> out = new ArrayList<>(sentences.size());
		for (int s = 0; s < sentences.size(); s++) {
			out.add(again(sentences.get(s), mentions.get(s), byFirstToken));
		}
		return out;
	}

	private static List<Mention> again(Sentence sentence, List<Mention> found, Map<String, List<Known>> known) {
		String[] t = sentence.tokens();
		boolean[] taken = new boolean[t.length];
		for (Mention m : found) {
			for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
				taken[i] = true;
			}
		}
		List<Mention> added = new ArrayList<>();
		for (int i = 0; i < t.length; i++) {
			List<Known> candidates = taken[i] ? null : known.get(t[i]);
			if (candidates == null) {
				continue;
			}
			for (Known k : candidates) {
				int end = i + k.words().length;
				if (end <= t.length && matches(t, i, k.words(), taken)
						&& (end == t.length || !NameRules.capitalized(t[end]) || k.words().length > 1)) {
					added.add(new Mention(k.type(), sentence.cover(i, end), sentence.index(), i, end,
							sentence.charStart(i), sentence.charEnd(end - 1), CONFIDENCE, "document"));
					for (int j = i; j < end; j++) {
						taken[j] = true;
					}
					i = end - 1;
					break;
				}
			}
		}
		if (added.isEmpty()) {
			return found;
		}
		List<Mention> out = new ArrayList<>(found);
		out.addAll(added);
		out.sort(Comparator.comparingInt(Mention::start));
		return out;
	}

	private static boolean matches(String[] t, int from, String[] words, boolean[] taken) {
		for (int k = 0; k < words.length; k++) {
			if (taken[from + k] || !t[from + k].equals(words[k])) {
				return false;
			}
		}
		return true;
	}

	private static String key(String[] t, int from, int to) {
		return String.join(" ", java.util.Arrays.copyOfRange(t, from, to));
	}

	private static void count(Map<String, Map<EntityType, Integer>> seen, String surface, EntityType type) {
		seen.computeIfAbsent(surface, k -> new HashMap<>()).merge(type, 1, Integer::sum);
	}

	private record Known(String[] words, EntityType type) {
	}

}
