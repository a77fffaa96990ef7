package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People the name finder missed: a known given name, an optional initial, and a
 * capitalized surname ("Tim Cook", "Mary T. Barra"), not followed by a word that makes it
 * an organization ("Robert A. Welch Foundation"). Also re-types a two- or three-word
 * "organization" that is such a name.
 */
final class PersonNames {

	private static final Set<String> ORGANIZATION_WORDS = Set.of("foundation", "institute", "university", "inc", "inc.",
			"corporation", "corp", "corp.", "company", "co.", "center", "centre", "laboratory", "laboratories", "fund",
			"trust", "society", "group", "college", "school", "hospital", "llc", "ltd", "ltd.", "gmbh", "ag", "labs",
			"systems", "technologies", "partners", "associates", "holdings", "motors", "electronics", "&", "award",
			"prize", "program", "scholars", "fellowship", "building", "hall", "street", "avenue", "road");

	/**
	 * Articles of other languages that inventor lists also hold as given names: "Der
	 * Rat", "Les États-Unis" are no people.
	 */
	private static final Set<String> ARTICLES = Set.of("Der", "Die", "Das", "Den", "Dem", "Des", "Les", "La", "Le",
			"El", "Il", "Het");

	private final Set<String> givenNames;

	PersonNames(Set<String> givenNames) {
		this.givenNames = givenNames;
	}

	boolean enabled() {
		return !this.givenNames.isEmpty();
	}

	/**
	 * Person names in the sentence that overlap none of the mentions found so far.
	 */
	List<Mention> find(Sentence sentence, List<Mention> found) {
		List<Mention> out = new ArrayList<>();
		String[] t = sentence.tokens();
		boolean[] taken = new boolean[t.length];
		for (Mention m : found) {
			for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
				taken[i] = true;
			}
		}
		for (int i = 0; i + 1 < t.length; i++) {
			int end = nameEnd(t, i);
			if (end < 0) {
				continue;
			}
			boolean free = true;
			for (int k = i; k < end; k++) {
				free &= !taken[k];
			}
			if (free) {
				out.add(new Mention(EntityType.PERSON, sentence.cover(i, end), sentence.index(), i, end,
						sentence.charStart(i), sentence.charEnd(end - 1), 0.6, "names"));
				i = end - 1;
			}
		}
		return out;
	}

	/**
	 * Whether an organization mention is really a person's name.
	 */
	boolean isPerson(Mention m, Sentence sentence) {
		int length = m.tokenEnd() - m.tokenStart();
		return length >= 2 && length <= 3 && nameEnd(sentence.tokens(), m.tokenStart()) == m.tokenEnd();
	}

	private int nameEnd(String[] t, int i) {
		// two-letter given names ("In", "Do", "An") are more often words
		if (t[i].length() < 3 || !this.givenNames.contains(t[i]) || ARTICLES.contains(t[i])) {
			return -1;
		}
		int j = i + 1;
		if (j < t.length && t[j].matches("\\p{Lu}\\.")) {
			j++;
		}
		if (j >= t.length || !t[j].matches("\\p{Lu}[\\p{Ll}'’-]+(-\\p{Lu}[\\p{Ll}]+)?")) {
			return -1;
		}
		int end = j + 1;
		if (end < t.length && ORGANIZATION_WORDS.contains(t[end].toLowerCase(java.util.Locale.ROOT))) {
			return -1;
		}
		if (ORGANIZATION_WORDS.contains(t[j].toLowerCase(java.util.Locale.ROOT))) {
			return -1;
		}
		return end;
	}

}
