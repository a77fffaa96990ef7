package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Splits the tokens of a sentence in another language where a known name is glued to
 * other words, so that the gazetteer can find it (issue 10): German compounds after an
 * acronym ("EPO-Mitarbeiter", "BMWA-Patentreferats" give {@code EPO}, {@code BMWA}) and
 * French elisions ("l'Office britannique des brevets", pandoc's {@code l\'OEB}). The
 * English path keeps its tokens: its models were trained on them.
 */
final class CompoundTokens {

	/** An acronym in capitals, a hyphen and the rest of a compound. */
	private static final Pattern COMPOUND = Pattern.compile("(\\p{Lu}[\\p{Lu}\\d]+)(-)(\\p{L}[\\p{L}\\d-]*)");

	/** Words that make a compound one name: a body or a charter ("EU-Kommission"). */
	private static final Pattern BODY = Pattern
		.compile("(?i).*(rat|kommission|parlament|verfassung|ministerium|gericht|amt|behörde)");

	/** A French elided article or pronoun, its apostrophe (maybe escaped) and a word. */
	private static final Pattern ELISION = Pattern.compile("([lLdDjJnNsScCmMtT]|[qQ]u)(\\\\?['’])(\\p{L}.*)");

	private CompoundTokens() {
	}

	/** The three parts of a token to split, or null. */
	private static Matcher parts(String token) {
		Matcher m = ELISION.matcher(token);
		if (m.matches()) {
			return m;
		}
		m = COMPOUND.matcher(token);
		// "EU-Rat", "EU-Ministerrat", "EU-Verfassung": the compound is the name
		return m.matches() && !BODY.matcher(m.group(3)).matches() ? m : null;
	}

	static Sentence split(Sentence sentence) {
		String[] tokens = sentence.tokens();
		List<String> outTokens = new ArrayList<>(tokens.length + 4);
		List<Span> outSpans = new ArrayList<>(tokens.length + 4);
		boolean changed = false;
		for (int i = 0; i < tokens.length; i++) {
			int start = sentence.spans()[i].getStart();
			Matcher m = parts(tokens[i]);
			if (m != null) {
				for (int g = 1; g <= 3; g++) {
					outTokens.add(m.group(g));
					outSpans.add(new Span(start + m.start(g), start + m.end(g)));
				}
				changed = true;
			}
			else {
				outTokens.add(tokens[i]);
				outSpans.add(sentence.spans()[i]);
			}
		}
		if (!changed) {
			return sentence;
		}
		return new Sentence(sentence.index(), sentence.start(), sentence.end(), sentence.text(),
				outTokens.toArray(String[]::new), outSpans.toArray(Span[]::new), null, null);
	}

}
