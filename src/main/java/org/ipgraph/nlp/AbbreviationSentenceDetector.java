package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;

/**
 * OpenNLP's sentence detector with an abbreviation veto that looks only at the few
 * characters before a candidate break. OpenNLP 2.5's own veto copies and lower-cases the
 * whole text and searches it once per abbreviation for every break the model proposes,
 * which makes sentence detection quadratic in the length of a paragraph (a 200 KB line
 * took 16 s, against 0.3 s without abbreviations). The decision is the same: a break is
 * vetoed when an abbreviation starts at most its own length before the candidate, at or
 * after the segment start, after whitespace, an apostrophe or "(" (or at the segment
 * start), or when the segment up to the candidate is the abbreviation itself.
 */
final class AbbreviationSentenceDetector extends SentenceDetectorME {

	private final List<String> abbreviations;

	private final boolean caseSensitive;

	AbbreviationSentenceDetector(SentenceModel model, Dictionary abbreviations) {
		super(model, abbreviations);
		this.caseSensitive = abbreviations.isCaseSensitive();
		List<String> tokens = new ArrayList<>();
		for (StringList entry : abbreviations) {
			String token = entry.getToken(0);
			tokens.add(this.caseSensitive ? token : token.toLowerCase(Locale.ROOT));
		}
		this.abbreviations = List.copyOf(tokens);
	}

	@Override
	protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
		return acceptable(s, fromIndex, candidateIndex);
	}

	boolean acceptable(CharSequence s, int fromIndex, int candidateIndex) {
		for (String abbreviation : this.abbreviations) {
			int length = abbreviation.length();
			for (int start = Math.max(fromIndex, candidateIndex - length); start <= candidateIndex; start++) {
				if (!matches(s, start, abbreviation)) {
					continue;
				}
				if (start == fromIndex && candidateIndex + 1 - start == length) {
					return false;
				}
				char before = s.charAt(start == fromIndex ? start : start - 1);
				if (Character.isWhitespace(before) || before == '\'' || before == '`' || before == '´'
						|| before == '(') {
					return false;
				}
			}
		}
		return true;
	}

	private boolean matches(CharSequence s, int start, String abbreviation) {
		if (start + abbreviation.length() > s.length()) {
			return false;
		}
		for (int i = 0; i < abbreviation.length(); i++) {
			char c = s.charAt(start + i);
			if ((this.caseSensitive ? c : Character.toLowerCase(c)) != abbreviation.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
